/** English UI text of the dial feature (composed into ../en.ts). */
export const dialEn = {} as const;
