/**
 * The BUILT preload, loaded the way a sandboxed renderer loads it: one CommonJS script whose
 * `require` knows only `electron` (here the stand-in's renderer half), in a context without Node.
 */
import { readFileSync, statSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandChannel, eventChannel } from '../../electron/shared/channels';
import type { CompanionApi } from '../../electron/shared/contract';
import { built, ensureBuilt } from '../harness/electron-stub/built-app';
import { createRendererStub } from '../harness/electron-stub/renderer';

describe('the built preload, loaded as a sandboxed renderer loads it', () => {
  function loadPreload() {
    const renderer = createRendererStub();
    const source = readFileSync(built.preload, 'utf8');
    const required: string[] = [];
    // A sandboxed preload's require knows `electron` and a few shims; the bundle must need nothing else.
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id === 'electron')
        return { contextBridge: renderer.contextBridge, ipcRenderer: renderer.ipcRenderer };
      throw new Error(`module not found: ${id}`);
    };
    const module = { exports: {} };
    runInNewContext(
      source,
      { require: sandboxRequire, module, exports: module.exports },
      { filename: built.preload },
    );
    return { renderer, required };
  }

  beforeAll(() => {
    ensureBuilt();
  });

  it('is one small CommonJS file that requires only electron', () => {
    const { required } = loadPreload();
    expect(required).toEqual(['electron']);
    expect(statSync(built.preload).size).toBeLessThan(8 * 1024); // no zod, no contract values
  });

  it('exposes exactly one key, `companion`, with `invoke` and `on`', () => {
    const { renderer } = loadPreload();
    expect([...renderer.exposed.keys()]).toEqual(['companion']);
    const api = renderer.exposed.get('companion') as CompanionApi;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards a command to its own channel and returns what main answers', async () => {
    const { renderer } = loadPreload();
    const api = renderer.exposed.get('companion') as CompanionApi;
    const answer = await api.invoke('settings/update', { theme: 'dark' });
    expect(answer).toEqual({ ok: true, value: { channel: commandChannel('settings/update') } });
    expect(renderer.ipcRenderer.invocations).toEqual([
      { channel: commandChannel('settings/update'), args: [{ theme: 'dark' }] },
    ]);
  });

  it('never sends a name that is not a command name, and turns a failed invoke into a value', async () => {
    const { renderer } = loadPreload();
    const api = renderer.exposed.get('companion') as CompanionApi;
    const sneaky = api.invoke as (name: string, input: unknown) => Promise<unknown>;
    expect(await sneaky('../electron-store-get-data', {})).toEqual({
      ok: false,
      error: { kind: 'invalid-input', detail: 'unknown-command' },
    });
    expect(renderer.ipcRenderer.invocations).toEqual([]);
    renderer.ipcRenderer.answer = () => Promise.reject(new Error("No handler registered for 'x'"));
    expect(await api.invoke('app/get-state', {})).toEqual({ ok: false, error: { kind: 'unavailable' } });
  });

  it('delivers only the payload of an event, and `on` returns an unsubscribe that removes just that listener', () => {
    const { renderer } = loadPreload();
    const api = renderer.exposed.get('companion') as CompanionApi;
    const first: unknown[][] = [];
    const second: unknown[][] = [];
    const unsubscribeFirst = api.on('notice', (...args: unknown[]) => first.push(args));
    api.on('notice', (...args: unknown[]) => second.push(args));
    const notice = { id: 'n1', level: 'info', key: 'notice.test' };

    renderer.ipcRenderer.deliver(eventChannel('notice'), notice);
    expect(first).toEqual([[notice]]);
    expect(second).toEqual([[notice]]);

    unsubscribeFirst();
    renderer.ipcRenderer.deliver(eventChannel('notice'), notice);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(2);
    expect(renderer.ipcRenderer.listenerCount(eventChannel('notice'))).toBe(1);
  });
});
