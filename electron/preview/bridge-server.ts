/**
 * The preview's transport for the contract: a WebSocket per window, carrying commands in and
 * events out. Same checks as Electron's IPC: the socket must come from the host's own origin
 * with the token and name a known window; every command is parsed with the contract's schema
 * (by `dispatchCommand`) before the core sees it.
 */
import type { Server } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { z } from 'zod';
import { type CommandOrigin, dispatchCommand } from '../core/commands/dispatch';
import type { Companion } from '../core/companion';
import { eventNames } from '../shared/contract';
import { type WindowKind, windowKinds } from '../shared/vocabulary';
import type { DeskWindowManager } from './desk-window-manager';

const invokeMessage = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  name: z.string().max(64),
  input: z.unknown(),
});
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

  options.server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', options.origin);
    const window = url.searchParams.get('window') ?? '';
    const allowed =
      url.pathname === '/bridge' &&
      url.searchParams.get('token') === options.token &&
      request.headers.origin === options.origin &&
      (window === 'desk' || knownWindows.has(window));
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
      const call = url.searchParams.get('call');
      const origin: CommandOrigin = { window: window as WindowKind };
      if (window === 'popup' && call) origin.popupCallId = call;
      serveWindow(ws, origin);
    });
  });

  function serveWindow(ws: WebSocket, origin: CommandOrigin): void {
    appSockets.add(ws);
    ws.on('close', () => appSockets.delete(ws));
    ws.on('message', (data) => {
      let message: z.output<typeof invokeMessage>;
      try {
        message = invokeMessage.parse(JSON.parse(String(data)));
      } catch {
        return; // Not a command: dropped, as Electron drops messages on unknown channels.
      }
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
