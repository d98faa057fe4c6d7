/**
 * Started with `--no-sandbox` (what the AppImage's AppRun adds where the system has no user
 * namespaces), the BUILT app says so: a warning in the log and a notice in the panel. Started
 * without it, neither.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../electron/shared/contract';
import { BootedApp } from '../harness/electron-stub/boot-process';
import { ensureBuilt } from '../harness/electron-stub/built-app';

describe('the built app and the Chromium sandbox', () => {
  let app: BootedApp | null = null;
  afterEach(async () => {
    await app?.stop();
    app = null;
  });

  const startWith = async (argv: string[]) => {
    ensureBuilt();
    app = await BootedApp.load({ ELECTRON_STUB_ARGV: JSON.stringify(argv) });
    await app.probe('ready');
    const state = await app.probe<CommandResult<'app/get-state'>>('invoke', {
      command: 'app/get-state',
      input: {},
      page: 'panel',
    });
    if (!state.ok) throw new Error('app/get-state failed');
    return { notices: state.value.notices.map((notice) => notice.key), output: app.output };
  };

  it('warns in the log and the panel when started with --no-sandbox', async () => {
    const { notices, output } = await startWith(['--no-sandbox']);
    expect(notices).toContain('notice.sandboxOff');
    expect(output).toMatch(/"level":"warn".*started with --no-sandbox/);
  }, 60_000);

  it('says nothing when the sandbox is on', async () => {
    const { notices, output } = await startWith([]);
    expect(notices).not.toContain('notice.sandboxOff');
    expect(output).not.toContain('--no-sandbox');
  }, 60_000);
});
