/**
 * The renderer half (`contextBridge`, `ipcRenderer`) for loading the built preload. A fresh pair per
 * load, so each test sees only what one preload run exposed and subscribed.
 */
import { EventEmitter } from 'node:events';

export interface RendererStub {
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: FakeIpcRenderer;
  /** What the preload exposed, by key: what the page would see as `window.<key>`. */
  exposed: Map<string, unknown>;
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  /** What `invoke` resolves to; a test may replace it (e.g. to reject, as with no handler). */
  answer: (channel: string, args: unknown[]) => Promise<unknown> = (channel) =>
    Promise.resolve({ ok: true, value: { channel } });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.answer(channel, args);
  }
  /** Main pushing an event: listeners get Electron's (event, payload) pair. */
  deliver(channel: string, payload: unknown): void {
    this.emit(channel, { sender: this, senderId: 0 }, payload);
  }
}

export function createRendererStub(): RendererStub {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    ipcRenderer: new FakeIpcRenderer(),
    contextBridge: {
      exposeInMainWorld(key, api) {
        if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
        exposed.set(key, api);
      },
    },
  };
}
