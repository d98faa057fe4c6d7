/**
 * The preview's transport for the contract: a WebSocket per window, carrying commands in and
 * events out. Same checks as Electron's IPC: the socket must come from the host's own origin
 * (Origin and Host headers) with the token and name a known window; every command passes the
 * window's access rules and the contract's schema (by `dispatchCommand`) before the core sees it.
 *
 * A popup speaks for one call, the one the core opened it for: it names it when it connects, or
 * (the spare page, connected before it had a call) once, with a `bind` message when it gets one.
 * Either way the call must be one whose popup the core has open, so a page cannot claim another.
 */
import type { Server } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { z } from 'zod';
import { type CommandOrigin, dispatchCommand } from '../core/commands/dispatch';
import type { Companion } from '../core/companion';
import { sameToken } from '../demo-pbx/sim-guard';
import { eventNames } from '../shared/contract';
import { type WindowKind, windowKinds } from '../shared/vocabulary';
import type { DeskWindowManager } from './desk-window-manager';

const invokeMessage = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  name: z.string().max(64),
  input: z.unknown(),
});
const bindMessage = z.object({ type: z.literal('bind'), call: z.string().min(1).max(64) });
const knownWindows = new Set<string>(windowKinds);
const trayClickMessage = JSON.stringify({ type: 'tray-click' });

export function attachBridge(options: {
  server: Server;
  origin: string;
  token: string;
  companion: Companion;
  windows: DeskWindowManager;
}): { close(): void } {
  const { companion, windows } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  const appSockets = new Set<WebSocket>();

  const host = new URL(options.origin).host;
  const popupIsOpen = (call: string) => windows.openPopups.includes(call);

  options.server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', options.origin);
    const window = url.searchParams.get('window') ?? '';
    const call = url.searchParams.get('call') ?? '';
    const allowed =
      url.pathname === '/bridge' &&
      request.headers.host === host &&
      request.headers.origin === options.origin &&
      sameToken(url.searchParams.get('token') ?? undefined, options.token) &&
      (window === 'desk' || knownWindows.has(window)) &&
      (window !== 'popup' || call === '' || popupIsOpen(call));
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      if (window === 'desk') {
        const detach = windows.attachDesk((message) => ws.send(JSON.stringify(message)));
        ws.on('close', detach);
        // The desk's one request: its "Tray click" button, handled as Electron's tray click.
        ws.on('message', (data) => {
          if (String(data) === trayClickMessage) windows.trayClick();
        });
        return;
      }
      const origin: CommandOrigin = { window: window as WindowKind };
      if (window === 'popup' && call) origin.popupCallId = call;
      serveWindow(ws, origin);
    });
  });

  function serveWindow(ws: WebSocket, origin: CommandOrigin): void {
    appSockets.add(ws);
    ws.on('close', () => appSockets.delete(ws));
    ws.on('message', (data) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        return;
      }
      const bind = bindMessage.safeParse(parsed);
      if (bind.success) {
        // Once, by the spare popup, for a call whose popup the core opened.
        if (origin.window === 'popup' && !origin.popupCallId && popupIsOpen(bind.data.call))
          origin.popupCallId = bind.data.call;
        return;
      }
      const invoke = invokeMessage.safeParse(parsed);
      // Not a command: dropped, as Electron drops messages on unknown channels.
      if (!invoke.success) return;
      const message = invoke.data;
      void dispatchCommand(companion, message.name, message.input, origin).then((result) => {
        if (ws.readyState === WebSocket.OPEN)
          ws.send(JSON.stringify({ type: 'result', id: message.id, result }));
      });
    });
  }

  const unsubscribes = eventNames.map((name) =>
    companion.on(name, (payload) => {
      const frame = JSON.stringify({ type: 'event', name, payload });
      for (const ws of appSockets) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
    }),
  );

  return {
    close() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
    },
  };
}
