/**
 * How many usernames go into one `/identity/states?keys=a,b,...` request. The team board asks for
 * the agent and every colleague in the same request as the agent's own state (issue 13: no extra
 * request per second); only a URL that would get too long is split.
 *
 * The limit is on the whole URL, 4,000 characters: pascom serves the API through nginx, whose
 * default request-line buffer is 8 KiB (`large_client_header_buffers 4 8k`, a 414 beyond it); half of
 * that leaves room for a reverse proxy in front with a smaller buffer and for the rest of the
 * request line. A board of 50 colleagues is ~600 characters; 2,000 users of ~10 characters each
 * take 6 requests.
 */
import { buildQuery } from './request-path';

export const MAX_STATES_URL_CHARS = 4000;

/**
 * The usernames that can be asked for: a comma would split one name into two keys, a lone
 * surrogate cannot be put into a URL, and empty or repeated names cost bytes for nothing. Order is
 * kept (the agent first).
 */
export function askableStateKeys(usernames: readonly string[]): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const name of usernames) {
    if (name.trim() === '' || name.includes(',') || !name.isWellFormed() || seen.has(name)) continue;
    seen.add(name);
    keys.push(name);
  }
  return keys;
}

/**
 * Splits `keys` into groups whose URL (`<servicesUrl>identity/states?keys=...`) stays within
 * `maxUrlChars`; one group when they all fit. A single name longer than the limit still gets a
 * request of its own, since it cannot be split further.
 */
export function splitStateKeys(
  servicesUrl: string,
  keys: readonly string[],
  maxUrlChars = MAX_STATES_URL_CHARS,
): string[][] {
  // `?keys=` plus each name as buildQuery encodes it, commas between them.
  const fixed = `${servicesUrl}identity/states?keys=`.length;
  const encodedLength = (key: string): number => buildQuery({ keys: key }).length - '?keys='.length;
  const groups: string[][] = [];
  let current: string[] = [];
  let length = fixed;
  for (const key of keys) {
    const keyLength = encodedLength(key);
    if (current.length > 0 && length + 1 + keyLength > maxUrlChars) {
      groups.push(current);
      current = [];
      length = fixed;
    }
    length += (current.length > 0 ? 1 : 0) + keyLength;
    current.push(key);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
