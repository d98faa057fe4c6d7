import type { voicemailEn } from './voicemail.en';

/** German UI text of the voicemail feature (composed into ../de.ts); typed against the English keys. */
export const voicemailDe: Record<keyof typeof voicemailEn, string> = {};
