/**
 * The contract of one feature, incoming calls: caller lookup, popups, recent calls (issue: incoming calls).
 * Composed into electron/shared/contract.ts: add this feature's commands, results, state slice
 * and events here, not there.
 */
export const callsCommandInputs = {} as const;

export type CallsCommandResults = Record<never, never>;

/** The feature's part of the state tree. */
export type CallsStateSlice = Record<never, never>;

export type CallsEvents = Record<never, never>;
export const callsEventNames = [] as const;
