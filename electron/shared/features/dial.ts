/**
 * The contract of one feature, click-to-dial, call control, hotkeys and tel: links (issue: dial).
 * Composed into electron/shared/contract.ts: add this feature's commands, results, state slice
 * and events here, not there.
 */
export const dialCommandInputs = {} as const;

export type DialCommandResults = Record<never, never>;

/** The feature's part of the state tree. */
export type DialStateSlice = Record<never, never>;

export type DialEvents = Record<never, never>;
export const dialEventNames = [] as const;
