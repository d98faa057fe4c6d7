/**
 * Which window this page is, from its URL: `panel.html`, `popup.html#call=<id>` (or
 * `popup.html?call=<id>`), `settings.html`. The main process and the preview host build these URLs;
 * the page only reads them. A popup page without a call is the spare that waits, already loaded,
 * for the next call; it gets its call by a fragment navigation, which does not reload the page.
 */
export type WindowContext =
  | { kind: 'panel' }
  | { kind: 'popup'; callId: string | null }
  | { kind: 'settings' }
  | { kind: 'unknown' };

export function readWindowContext(url: string | URL): WindowContext {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  const page = parsed.pathname.split('/').pop() ?? '';
  switch (page) {
    case 'panel.html':
      return { kind: 'panel' };
    case 'settings.html':
      return { kind: 'settings' };
    case 'popup.html': {
      const callId = new URLSearchParams(parsed.hash.slice(1)).get('call') ?? parsed.searchParams.get('call');
      return { kind: 'popup', callId: callId && callId.length > 0 ? callId : null };
    }
    default:
      return { kind: 'unknown' };
  }
}

export function currentWindowContext(): WindowContext {
  return readWindowContext(globalThis.location?.href ?? '');
}
