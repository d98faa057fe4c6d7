/**
 * A tiny feature that exists only for the tests: the agent's memo (a line of text shown in the
 * tray and the panel). It is built exactly as a real feature is, to show what a feature touches:
 * this fragment is what `electron/shared/features/<name>.ts` would hold.
 */
import { z } from 'zod';
import { accessRules } from '../../../electron/shared/command-access';
import type { FeatureContract } from '../../../electron/shared/feature-contract';

export interface MemoView {
  text: string;
  /** How often its session loop ran while connected. */
  ticks: number;
  lastPowerEvent: string | null;
  settings: { text: string };
}

export interface MemoCommandResults {
  'memo/set': MemoView;
}

export interface MemoEvents {
  'memo/changed': { text: string };
}

const memoCommands = () => ({ 'memo/set': z.object({ text: z.string().trim().max(80) }).strict() });

export const memoContract = {
  name: 'memo',
  commands: memoCommands,
  events: ['memo/changed'],
  /** Each command names the windows that may run it (electron/shared/command-access.ts). */
  access: accessRules(memoCommands, { 'memo/set': { windows: ['panel'] } }),
  types: {} as { results: MemoCommandResults; slice: MemoView; events: MemoEvents },
} as const satisfies FeatureContract;
