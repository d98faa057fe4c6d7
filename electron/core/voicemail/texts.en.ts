/**
 * What the core says about voicemail (English; the shape every language follows): the desktop
 * notification, the mail the PBX sends when a message is forwarded (it leaves the app, so the core
 * words it in the language the UI shows), and the tray's count.
 */
export const voicemailTextsEn = {
  unknown: 'an unknown caller',
  title: (who: string) => `New voicemail from ${who}`,
  subject: (who: string) => `Voicemail from ${who}`,
  mailBody: (who: string, number: string, when: string, length: string) =>
    `Voicemail from ${who}${number ? ` (${number})` : ''}${when ? `, received ${when}` : ''}, ${length} long.\n\nForwarded with pascom Companion.`,
  unheard: (count: number) => (count === 1 ? '1 new voicemail' : `${count} new voicemails`),
};

export type VoicemailTexts = typeof voicemailTextsEn;
