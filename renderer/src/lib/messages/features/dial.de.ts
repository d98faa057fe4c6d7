import type { dialEn } from './dial.en';

/** German UI text of the dial feature (composed into ../de.ts); typed against the English keys. */
export const dialDe: Record<keyof typeof dialEn, string> = {};
