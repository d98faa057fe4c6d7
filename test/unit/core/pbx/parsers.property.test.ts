/**
 * Whatever a PBX (or something pretending to be one) sends, each parser either returns a clean
 * domain value or throws a `bad-response` PbxError; nothing else escapes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import { createPbxApi } from '../../../../electron/core/pbx/index';
import { actionResponseText, checkSchema, decodeJsonBody } from '../../../../electron/core/pbx/response-body';
import { sampleText, schemaSamples } from './sample-parsers';
import { clientFor, type StubPbx, startStubPbx } from './stub-pbx';

const origin = { method: 'GET', path: '/property' };

/** A valid value is plain data in the app's words: no PBX column names, no undefined, no NaN. */
function assertCleanDomainValue(value: unknown, where = 'value'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${where} is a finite number`).toBe(true);
    return;
  }
  expect(value, `${where} is defined`).not.toBeUndefined();
  expect(typeof value, `${where} is data`).toBe('object');
  for (const [key, child] of Object.entries(value as object)) {
    if (!Array.isArray(value)) expect(key, `${where} has no PBX column names`).not.toMatch(/^\d{3}[a-z]{3}_/);
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

const wrongValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
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

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((child, index) => (index === head ? replaceAt(child, rest, replacement) : child));
  if (typeof value === 'object' && value !== null) {
    return { ...value, [head]: replaceAt((value as Record<string, unknown>)[head], rest, replacement) };
  }
  return value;
}

describe.each(schemaSamples())('the parser of %s', (fixture, schema) => {
  const text = sampleText(fixture);
  const document: unknown = JSON.parse(text);
  const paths = pathsOf(document);

  test('accepts its documented sample', () => {
    expect(outcome(() => checkSchema(document, schema, origin))).toBe('value');
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

  test('any field of the sample replaced by a wrongly-typed value: a value or bad-response', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), wrongValue, (path, replacement) => {
        void outcome(() => checkSchema(replaceAt(document, path, replacement), schema, origin));
      }),
      { numRuns: 300 },
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
