/**
 * The contract of one feature, global hotkeys: which shortcut runs which action, whether the
 * desktop took it, suspending them from the tray (issue: dial). Listed in ../feature-list.ts; its
 * slice is `state.hotkeys`. An action runs another feature's command (`dial/number`,
 * `calls/answer`, `control/hang-up`, `queues/toggle-pause`).
 */
import { z } from 'zod';
import { accessRules } from '../command-access';
import type { FeatureContract } from '../feature-contract';

/** What the global hotkeys do. */
export const hotkeyActions = [
  'dial-selection',
  'answer',
  'hang-up',
  'toggle-pause',
  'show-panel',
  'cycle-profile',
] as const;
export type HotkeyAction = (typeof hotkeyActions)[number];

/**
 * `active`: registered; `unverified`: registered on Wayland, where a registration proves nothing
 * until the shortcut fires once; `off`: no shortcut set; `suspended`: paused from the tray;
 * `invalid`: not a shortcut Electron understands (or one without a modifier); `conflict`: another
 * action already uses it; `unavailable`: the desktop refused it (taken by another app, or not
 * supported); `unsupported`: no global shortcuts here at all (the browser preview).
 */
export type HotkeyStatus =
  | 'active'
  | 'unverified'
  | 'off'
  | 'suspended'
  | 'invalid'
  | 'conflict'
  | 'unavailable'
  | 'unsupported';

export interface HotkeyBindingView {
  action: HotkeyAction;
  /** Electron accelerator syntax (`CommandOrControl+Alt+Shift+D`); null when switched off. */
  accelerator: string | null;
  defaultAccelerator: string | null;
  status: HotkeyStatus;
  /** For `conflict`: the action that has this shortcut. */
  conflictWith: HotkeyAction | null;
}

export interface HotkeysView {
  /** Global shortcuts exist here (not in the browser preview). */
  available: boolean;
  suspended: boolean;
  /** A Wayland session: shortcuts go through the desktop portal and may need confirming there. */
  wayland: boolean;
  bindings: HotkeyBindingView[];
}

/** The hotkeys feature's commands; schemas are built on first use (see ../feature-contract.ts). */
function hotkeysCommands() {
  /** Electron accelerator text; checked properly by the registry (it says why one is refused). */
  const accelerator = z.string().trim().min(1).max(100);
  return {
    /** Set one hotkey; null switches it off. */
    'hotkeys/set': z.object({ action: z.enum(hotkeyActions), accelerator: accelerator.nullable() }).strict(),
    /** Back to the platform's default (one action, or all). */
    'hotkeys/reset': z.object({ action: z.enum(hotkeyActions).optional() }).strict(),
    'hotkeys/suspend': z.object({ suspended: z.boolean() }).strict(),
  } as const;
}

export interface HotkeysCommandResults {
  'hotkeys/set': HotkeysView;
  'hotkeys/reset': HotkeysView;
  'hotkeys/suspend': HotkeysView;
}

/** Shortcuts are set in the settings window (the tray's "Suspend" runs as the host itself). */
const hotkeysAccess = accessRules(hotkeysCommands, {
  'hotkeys/set': { windows: ['settings'] },
  'hotkeys/reset': { windows: ['settings'] },
  'hotkeys/suspend': { windows: ['settings'] },
});

export const hotkeysContract = {
  name: 'hotkeys',
  commands: hotkeysCommands,
  events: [],
  access: hotkeysAccess,
  types: {} as { results: HotkeysCommandResults; slice: HotkeysView; events: Record<never, never> },
} as const satisfies FeatureContract;
