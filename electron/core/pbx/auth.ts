/**
 * HTTP Basic credentials for the pascom REST API, from the API user and password or from the
 * "Basic Auth String" the PBX web UI shows (Information > Developer > Show Rest Credentials).
 * The secret lives in a private field: it is absent from toString, JSON and util.inspect output,
 * and no error produced here mentions it.
 */

/** Anything that can produce the Authorization header value right before a request. */
export interface AuthHeaderSource {
  headerValue(): string | Promise<string>;
}

export type BasicAuthProblem =
  | 'empty'
  | 'empty-username'
  | 'empty-password'
  | 'username-has-colon'
  | 'control-characters'
  | 'not-base64'
  | 'not-utf8'
  | 'not-user-password';

export type BasicAuthResult = { ok: true; value: BasicAuth } | { ok: false; reason: BasicAuthProblem };

export class BasicAuth implements AuthHeaderSource {
  readonly username: string;
  readonly #headerValue: string;

  private constructor(username: string, headerValue: string) {
    this.username = username;
    this.#headerValue = headerValue;
  }

  /** Built only through the validating factories below. */
  static fromValidated(username: string, password: string): BasicAuth {
    return new BasicAuth(username, `Basic ${encodeBase64(`${username}:${password}`)}`);
  }

  headerValue(): string {
    return this.#headerValue;
  }

  toString(): string {
    return `BasicAuth(${this.username}, secret hidden)`;
  }

  toJSON(): { username: string } {
    return { username: this.username };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function basicAuthFromPassword(username: string, password: string): BasicAuthResult {
  const user = username.trim();
  if (user === '' && password === '') return { ok: false, reason: 'empty' };
  if (user === '') return { ok: false, reason: 'empty-username' };
  if (password === '') return { ok: false, reason: 'empty-password' };
  // RFC 7617: the user-id cannot contain a colon, the password can.
  if (user.includes(':')) return { ok: false, reason: 'username-has-colon' };
  if (CONTROL_CHARACTERS.test(user) || CONTROL_CHARACTERS.test(password)) {
    return { ok: false, reason: 'control-characters' };
  }
  return { ok: true, value: BasicAuth.fromValidated(user, password) };
}

/**
 * Accepts the string as the PBX shows it, with or without a leading `Basic ` (or a whole
 * `Authorization: Basic ...` line), and checks that it is base64 of `user:password`.
 */
export function basicAuthFromString(pasted: string): BasicAuthResult {
  const token = pasted
    .trim()
    .replace(/^authorization\s*:\s*/i, '')
    .replace(/^basic(\s+|$)/i, '')
    .trim();
  if (token === '') return { ok: false, reason: 'empty' };
  const bytes = decodeBase64(token);
  if (bytes === null) return { ok: false, reason: 'not-base64' };
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return { ok: false, reason: 'not-user-password' };
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (username === '') return { ok: false, reason: 'empty-username' };
  if (password === '') return { ok: false, reason: 'empty-password' };
  if (CONTROL_CHARACTERS.test(decoded)) return { ok: false, reason: 'control-characters' };
  return { ok: true, value: BasicAuth.fromValidated(username, password) };
}

function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Standard or URL-safe alphabet, padding optional; null when it is not base64. */
function decodeBase64(token: string): Uint8Array | null {
  const standard = token.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(standard)) return null;
  const unpadded = standard.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return null;
  const padded = unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4);
  if (padded.length !== standard.length && standard.includes('=')) return null;
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
