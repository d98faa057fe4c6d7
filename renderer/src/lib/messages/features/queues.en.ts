/** English UI text of the queues feature (composed into ../en.ts). */
export const queuesEn = {} as const;
