/**
 * Which redirects the client follows. Fetch is always told `redirect: 'manual'`; the client follows
 * a GET or HEAD redirect itself, and only when it stays on the PBX's own origin (scheme, host and
 * port of the server address). The Authorization header is the PBX password: Electron's
 * `session.fetch` keeps it on a redirect to another origin (undici drops it, so Node tests would
 * never notice), and a redirect to another server is not something a PBX answers anyway.
 * Actions (POST, PUT, DELETE) are never followed: a 301/302 would turn them into a GET.
 */

/** More hops than any sane PBX setup (http->https, a trailing slash, an asset link) needs. */
export const maxRedirects = 5;

export function isRedirectStatus(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

export type RedirectHop = { ok: true; url: string } | { ok: false; detail: string };

/** Where a redirect from `currentUrl` leads, if the client may go there with the password. */
export function redirectHop(currentUrl: string, location: string | null, pbxOrigin: string): RedirectHop {
  if (location === null || location.trim() === '') {
    return { ok: false, detail: 'the PBX answered with a redirect without a Location' };
  }
  let next: URL;
  try {
    next = new URL(location.trim(), currentUrl);
  } catch {
    return { ok: false, detail: 'the PBX redirected to an address that is not a URL' };
  }
  if (next.origin !== pbxOrigin) {
    // The origin (never the path or query) is safe to show: it names the server, not a secret.
    return {
      ok: false,
      detail: `the PBX redirected to another server (${next.origin}); the password goes to the PBX only. Check the server address (https?)`,
    };
  }
  return { ok: true, url: next.href };
}
