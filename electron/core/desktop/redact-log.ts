/**
 * What leaves the machine in a support log: the log lines with secrets taken out. The logger
 * already keeps secrets out of its lines (core/log.ts); this is the second pass before a file goes
 * to someone else, for whatever slipped in (an error text quoting a header, an address with a
 * password in it, a secret stored before a change of PBX):
 *
 * - every known secret (the API password or Basic string of the connection), as typed, as it
 *   appears inside JSON, URL-encoded, and as the Base64 of `user:secret` a Basic header carries;
 * - any `Basic …` / `Bearer …` credential and any `user:password@` in an address;
 * - optionally phone numbers: five digits or more, with the separators people write (`+49 89
 *   1234567`, `089/123-45`), but not timestamps, versions, IP addresses or ports.
 */

export interface RedactOptions {
  /** Secrets known now (shorter than 3 characters they would blank half the log; they are not). */
  secrets: readonly string[];
  /** User names that go with the secrets, for the Base64 of `user:secret`. */
  users: readonly string[];
  numbers: boolean;
}

export interface Redacted {
  text: string;
  /** How many things were taken out. */
  redactions: number;
}

const credential = /\b(Basic|Bearer)(\s+|%20)[A-Za-z0-9+/=._~%-]{4,}/gi;
const userInfo = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@"]+@/gi;
/** Digits with spaces, dashes, slashes, brackets or dots between, optionally after a `+`. */
const numberLike = /(?<![\w.:/-])\+?\(?\d[\d ()/.-]*\d(?![\w.:/-])/g;
const timestampLike = /^\d{4}-\d{2}-\d{2}/;
const versionOrAddress = /^\d+(\.\d+){1,3}$/;

function forms(secret: string, users: readonly string[]): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const basic = users.map((user) => Buffer.from(`${user}:${secret}`, 'utf8').toString('base64'));
  return [secret, json, encodeURIComponent(secret), Buffer.from(secret, 'utf8').toString('base64'), ...basic];
}

function isPhoneNumber(candidate: string): boolean {
  if (timestampLike.test(candidate) || versionOrAddress.test(candidate)) return false;
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 17;
}

/** One line with what must not leave the machine taken out. */
export function redactLine(line: string, options: RedactOptions): Redacted {
  let text = line;
  let redactions = 0;
  const replace = (pattern: RegExp, replacement: (match: string, ...groups: string[]) => string | null) => {
    text = text.replace(pattern, (match: string, ...groups: string[]) => {
      const next = replacement(match, ...groups);
      if (next === null) return match;
      redactions += 1;
      return next;
    });
  };
  const secrets = options.secrets
    .filter((secret) => secret.length >= 3)
    .flatMap((secret) => forms(secret, options.users))
    // Longest first, so a secret's Base64 form is not cut by a shorter one inside it.
    .sort((a, b) => b.length - a.length);
  for (const secret of new Set(secrets)) {
    const pieces = text.split(secret);
    redactions += pieces.length - 1;
    text = pieces.join('[secret]');
  }
  replace(credential, (_match, scheme = '') => `${scheme} [secret]`);
  replace(userInfo, (_match, scheme = '') => `${scheme}[secret]@`);
  if (options.numbers) replace(numberLike, (match) => (isPhoneNumber(match) ? '[number]' : null));
  return { text, redactions };
}

/** The lines, each redacted, as one text. */
export function redactLines(lines: readonly string[], options: RedactOptions): Redacted {
  let redactions = 0;
  const out = lines.map((line) => {
    const result = redactLine(line, options);
    redactions += result.redactions;
    return result.text;
  });
  return { text: out.join('\n'), redactions };
}
