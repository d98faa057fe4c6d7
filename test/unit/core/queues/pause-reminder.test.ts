import { describe, expect, test } from 'vitest';
import { PauseReminder } from '../../../../electron/core/queues/pause-reminder';
import { queuesTextsDe } from '../../../../electron/core/queues/texts.de';
import { queuesTextsEn } from '../../../../electron/core/queues/texts.en';
import type { Language } from '../../../../electron/shared/vocabulary';
import { FakeClock } from '../../../harness/fake-clock';

function rig(options: { notifier?: boolean; language?: Language } = {}) {
  const clock = new FakeClock();
  const notifications: { title: string; body: string; onClick?: () => void }[] = [];
  const notices: { key: string; params: Record<string, string | number> }[] = [];
  let panelShown = 0;
  const reminder = new PauseReminder({
    clock,
    notifier:
      options.notifier === false ? null : { notify: (notification) => notifications.push(notification) },
    texts: () => (options.language === 'de' ? queuesTextsDe : queuesTextsEn),
    showPanel: () => {
      panelShown += 1;
    },
    notice: (notice) => notices.push(notice),
  });
  return { clock, reminder, notifications, notices, panelShown: () => panelShown };
}

describe('the still-paused reminder', () => {
  test('once per pause, after the configured minutes, with the reason; a click shows the panel', async () => {
    const { clock, reminder, notifications, panelShown } = rig();
    const sinceMs = clock.now();
    reminder.update({ sinceMs, reason: 'Mittagspause', reminderMinutes: 15, automatic: false });
    await clock.advance(15 * 60_000 - 1000);
    expect(notifications).toEqual([]);
    await clock.advance(1000);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      title: 'Still paused',
      body: 'You have been paused in your queues for 15 min (Mittagspause). Resume from the tray or the panel.',
    });
    notifications[0]?.onClick?.();
    expect(panelShown()).toBe(1);
    // The same pause, still going: no second reminder.
    reminder.update({ sinceMs, reason: 'Mittagspause', reminderMinutes: 15, automatic: false });
    await clock.advance(60 * 60_000);
    expect(notifications).toHaveLength(1);
  });

  test('a pause that ends in time reminds nobody; a new pause starts its own count', async () => {
    const { clock, reminder, notifications } = rig({ language: 'de' });
    reminder.update({ sinceMs: clock.now(), reason: null, reminderMinutes: 10, automatic: false });
    await clock.advance(9 * 60_000);
    reminder.update({ sinceMs: null, reason: null, reminderMinutes: 10, automatic: false });
    await clock.advance(5 * 60_000);
    expect(notifications).toEqual([]);
    reminder.update({ sinceMs: clock.now(), reason: null, reminderMinutes: 10, automatic: false });
    await clock.advance(10 * 60_000);
    expect(notifications.map((notification) => notification.title)).toEqual(['Noch in Pause']);
  });

  test('off (0), or a pause a safety net holds (it resumes it itself): no reminder', async () => {
    const { clock, reminder, notifications } = rig();
    reminder.update({ sinceMs: clock.now(), reason: null, reminderMinutes: 0, automatic: false });
    await clock.advance(60 * 60_000);
    reminder.update({ sinceMs: clock.now(), reason: null, reminderMinutes: 5, automatic: true });
    await clock.advance(60 * 60_000);
    expect(notifications).toEqual([]);
  });

  test('without native notifications (browser preview) it becomes a notice in the panel', async () => {
    const { clock, reminder, notices } = rig({ notifier: false });
    reminder.update({ sinceMs: clock.now(), reason: 'Lunch', reminderMinutes: 1, automatic: false });
    await clock.advance(60_000);
    expect(notices).toEqual([
      { level: 'info', key: 'queues.notice.stillPaused', params: { minutes: 1, reason: 'Lunch' } },
    ]);
  });
});
