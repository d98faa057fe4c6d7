import type { callsEn } from './calls.en';

/** German UI text of the calls feature (composed into ../de.ts); typed against the English keys. */
export const callsDe: Record<keyof typeof callsEn, string> = {};
