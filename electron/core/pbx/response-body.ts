import type { z } from 'zod';
import { PbxError } from './errors';
import type { FetchResponse } from './fetch-like';
import { cleanPbxText } from './normalize-text';

/** Where a body came from, for the error message (never the body itself). */
export interface BodyOrigin {
  method: string;
  path: string;
  status?: number;
}

/**
 * The most a body may hold, per kind. An API answer of the biggest PBX (a /cdr/live of thousands of
 * legs, a phonebook of tens of thousands of entries) stays well below the JSON cap; a voicemail of
 * half an hour as 16-bit 8 kHz WAV is ~29 MB. Anything larger is a broken or hostile server, and
 * reading it would only fill the memory.
 */
export const maxBodyBytes = { json: 32 * 1024 * 1024, audio: 64 * 1024 * 1024 } as const;
export type BodyKind = keyof typeof maxBodyBytes;

/**
 * Reads a body up to `limitBytes`. A larger one (by its Content-Length, or as it streams in) is
 * abandoned at once, the stream cancelled and `abort` called to close the connection, and reported
 * as `bad-response`: it is never read into memory as a whole.
 */
export async function readBodyCapped(
  response: FetchResponse,
  limitBytes: number,
  origin: BodyOrigin,
  abort: () => void,
): Promise<Uint8Array> {
  const tooLarge = (): PbxError => {
    abort();
    return badResponse(origin, `the answer is larger than ${formatMiB(limitBytes)}, the most the app reads`);
  };
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    await response.body
      ?.getReader()
      .cancel()
      .catch(() => {});
    throw tooLarge();
  }
  if (!response.body) {
    // A fetch without streams (some test doubles): the cap still holds for what comes back.
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > limitBytes) throw tooLarge();
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function formatMiB(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

/**
 * Decodes a response body as text: UTF-8, and Windows-1252 where the bytes are not valid UTF-8
 * (older PBX setups send umlauts in Latin-1). A leading BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** JSON from a body; null for an empty body or a JSON `null` ("no data"). */
export function parseJsonBody(bytes: Uint8Array, origin: BodyOrigin): unknown {
  const text = decodeText(bytes).trim();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    throw badResponse(origin, 'the body is not JSON');
  }
}

/** Checks a parsed value against a schema; the error names the first field that does not fit. */
export function checkSchema<T extends z.ZodType>(value: unknown, schema: T, origin: BodyOrigin): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badResponse(origin, describeIssues(result.error));
}

/** Body bytes -> schema-checked value, or null for "no data" (empty body, JSON null). */
export function decodeJsonBody<T extends z.ZodType>(
  bytes: Uint8Array,
  schema: T,
  origin: BodyOrigin,
): z.output<T> | null {
  const value = parseJsonBody(bytes, origin);
  if (value === null) return null;
  return checkSchema(value, schema, origin);
}

/**
 * The answer text of an action (`{"response": "dial commited"}`, `{"Message": ...}`, a JSON
 * string or plain text); empty when the PBX said nothing. An HTML page is not an answer.
 */
export function actionResponseText(bytes: Uint8Array, origin: BodyOrigin): string {
  const text = decodeText(bytes).trim();
  if (text === '') return '';
  if (text.startsWith('<')) throw badResponse(origin, 'the body is HTML, not an API answer');
  let answer: string;
  try {
    const parsed: unknown = JSON.parse(text);
    answer = typeof parsed === 'string' ? parsed : (messageField(parsed) ?? '');
  } catch {
    answer = text;
  }
  // Shown and logged like any PBX text: well-formed, no controls or bidi overrides, one short line.
  return cleanPbxText(answer.split(/\r?\n/)[0] ?? '', { maxChars: MAX_ANSWER_CHARS });
}

const MAX_ANSWER_CHARS = 200;
const ANSWER_FIELDS = ['response', 'Response', 'message', 'Message', 'status'];
/** For failures the explanation matters more than `"Response": "Error"`. */
export const ERROR_FIELDS = ['message', 'Message', 'error', 'Error', 'detail', 'response', 'Response'];

/** The first non-empty text among the given fields of a PBX JSON object. */
export function messageField(value: unknown, fields: readonly string[] = ANSWER_FIELDS): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of fields) {
    const field = record[key];
    if (typeof field === 'string' && field.trim() !== '') return field;
  }
  return undefined;
}

export function badResponse(origin: BodyOrigin, detail: string): PbxError {
  return new PbxError({
    kind: 'bad-response',
    method: origin.method,
    path: origin.path,
    ...(origin.status === undefined ? {} : { status: origin.status }),
    detail,
  });
}

/** "field entries[0].id: expected a whole number" — the path and the rule, never the value. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'the body does not fit the expected shape';
  const where = formatPath(issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${where === '' ? 'body' : `field ${where}`}: ${issue.message}${more}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
