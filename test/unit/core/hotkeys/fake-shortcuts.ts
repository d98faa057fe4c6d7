/**
 * Electron's `globalShortcut` as the registry sees it (GlobalShortcutPort), with a desktop around
 * it: shortcuts other apps hold, a Wayland portal that answers true and delivers nothing until the
 * user agrees, and a way to press a registered shortcut.
 */
import type { GlobalShortcutPort } from '../../../../electron/core/ports';

export class FakeShortcuts implements GlobalShortcutPort {
  readonly registered = new Map<string, () => void>();
  /** Accelerators another app holds: register() answers false. */
  readonly takenByOthers = new Set<string>();
  /** Wayland: register() answers true but isRegistered() false (the portal refused later). */
  readonly portalRefuses = new Set<string>();
  readonly calls: string[] = [];

  register(accelerator: string, callback: () => void): boolean {
    this.calls.push(`register ${accelerator}`);
    if (!/^[A-Za-z]+(\+[A-Za-z0-9]+)+$|^F\d+$/.test(accelerator))
      throw new Error('Failed to parse accelerator');
    if (this.takenByOthers.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }

  unregister(accelerator: string): void {
    this.calls.push(`unregister ${accelerator}`);
    this.registered.delete(accelerator);
  }

  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator) && !this.portalRefuses.has(accelerator);
  }

  /** The user presses the shortcut; false when nothing of ours is bound to it. */
  press(accelerator: string): boolean {
    const callback = this.registered.get(accelerator);
    callback?.();
    return callback !== undefined;
  }
}
