/**
 * The contract of one feature, queue agent controls: pause, login, queue figures (issue: queues).
 * Composed into electron/shared/contract.ts: add this feature's commands, results, state slice
 * and events here, not there.
 */
export const queuesCommandInputs = {} as const;

export type QueuesCommandResults = Record<never, never>;

/** The feature's part of the state tree. */
export type QueuesStateSlice = Record<never, never>;

export type QueuesEvents = Record<never, never>;
export const queuesEventNames = [] as const;
