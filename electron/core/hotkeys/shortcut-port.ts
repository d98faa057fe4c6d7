/**
 * What the hotkey registry and "dial the selection" need from the desktop. Electron's
 * `globalShortcut` and `clipboard` implement it in main (electron/main/hotkeys.ts); tests pass a
 * fake; the browser preview passes nothing (no global shortcuts there).
 */
export interface GlobalShortcutPort {
  /** False when the desktop refused it (taken by another app, not supported). May throw on bad syntax. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
  isRegistered(accelerator: string): boolean;
}

export interface DesktopPorts {
  shortcuts: GlobalShortcutPort | null;
  /** The text to dial: the primary selection on Linux, else (or when it is empty) the clipboard. */
  readSelection(): string;
  /**
   * A Wayland session: shortcuts go through the desktop's GlobalShortcuts portal, where `register()`
   * answers true before (or without) the desktop agreeing, so it proves nothing by itself.
   */
  wayland: boolean;
}
