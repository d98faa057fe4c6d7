/**
 * Which window this page is, from its URL: `panel.html`, `popup.html?call=<id>`, `settings.html`.
 * The main process and the preview host build these URLs; the page only reads them.
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
      const callId = parsed.searchParams.get('call');
      return { kind: 'popup', callId: callId && callId.length > 0 ? callId : null };
    }
    default:
      return { kind: 'unknown' };
  }
}

export function currentWindowContext(): WindowContext {
  return readWindowContext(globalThis.location?.href ?? '');
}
