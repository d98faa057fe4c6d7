/**
 * The contract of the desktop basics (issue 15): starting at login hidden to the tray, updates from
 * a configurable feed, and exporting a support log with the secrets taken out. Listed in
 * ../feature-list.ts; its slice is `state.desktop`. What the host can do is in `available`: Electron's
 * main offers all three, the browser preview none (no login items, no updater, no log file there).
 */
import { z } from 'zod';
import { accessRules } from '../command-access';
import type { FeatureContract } from '../feature-contract';

/**
 * `off`: updates switched off, no feed, or no updater here; `idle`: on, not checked yet;
 * `checking`; `up-to-date`; `downloading` (a newer version was found); `ready` (downloaded, it
 * installs when the app quits); `failed` (the last check or download went wrong).
 */
export const updateStatuses = [
  'off',
  'idle',
  'checking',
  'up-to-date',
  'downloading',
  'ready',
  'failed',
] as const;
export type UpdateStatus = (typeof updateStatuses)[number];

export const supportLogOutcomes = ['saved', 'cancelled', 'failed', 'empty'] as const;
export type SupportLogOutcome = (typeof supportLogOutcomes)[number];

/** Longest update feed address the settings take. */
export const feedUrlMaxLength = 500;

export interface DesktopSettingsView {
  startAtLogin: boolean;
  updates: boolean;
  /** The generic provider's address (`https://…/` holding latest.yml, latest-linux.yml, latest-mac.yml). */
  updateFeedUrl: string | null;
  /** Phone numbers are taken out of an exported support log as well. */
  redactNumbers: boolean;
}

export interface DesktopView {
  autostart: {
    available: boolean;
    /** The OS will start the app at login (read back from the OS, not the setting). */
    active: boolean;
    /** Why the last change did not take (an OS error, shortened); null when it did. */
    problem: string | null;
  };
  updates: {
    available: boolean;
    status: UpdateStatus;
    /** The version found (downloading) or downloaded (ready). */
    version: string | null;
    checkedAtMs: number | null;
    problem: string | null;
  };
  supportLog: {
    available: boolean;
    last: { outcome: SupportLogOutcome; lines: number; redactions: number; atMs: number } | null;
  };
  settings: DesktopSettingsView;
}

/** An update feed: https only (the download is what the app runs next), no user info in it. */
export function feedUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not an address';
  }
  if (url.protocol !== 'https:') return 'needs https';
  if (url.username !== '' || url.password !== '') return 'no user name or password in the address';
  return null;
}

function desktopCommands() {
  const feedUrl = z
    .string()
    .trim()
    .min(1)
    .max(feedUrlMaxLength)
    .refine((value) => feedUrlProblem(value) === null, { message: 'an https address without user info' });
  return {
    'desktop/update-settings': z
      .object({
        startAtLogin: z.boolean().optional(),
        updates: z.boolean().optional(),
        updateFeedUrl: feedUrl.nullable().optional(),
        redactNumbers: z.boolean().optional(),
      })
      .strict(),
    'desktop/check-updates': z.object({}).strict(),
    'desktop/export-log': z.object({}).strict(),
  } as const;
}

export interface DesktopCommandResults {
  'desktop/update-settings': DesktopView;
  'desktop/check-updates': DesktopView;
  'desktop/export-log': { outcome: SupportLogOutcome; lines: number; redactions: number };
}

/** All three are settings of the app, run from the settings window. */
const desktopAccess = accessRules(desktopCommands, {
  'desktop/update-settings': { windows: ['settings'] },
  'desktop/check-updates': { windows: ['settings'] },
  'desktop/export-log': { windows: ['settings'] },
});

export const desktopContract = {
  name: 'desktop',
  commands: desktopCommands,
  events: [],
  access: desktopAccess,
  types: {} as { results: DesktopCommandResults; slice: DesktopView; events: Record<never, never> },
} as const satisfies FeatureContract;
