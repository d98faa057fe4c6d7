/**
 * The global hotkeys: which accelerator each action has, whether the desktop accepted it, and
 * keeping the registrations in step with the settings. It registers only what changed (a
 * registration another app could take in between is not given up for nothing), finds two actions
 * with the same shortcut before the desktop sees them, and can be suspended from the tray.
 *
 * On Wayland `register()` goes through the desktop's GlobalShortcuts portal and answers true
 * before the desktop agreed (or even when it never will), so a registration there counts as
 * `unverified` until the shortcut fires once.
 */
import {
  type HotkeyAction,
  type HotkeyBindingView,
  type HotkeyStatus,
  type HotkeysView,
  hotkeyActions,
} from '../../shared/features/hotkeys';
import type { GlobalShortcutPort, Logger } from '../ports';
import { checkAccelerator } from './accelerator';

export type HotkeyBindings = Record<HotkeyAction, string | null>;

export interface HotkeyRegistryOptions {
  /** Null where there are no global shortcuts (the browser preview). */
  port: GlobalShortcutPort | null;
  platform: string;
  wayland: boolean;
  defaults: HotkeyBindings;
  log: Logger;
  onTrigger(action: HotkeyAction): void;
  onChange(view: HotkeysView): void;
}

interface Outcome {
  status: HotkeyStatus;
  conflictWith: HotkeyAction | null;
}

export class HotkeyRegistry {
  readonly #options: HotkeyRegistryOptions;
  #bindings: HotkeyBindings;
  /** What this app holds right now: action -> normalized accelerator. */
  readonly #held = new Map<HotkeyAction, string>();
  readonly #outcomes = new Map<HotkeyAction, Outcome>();
  /** Wayland: accelerators that fired at least once, i.e. the desktop really delivers them. */
  readonly #confirmed = new Set<string>();
  #suspended = false;

  constructor(options: HotkeyRegistryOptions) {
    this.#options = options;
    this.#bindings = { ...options.defaults };
  }

  get suspended(): boolean {
    return this.#suspended;
  }

  /** Applies a new set of bindings (at start and after every settings change). */
  apply(bindings: HotkeyBindings): void {
    this.#bindings = { ...bindings };
    this.#sync();
  }

  setSuspended(suspended: boolean): void {
    if (suspended === this.#suspended) return;
    this.#suspended = suspended;
    this.#options.log.log('info', suspended ? 'hotkeys suspended' : 'hotkeys resumed');
    this.#sync();
  }

  view(): HotkeysView {
    const bindings: HotkeyBindingView[] = hotkeyActions.map((action) => {
      const outcome = this.#outcomes.get(action) ?? { status: 'off', conflictWith: null };
      return {
        action,
        accelerator: this.#bindings[action],
        defaultAccelerator: this.#options.defaults[action],
        status: outcome.status,
        conflictWith: outcome.conflictWith,
      };
    });
    return {
      available: this.#options.port !== null,
      suspended: this.#suspended,
      wayland: this.#options.wayland,
      bindings,
    };
  }

  /** Gives every shortcut back to the desktop (quit). */
  dispose(): void {
    for (const accelerator of this.#held.values()) this.#unregister(accelerator);
    this.#held.clear();
  }

  #sync(): void {
    const wanted = new Map<HotkeyAction, string>();
    const owners = new Map<string, HotkeyAction>();
    const checked = new Map<HotkeyAction, { normalized: string; identity: string }>();
    this.#outcomes.clear();
    for (const action of hotkeyActions) {
      const text = this.#bindings[action];
      const check = text === null ? null : checkAccelerator(text, this.#options.platform);
      if (check === null) this.#outcomes.set(action, { status: 'off', conflictWith: null });
      else if (!check.ok) this.#outcomes.set(action, { status: 'invalid', conflictWith: null });
      else checked.set(action, check);
    }
    // A shortcut stays with the action that has it: the one just given the same keys is the conflict.
    const keepsItsShortcut = (action: HotkeyAction) =>
      this.#held.get(action) === checked.get(action)?.normalized;
    const order = [...checked.keys()].sort(
      (a, b) => Number(keepsItsShortcut(b)) - Number(keepsItsShortcut(a)),
    );
    for (const action of order) {
      const check = checked.get(action);
      if (!check) continue;
      const owner = owners.get(check.identity);
      if (owner) {
        this.#outcomes.set(action, { status: 'conflict', conflictWith: owner });
        continue;
      }
      owners.set(check.identity, action);
      wanted.set(action, check.normalized);
    }
    const port = this.#options.port;
    // Let go first: a shortcut moved from one action to another must be free before it is taken again.
    for (const [action, accelerator] of [...this.#held]) {
      if (this.#suspended || port === null || wanted.get(action) !== accelerator) {
        this.#unregister(accelerator);
        this.#held.delete(action);
      }
    }
    for (const [action, accelerator] of wanted) {
      if (this.#suspended) this.#outcomes.set(action, { status: 'suspended', conflictWith: null });
      else if (port === null) this.#outcomes.set(action, { status: 'unsupported', conflictWith: null });
      else
        this.#outcomes.set(action, { status: this.#register(port, action, accelerator), conflictWith: null });
    }
    this.#options.onChange(this.view());
  }

  #register(port: GlobalShortcutPort, action: HotkeyAction, accelerator: string): HotkeyStatus {
    if (!this.#held.has(action)) {
      let accepted: boolean;
      try {
        accepted = port.register(accelerator, () => this.#fire(action, accelerator));
      } catch (error) {
        this.#options.log.log('warn', 'hotkey refused as invalid', { action, error: String(error) });
        return 'invalid';
      }
      if (!accepted) {
        this.#options.log.log('info', 'hotkey not available', { action, accelerator });
        return 'unavailable';
      }
      this.#held.set(action, accelerator);
    }
    if (!this.#options.wayland) return 'active';
    if (!port.isRegistered(accelerator)) {
      this.#unregister(accelerator);
      this.#held.delete(action);
      return 'unavailable';
    }
    return this.#confirmed.has(accelerator) ? 'active' : 'unverified';
  }

  #fire(action: HotkeyAction, accelerator: string): void {
    if (this.#options.wayland && !this.#confirmed.has(accelerator)) {
      this.#confirmed.add(accelerator);
      this.#outcomes.set(action, { status: 'active', conflictWith: null });
      this.#options.onChange(this.view());
    }
    this.#options.log.log('debug', 'hotkey', { action });
    this.#options.onTrigger(action);
  }

  #unregister(accelerator: string): void {
    try {
      this.#options.port?.unregister(accelerator);
    } catch (error) {
      this.#options.log.log('warn', 'hotkey could not be unregistered', { error: String(error) });
    }
  }
}
