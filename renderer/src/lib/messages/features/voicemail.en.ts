/** English UI text of the voicemail feature (composed into ../en.ts). */
export const voicemailEn = {} as const;
