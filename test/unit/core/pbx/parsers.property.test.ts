/**
 * Every parser the REST resources use, fuzzed (issue 15): each documented sample parses to the
 * domain value written out in parser-cases.ts, and whatever a PBX (or something pretending to be
 * one) sends instead, the parser returns a clean domain value or throws a `bad-response` PbxError;
 * nothing else escapes. A parser the resources use without a case here fails the first test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import { createPbxApi } from '../../../../electron/core/pbx/index';
import { MAX_NOTE_CHARS } from '../../../../electron/core/pbx/normalize-text';
import { actionResponseText, checkSchema, decodeJsonBody } from '../../../../electron/core/pbx/response-body';
import { PARSER_CASES } from './parser-cases';
import { clientFor, type StubPbx, startStubPbx } from './stub-pbx';

const origin = { method: 'GET', path: '/property' };
const PBX_DIR = new URL('../../../../electron/core/pbx/', import.meta.url);

/** Every `...Schema` a REST resource module (electron/core/pbx/*.ts) names, resolved to its export. */
async function parsersTheResourcesUse(): Promise<{ names: Set<string>; exported: Map<string, unknown> }> {
  const exported = new Map<string, unknown>();
  const names = new Set<string>();
  for (const dir of ['', 'schemas/']) {
    for (const file of readdirSync(new URL(dir, PBX_DIR)).filter((name) => name.endsWith('.ts'))) {
      const url = new URL(`${dir}${file}`, PBX_DIR);
      const module = (await import(fileURLToPath(url))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) exported.set(name, value);
      if (dir === '')
        for (const [name] of readFileSync(url, 'utf8').matchAll(/\b[a-z]\w*Schema\b/g)) names.add(name);
    }
  }
  const isSchema = (value: unknown) =>
    typeof (value as { safeParse?: unknown } | null)?.safeParse === 'function';
  // Names that are exported functions (`checkSchema`) are not parsers; unexported ones must be exported.
  return {
    names: new Set([...names].filter((name) => !exported.has(name) || isSchema(exported.get(name)))),
    exported,
  };
}

