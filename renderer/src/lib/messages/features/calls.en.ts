/** English UI text of the calls feature (composed into ../en.ts). */
export const callsEn = {} as const;
