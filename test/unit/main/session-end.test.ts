import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { watchSessionEnd } from '../../../electron/main/session-end';
import { fakeEvent } from '../../harness/electron-stub/fake-event';

function rig() {
  const powerMonitor = new EventEmitter();
  const app = new EventEmitter();
  const ends: string[] = [];
  watchSessionEnd({ powerMonitor, app } as never, () => ends.push('end'));
  return { powerMonitor, app, ends };
}

describe('the OS session ending', () => {
  test('Linux and macOS: powerMonitor `shutdown` is held back once and the app quits', () => {
    const { powerMonitor, ends } = rig();
    const first = fakeEvent({});
    powerMonitor.emit('shutdown', first);
    const second = fakeEvent({});
    powerMonitor.emit('shutdown', second);
    expect(first.defaultPrevented).toBe(true);
    expect(second.defaultPrevented).toBe(false);
    expect(ends).toEqual(['end']);
  });

  test('Windows: `query-session-end` on any window of the app', () => {
    const { app, ends } = rig();
    const window = new EventEmitter();
    app.emit('browser-window-created', fakeEvent({}), window);
    const event = fakeEvent({ reasons: ['logoff'] });
    window.emit('query-session-end', event);
    expect(event.defaultPrevented).toBe(true);
    expect(ends).toEqual(['end']);
  });
});