test('every parser the REST resources use has a fuzz case, and every case fuzzes that very parser', async () => {
  const { names, exported } = await parsersTheResourcesUse();
  expect(names.size).toBeGreaterThanOrEqual(27);
  for (const name of names) expect(exported.has(name), `${name} is exported, so it can be fuzzed`).toBe(true);
  expect([...names].sort()).toEqual(Object.keys(PARSER_CASES).sort());
  for (const [name, parserCase] of Object.entries(PARSER_CASES))
    expect(parserCase.schema, name).toBe(exported.get(name));
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** A valid value is plain data in the app's words: no PBX column names, no undefined, no NaN, clean text. */
function assertCleanDomainValue(value: unknown, where = 'value'): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    expect(value.isWellFormed(), `${where} is well-formed`).toBe(true);
    expect(value, `${where} has no controls or bidi overrides`).not.toMatch(UNSAFE_TEXT);
    expect(value.length, `${where} is capped`).toBeLessThanOrEqual(MAX_NOTE_CHARS);
    return;
  }
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${where} is a finite number`).toBe(true);
    return;
  }
  expect(value, `${where} is defined`).not.toBeUndefined();
  expect(typeof value, `${where} is data`).toBe('object');
  for (const [key, child] of Object.entries(value as object)) {
    if (!Array.isArray(value)) {
      expect(key, `${where} has no PBX column names`).not.toMatch(/^\d{3}[a-z]{3}_/);
      assertCleanDomainValue(key, `${where} key`);
    }
    assertCleanDomainValue(child, `${where}.${key}`);
  }
}

/** Runs a parser and classifies the outcome; anything but a value or bad-response fails the property. */
function outcome(run: () => unknown): 'value' | 'bad-response' {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (isPbxError(error) && error.kind === 'bad-response') return 'bad-response';
    throw error;
  }
  assertCleanDomainValue(result);
  return 'value';
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u202Eexe.pdf', '\uD83D', 'a\u0000b', 'x'.repeat(3000), '<img src=x>', '..', ' '),
);
const wrongValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);
/** What can never be a record of a list: it is left out, the rest stays. */
const notARecord = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer()),
);

/** Every path to a value inside a JSON document. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value))
    return here.concat(value.flatMap((child, index) => pathsOf(child, [...prefix, index])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key])));
  }
  return here;
}

/** `value` with the value at `path` replaced, or removed when `replacement` is `REMOVE`. */
const REMOVE = Symbol('remove');
function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement === REMOVE ? undefined : replacement;
  if (Array.isArray(value)) {
    if (rest.length === 0 && replacement === REMOVE) return value.filter((_, index) => index !== head);
    return value.map((child, index) => (index === head ? replaceAt(child, rest, replacement) : child));
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...value };
    if (rest.length === 0 && replacement === REMOVE) delete copy[head];
    else copy[head] = replaceAt(copy[head], rest, replacement);
    return copy;
  }
  return value;
}

/** `value` with the field at `path` moved to the key `name` (its value unchanged). */
function renameAt(value: unknown, path: (string | number)[], name: string): unknown {
  const key = path.at(-1);
  const parentPath = path.slice(0, -1);
  let parent: unknown = value;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  if (typeof key !== 'string' || typeof parent !== 'object' || parent === null) return value;
  const renamed = Object.fromEntries(
    Object.entries(parent).map(([field, child]) => (field === key ? [name, child] : [field, child])),
  );
  return replaceAt(value, parentPath, renamed);
}

const cases = Object.entries(PARSER_CASES).flatMap(([parser, parserCase]) =>
  parserCase.samples.map((sample) => ({ label: `${parser} on ${sample.name}`, ...parserCase, sample })),
);

describe.each(cases)('$label', ({ schema, sample, recordList }) => {
  const text = JSON.stringify(sample.value, null, 2);
  const paths = pathsOf(sample.value).filter((path) => path.length > 0);
  const objectPaths = paths.filter((path) => typeof path.at(-1) === 'string');

  test('parses to the expected domain value', () => {
    expect(checkSchema(sample.value, schema, origin)).toEqual(sample.expected);
    assertCleanDomainValue(sample.expected);
  });

  test('random JSON: a value or bad-response', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void outcome(() => checkSchema(value, schema, origin))));
  });

  test('random bytes: a value, no data or bad-response', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        void outcome(() => decodeJsonBody(bytes, schema, origin));
      }),
    );
  });

  test('the sample truncated anywhere: a value, no data or bad-response', () => {
    const bytes = new TextEncoder().encode(text);
    fc.assert(
      fc.property(fc.nat({ max: bytes.length }), (cut) => {
        void outcome(() => decodeJsonBody(bytes.slice(0, cut), schema, origin));
      }),
    );
  });

  // Cases without fields (a bare string or number) get only the whole-value tests: registering
  // the field tests for them would only report skips.
  if (paths.length > 0)
    test('any field replaced by a wrongly-typed or hostile value: a value or bad-response', () => {
      fc.assert(
        fc.property(fc.constantFrom(...paths), wrongValue, (path, replacement) => {
          void outcome(() => checkSchema(replaceAt(sample.value, path, replacement), schema, origin));
        }),
        { numRuns: 300 },
      );
    });

  if (objectPaths.length > 0)
    test('any field renamed to hostile text (maps keyed by name): a value or bad-response', () => {
      fc.assert(
        fc.property(fc.constantFrom(...objectPaths), hostileText, (path, name) => {
          void outcome(() => checkSchema(renameAt(sample.value, path, name), schema, origin));
        }),
        { numRuns: 200 },
      );
    });

  if (paths.length > 0)
    test('any field left out: a value or bad-response', () => {
      for (const path of paths)
        void outcome(() => checkSchema(replaceAt(sample.value, path, REMOVE), schema, origin));
    });

  if (recordList === true)
    test('a list item that is no record is left out; the other records stay as they were', () => {
      const items = Array.isArray(sample.value) ? sample.value : [sample.value];
      const expected = sample.expected as unknown[];
      fc.assert(
        fc.property(notARecord, fc.nat({ max: items.length }), (junk, at) => {
          const spoiled = [...items.slice(0, at), junk, ...items.slice(at)];
          expect(checkSchema(spoiled, schema, origin)).toEqual(expected);
        }),
      );
    });
});

test('action answers: random bytes give text or bad-response', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(['value', 'bad-response']).toContain(outcome(() => actionResponseText(bytes, origin)));
    }),
  );
});

describe('through real HTTP', () => {
  let pbx: StubPbx;
  beforeAll(async () => {
    pbx = await startStubPbx();
  });
  afterAll(() => pbx.close());

  test('live calls from a PBX answering garbage: a list or bad-response, never a crash', async () => {
    const api = createPbxApi(clientFor(pbx.baseUrl));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
        ),
        async (body) => {
          pbx.handle(() => ({ status: 200, body, headers: { 'content-type': 'application/json' } }));
          try {
            const calls = await api.cdr.listLive();
            expect(Array.isArray(calls)).toBe(true);
            assertCleanDomainValue(calls);
          } catch (error) {
            expect(isPbxError(error) && error.kind).toBe('bad-response');
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
