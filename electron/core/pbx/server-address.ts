/**
 * Turns what a user types as "Server address" into the URLs the client uses. pascom shows the
 * REST root as `https://<host>/<instance>/services/`; users paste the instance address, the REST
 * root, or just a host, with stray whitespace and slashes.
 */
export interface ServerAddress {
  /** Origin plus instance path, no trailing slash, e.g. `https://pascom.cloud/acme`. */
  readonly baseUrl: string;
  /** REST root, `<base>/services/`. */
  readonly servicesUrl: string;
  /** Downloads (voicemail audio), `<base>/asset/`. */
  readonly assetUrl: string;
  /** True for `http:` (allowed for onsite LANs; the UI should warn that credentials travel in clear). */
  readonly plainHttp: boolean;
}

export type ServerAddressProblem =
  | 'empty'
  | 'not-a-url'
  | 'unsupported-scheme'
  | 'has-credentials'
  | 'has-query'
  | 'has-fragment';

export type ServerAddressResult =
  | { ok: true; value: ServerAddress }
  | { ok: false; reason: ServerAddressProblem };

const WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// `mailto:x` or `javascript:x` is a scheme; `pbx.local:8443/acme` is a host with a port.
const SCHEME_WITHOUT_SLASHES = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

export function parseServerAddress(input: string): ServerAddressResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!WITH_SCHEME.test(trimmed) && SCHEME_WITHOUT_SLASHES.test(trimmed)) {
    return { ok: false, reason: 'unsupported-scheme' };
  }
  const withScheme = WITH_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'unsupported-scheme' };
  if (url.hostname === '') return { ok: false, reason: 'not-a-url' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'has-credentials' };
  // An empty `?` or `#` leaves search/hash empty; check the raw text so they are still refused.
  if (url.search !== '' || withScheme.includes('?')) return { ok: false, reason: 'has-query' };
  if (url.hash !== '' || withScheme.includes('#')) return { ok: false, reason: 'has-fragment' };

  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments.at(-1)?.toLowerCase() === 'services') segments.pop();
  const path = segments.length === 0 ? '' : `/${segments.join('/')}`;
  const baseUrl = `${url.origin}${path}`;
  return {
    ok: true,
    value: {
      baseUrl,
      servicesUrl: `${baseUrl}/services/`,
      assetUrl: `${baseUrl}/asset/`,
      plainHttp: url.protocol === 'http:',
    },
  };
}
