import type { queuesEn } from './queues.en';

/** German UI text of the queues feature (composed into ../de.ts); typed against the English keys. */
export const queuesDe: Record<keyof typeof queuesEn, string> = {};
