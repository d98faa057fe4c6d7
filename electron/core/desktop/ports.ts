/**
 * What the desktop basics need from the host. Electron's main implements them
 * (electron/main/desktop/); the preview and most tests pass none, and the feature says so in
 * `available`. Each is a small port so the decisions stay here and are tested with fakes.
 */

/** Login items on Windows and macOS, an XDG autostart entry on Linux. */
export interface AutostartPort {
  /** The OS starts the app at login now. */
  isEnabled(): Promise<boolean>;
  /** Starts the app at login, hidden to the tray (`--hidden`), or stops doing so. */
  setEnabled(enabled: boolean): Promise<void>;
}

export type UpdaterEvent =
  | { kind: 'checking' }
  | { kind: 'available'; version: string }
  | { kind: 'not-available' }
  | { kind: 'downloaded'; version: string }
  | { kind: 'error'; message: string };

/**
 * electron-updater with a generic provider. It downloads a newer version on its own and installs
 * it when the app quits; the core decides when to check and what to tell the user.
 */
export interface UpdaterPort {
  /** Checks the feed; a newer version downloads and is set to install when the app quits. */
  check(feedUrl: string): Promise<void>;
  /** Updates were switched off: nothing installs on quit any more. */
  disable(): void;
  onEvent(listener: (event: UpdaterEvent) => void): () => void;
}

export interface SupportLogPort {
  /** The recent log lines, oldest first (main keeps a bounded ring of them). */
  lines(): readonly string[];
  /** Asks the user where to save (a save dialog); null when they cancelled. */
  chooseFile(suggestedName: string): Promise<string | null>;
  write(path: string, content: string): Promise<void>;
}

export interface DesktopBasicsPorts {
  autostart: AutostartPort | null;
  updater: UpdaterPort | null;
  supportLog: SupportLogPort | null;
}
