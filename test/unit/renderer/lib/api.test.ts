import { afterEach, describe, expect, test } from 'vitest';
import type { CompanionApi } from '../../../../electron/shared/contract';
import { invoke, readWindowContext, subscribe } from '../../../../renderer/src/lib/api';
import { CompanionStateHolder } from '../../../../renderer/src/lib/state.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

type HostWindow = typeof globalThis & { companion?: CompanionApi };

afterEach(() => removeCompanion());

describe('invoke', () => {
  test('passes the command through and returns the core answer', async () => {
    const companion = installCompanion();
    companion.respond('popup/dismiss', () => ({ ok: false, error: { kind: 'not-found' } }));

    expect(await invoke('popup/dismiss', { callId: 'c1' })).toEqual({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(companion.sent('popup/dismiss')).toEqual([{ callId: 'c1' }]);
  });

  test('never throws: a missing bridge, a broken transport and a malformed answer are "unavailable"', async () => {
    const unavailable = { ok: false, error: { kind: 'unavailable' } };
    expect(await invoke('window/show-panel', {})).toEqual(unavailable);

    (globalThis as HostWindow).companion = {
      invoke: () => Promise.reject(new Error('socket closed')),
      on: () => () => {},
    };
    expect(await invoke('window/show-panel', {})).toEqual(unavailable);

    (globalThis as HostWindow).companion = {
      invoke: () => Promise.resolve(undefined as never),
      on: () => () => {},
    };
    expect(await invoke('window/show-panel', {})).toEqual(unavailable);
  });

  test('subscribing without a bridge is harmless', () => {
    const unsubscribe = subscribe('state', () => {});
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('window context', () => {
  test('is read from the page URL', () => {
    expect(readWindowContext('app://companion/panel.html')).toEqual({ kind: 'panel' });
    expect(readWindowContext('http://127.0.0.1:5000/renderer/settings.html?token=x')).toEqual({
      kind: 'settings',
    });
    expect(readWindowContext('app://companion/popup.html?call=4711%2F2')).toEqual({
      kind: 'popup',
      callId: '4711/2',
    });
    expect(readWindowContext('app://companion/popup.html#call=4711%2F2')).toEqual({
      kind: 'popup',
      callId: '4711/2',
    });
    expect(readWindowContext('app://companion/popup.html')).toEqual({ kind: 'popup', callId: null });
    expect(readWindowContext('app://companion/popup.html#')).toEqual({ kind: 'popup', callId: null });
    expect(readWindowContext('app://companion/other.html')).toEqual({ kind: 'unknown' });
    expect(readWindowContext('not a url')).toEqual({ kind: 'unknown' });
  });
});

describe('state holder', () => {
  test('loads the state once, then follows pushes until stopped', async () => {
    const companion = installCompanion(makeState({ calls: { presence: 'Idle' } }));
    const holder = new CompanionStateHolder();

    const stop = holder.start();
    await Promise.resolve();
    await Promise.resolve();
    expect(holder.current?.calls.presence).toBe('Idle');
    expect(companion.sent('app/get-state')).toHaveLength(1);

    companion.push(makeState({ calls: { presence: 'Ringing' } }));
    expect(holder.current?.calls.presence).toBe('Ringing');

    stop();
    companion.push(makeState({ calls: { presence: 'InUse' } }));
    expect(holder.current?.calls.presence).toBe('Ringing');
    expect(companion.listenerCount('state')).toBe(0);
  });

  test('a state pushed before the first answer is not overwritten by that older answer', async () => {
    const companion = installCompanion(makeState({ calls: { presence: 'Idle' } }));
    const holder = new CompanionStateHolder();

    holder.start();
    companion.push(makeState({ calls: { presence: 'Ringing' } }));
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(holder.current?.calls.presence).toBe('Ringing');
  });

  test('a failed first load is kept as an error until a state arrives', async () => {
    (globalThis as HostWindow).companion = {
      invoke: () => Promise.resolve({ ok: false, error: { kind: 'internal' } }) as never,
      on: () => () => {},
    };
    const holder = new CompanionStateHolder();

    holder.start();
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(holder.current).toBeNull();
    expect(holder.loadError).toEqual({ kind: 'internal' });
  });
});
