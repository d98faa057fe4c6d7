/**
 * The OS session ending (log off, shut down, restart) quits the app by the same path as the tray's
 * Quit, so the quit automation gets its 2 s (core/app/before-quit.ts); main only has to know why.
 * Linux and macOS announce it on powerMonitor (`shutdown`), Windows on every window
 * (`query-session-end`). Both let the app hold the session end back while it quits, which it does
 * for at most the quit budget plus the core's shutdown; `session-end` on Windows comes when the
 * session cannot be held any more, and then there is no time left for a request.
 */
import type { App, BrowserWindow, PowerMonitor } from 'electron';

export interface SessionEndSources {
  powerMonitor: Pick<PowerMonitor, 'on'>;
  app: Pick<App, 'on'>;
}

export function watchSessionEnd(sources: SessionEndSources, onSessionEnd: () => void): void {
  let ending = false;
  const end = (event?: { preventDefault?(): void }) => {
    // Held back only once: the quit that follows must not be held again.
    if (ending) return;
    ending = true;
    event?.preventDefault?.();
    onSessionEnd();
  };
  // Electron's typings give `shutdown` no argument; its docs (and the code) pass the event to prevent.
  sources.powerMonitor.on('shutdown', (...args: unknown[]) => end(args[0] as { preventDefault?(): void }));
  sources.app.on('browser-window-created', (_event, window: BrowserWindow) => {
    window.on('query-session-end', end);
  });
}
