import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { createNotifier, type NotificationClass } from '../../../electron/main/notifier';

class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = [];
  static isSupported(): boolean {
    return true;
  }
  constructor(readonly options: { title?: string; body?: string } = {}) {
    super();
  }
  show(): void {
    FakeNotification.shown.push(this);
  }
}

describe('desktop notifications', () => {
  test('a click runs the core action it was given (open the voicemail), once', () => {
    FakeNotification.shown = [];
    const notifier = createNotifier(FakeNotification as unknown as NotificationClass, 'linux');
    let opened = 0;
    notifier.notify({ title: 'New voicemail from Sabine Weiß', body: '0:12', onClick: () => (opened += 1) });
    const [shown] = FakeNotification.shown;
    expect(shown?.options).toEqual({ title: 'New voicemail from Sabine Weiß', body: '0:12' });
    shown?.emit('click');
    expect(opened).toBe(1);
    // Without a click action nothing listens (and nothing is kept alive).
    notifier.notify({ title: 'Plain', body: '' });
    expect(FakeNotification.shown[1]?.listenerCount('click')).toBe(0);
  });
});
