import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import {
  claimSingleInstance,
  type LaunchRequest,
  parseLaunchArgs,
} from '../../../electron/main/single-instance';

describe('what a start of the app asks for', () => {
  it.each<[string[], LaunchRequest | null]>([
    [['/opt/pascom-companion/pascom-companion'], null],
    [['pascom-companion', '--dial', '+49 89 1234567'], { kind: 'dial', number: '+49 89 1234567' }],
    [['pascom-companion', '--dial=0891234567'], { kind: 'dial', number: '0891234567' }],
    [['pascom-companion', '--toggle-pause'], { kind: 'toggle-pause' }],
    [['pascom-companion', 'tel:+49-89-1234567;ext=12'], { kind: 'link', url: 'tel:+49-89-1234567;ext=12' }],
    [['pascom-companion', 'callto://+4989123'], { kind: 'link', url: 'callto://+4989123' }],
    [['pascom-companion', 'SIP:221@pbx.example'], { kind: 'link', url: 'SIP:221@pbx.example' }],
    // Chromium's own switches in between do not hide the request.
    [['electron', '--no-sandbox', '.', '--enable-logging', 'tel:221'], { kind: 'link', url: 'tel:221' }],
    [['pascom-companion', '--dial'], null],
    [['pascom-companion', '--dial', '--toggle-pause'], { kind: 'toggle-pause' }],
    [['pascom-companion', '--dial', '1'.repeat(65)], null],
    [['pascom-companion', 'https://evil.example/'], null],
    [['pascom-companion', 'javascript:alert(1)'], null],
  ])('%j', (argv, expected) => {
    expect(parseLaunchArgs(argv)).toEqual(expected);
  });

  it('ignores arguments that are not strings or absurdly long', () => {
    expect(parseLaunchArgs([42, null, `tel:${'1'.repeat(5000)}`])).toBeNull();
  });
});

type Listener = (...args: unknown[]) => void;

function fakeApp(lockAvailable: boolean) {
  const listeners = new Map<string, Listener>();
  const lockData: unknown[] = [];
  const app = {
    requestSingleInstanceLock: (data?: unknown) => {
      lockData.push(data);
      return lockAvailable;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return app;
    },
  };
  return { app, listeners, lockData };
}

describe('the single-instance hand-over', () => {
  it('a second start passes its own arguments along and is told to quit', () => {
    const { app, lockData } = fakeApp(false);
    const claimed = claimSingleInstance({
      app: app as never,
      argv: ['/usr/bin/pascom-companion', '--dial', '221'],
      onLaunchRequest: () => {},
      log: silentLogger,
    });
    expect(claimed).toBe(false);
    expect(lockData).toEqual([{ launchArgs: ['--dial', '221'] }]);
  });

  it("the first instance reads the second's own argv, which Chromium did not re-order", () => {
    const { app, listeners } = fakeApp(true);
    const requests: (LaunchRequest | null)[] = [];
    expect(
      claimSingleInstance({
        app: app as never,
        argv: ['x'],
        onLaunchRequest: (r) => requests.push(r),
        log: silentLogger,
      }),
    ).toBe(true);
    const reordered = ['/usr/bin/pascom-companion', '--dial', '--original-process-start-time=1', '221'];
    listeners.get('second-instance')?.({}, reordered, '/home/agent', { launchArgs: ['--dial', '221'] });
    listeners.get('second-instance')?.({}, ['/usr/bin/pascom-companion', 'tel:221'], '/home/agent', null);
    listeners.get('second-instance')?.({}, ['/usr/bin/pascom-companion'], '/home/agent', {
      launchArgs: [1, 2],
    });
    expect(requests).toEqual([{ kind: 'dial', number: '221' }, { kind: 'link', url: 'tel:221' }, null]);
  });

  it('takes macOS link events and keeps them from opening anything else', () => {
    const { app, listeners } = fakeApp(true);
    const requests: (LaunchRequest | null)[] = [];
    claimSingleInstance({
      app: app as never,
      argv: ['x'],
      onLaunchRequest: (r) => requests.push(r),
      log: silentLogger,
    });
    let prevented = false;
    listeners.get('open-url')?.({ preventDefault: () => (prevented = true) }, 'callto:+4989123');
    expect(prevented).toBe(true);
    expect(requests).toEqual([{ kind: 'link', url: 'callto:+4989123' }]);
  });
});
