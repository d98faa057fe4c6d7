import { describe, expect, test } from 'vitest';
import { arrivalNotification, forwardMail } from '../../../../electron/core/voicemail/message-texts';
import { voicemailTextsDe } from '../../../../electron/core/voicemail/texts.de';
import { voicemailTextsEn } from '../../../../electron/core/voicemail/texts.en';
import type { VoicemailMessageView } from '../../../../electron/shared/features/voicemail';

const message: VoicemailMessageView = {
  key: '1',
  folder: 'INBOX',
  unheard: true,
  callerName: 'Sabine Weiß',
  nameSource: 'phonebook',
  callerNumber: '01721234567',
  receivedAtMs: Date.UTC(2026, 10, 29, 9, 30),
  durationSeconds: 75,
};

describe('words the core writes about voicemail', () => {
  test('the notification names the caller, then number and length, in the UI language', () => {
    expect(arrivalNotification(message, voicemailTextsEn)).toEqual({
      title: 'New voicemail from Sabine Weiß',
      body: '01721234567 · 1:15',
    });
    expect(arrivalNotification(message, voicemailTextsDe).title).toBe('Neue Sprachnachricht von Sabine Weiß');
  });

  test('without a name the number is the caller; without either it says so', () => {
    expect(arrivalNotification({ ...message, callerName: null }, voicemailTextsEn)).toEqual({
      title: 'New voicemail from 01721234567',
      body: '1:15',
    });
    expect(
      arrivalNotification({ ...message, callerName: null, callerNumber: null }, voicemailTextsDe).title,
    ).toBe('Neue Sprachnachricht von unbekannt');
  });

  test('a forwarded message gets a subject and a plain-text body', () => {
    const mail = forwardMail(message, voicemailTextsEn, 'en');
    expect(mail.subject).toBe('Voicemail from Sabine Weiß');
    expect(mail.body).toMatch(/^Voicemail from Sabine Weiß \(01721234567\), received .+2026.+, 1:15 long\./);
  });
});
