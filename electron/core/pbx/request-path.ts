import { PbxError } from './errors';

export type PathSegment = string | number;
export type QueryValue = string | number | boolean | null | undefined;

/** `services` is the REST root, `asset` holds downloads (voicemail audio). */
export type ApiRoot = 'services' | 'asset';

/**
 * The path below the server address, e.g. `/services/identity/tsander/device/pascom%20Softphone%20%5BTina%20Sander%5D`.
 * Each segment is percent-encoded; empty, `.` and `..` segments are refused because URL parsing
 * would drop or resolve them (even percent-encoded) and address another resource.
 */
export function requestPath(
  root: ApiRoot,
  segments: readonly PathSegment[],
  trailingSlash = false,
  method = 'GET',
): string {
  const encoded: string[] = [];
  for (const segment of segments) {
    const value = String(segment);
    let piece: string | null = null;
    if (value !== '' && value !== '.' && value !== '..') {
      try {
        piece = encodeURIComponent(value);
      } catch {
        // A lone surrogate cannot be encoded.
      }
    }
    if (piece === null) {
      throw new PbxError({ kind: 'bad-request', method, path: `/${root}/`, detail: 'unsafe-path-segment' });
    }
    encoded.push(piece);
  }
  return `/${root}/${encoded.join('/')}${trailingSlash && encoded.length > 0 ? '/' : ''}`;
}

export function buildQuery(query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (query === undefined) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    // Commas stay readable: the PBX takes comma-separated lists (`keys=a,b`).
    const encodedValue = encodeURIComponent(String(value)).replace(/%2C/g, ',');
    parts.push(`${encodeURIComponent(key)}=${encodedValue}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
