import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { createNotifier, type NotificationClass } from '../../../electron/main/notifier';

class FakeNotification extends EventEmitter {
  static shown: { title?: string; body?: string }[] = [];
  static isSupported(): boolean {
    return true;
  }
  constructor(readonly options: { title?: string; body?: string } = {}) {
    super();
  }
  show(): void {
    FakeNotification.shown.push(this.options);
  }
}

function shownOn(platform: NodeJS.Platform, text: { title: string; body: string }) {
  FakeNotification.shown = [];
  createNotifier(FakeNotification as unknown as NotificationClass, platform).notify(text);
  return FakeNotification.shown[0];
}

// What a caller controls: the SIP display name and caller-id reach the notification as data.
const phishing = {
  title: 'New voicemail from <a href="https://evil.example">Your bank</a>',
  body: `<a href="https://evil.example/login">Call "Müller & Söhne" back</a>\n<b>it's urgent</b>`,
};

describe('notification text on Linux (libnotify reads the body as markup)', () => {
  test('the body is escaped, so a display name cannot become a link or bold text', () => {
    expect(shownOn('linux', phishing)?.body).toBe(
      '&lt;a href=&quot;https://evil.example/login&quot;&gt;Call &quot;Müller &amp; Söhne&quot; back&lt;/a&gt;\n' +
        '&lt;b&gt;it&#39;s urgent&lt;/b&gt;',
    );
  });

  test('the title cannot open a tag either, and stays readable where it is shown as plain text', () => {
    const title = shownOn('linux', phishing)?.title ?? '';
    expect(title).not.toMatch(/[<>]/);
    expect(title).toBe('New voicemail from ‹a href="https://evil.example"›Your bank‹/a›');
    expect(shownOn('linux', { title: 'Müller & Söhne', body: '' })?.title).toBe('Müller & Söhne');
  });

  test('Windows and macOS show plain text: nothing is changed there', () => {
    expect(shownOn('win32', phishing)).toEqual(phishing);
    expect(shownOn('darwin', phishing)).toEqual(phishing);
  });
});
