import { describe, expect, test } from 'vitest';
import { type HotkeyActionDeps, runHotkeyAction } from '../../../../electron/core/hotkeys/hotkey-actions';
import { silentLogger } from '../../../../electron/core/log';
import { PbxError } from '../../../../electron/core/pbx/errors';
import type { Notice } from '../../../../electron/shared/contract';

function deps(run: (name: string, input: unknown) => Promise<unknown>) {
  const notices: Omit<Notice, 'id'>[] = [];
  const ran: string[] = [];
  const host = {
    windows: {} as HotkeyActionDeps['windows'],
    run: (name: string, input: unknown) => {
      ran.push(name);
      return run(name, input);
    },
    notice: (notice: Omit<Notice, 'id'>) => notices.push(notice),
    log: silentLogger,
    readSelection: () => '',
    focusPanel: () => {},
  } as unknown as HotkeyActionDeps;
  return { host, notices, ran };
}

describe('the optional profile hotkey', () => {
  test('runs the same command as the panel and names the profile now active', async () => {
    const { host, notices, ran } = deps(async () => ({
      action: 'activate-profile',
      ok: true,
      subject: 'Homeoffice',
    }));
    await runHotkeyAction('cycle-profile', host);
    expect(ran).toEqual(['availability/cycle-profile']);
    expect(notices).toEqual([
      { level: 'info', key: 'notice.availability.profileNow', params: { profile: 'Homeoffice' } },
    ]);
  });

  test('a refusal leaves a warning, not an error thrown at the desktop', async () => {
    const { host, notices } = deps(async () => {
      throw new PbxError({
        kind: 'not-found',
        method: 'POST',
        path: '/services/identity/tsander/profile/9/activate',
        status: 404,
      });
    });
    await expect(runHotkeyAction('cycle-profile', host)).resolves.toBeUndefined();
    expect(notices).toEqual([{ level: 'warning', key: 'notice.availability.cycleFailed' }]);
  });
});
