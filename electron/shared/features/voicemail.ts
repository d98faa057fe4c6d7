/**
 * The contract of one feature, voicemail: mailbox, playback, handling (issue: voicemail).
 * Composed into electron/shared/contract.ts: add this feature's commands, results, state slice
 * and events here, not there.
 */
export const voicemailCommandInputs = {} as const;

export type VoicemailCommandResults = Record<never, never>;

/** The feature's part of the state tree. */
export type VoicemailStateSlice = Record<never, never>;

export type VoicemailEvents = Record<never, never>;
export const voicemailEventNames = [] as const;
