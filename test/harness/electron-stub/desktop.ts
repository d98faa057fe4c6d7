/**
 * The rest of the desktop: one 1920x1080 display with a 40 px taskbar at the bottom, a shell that
 * records what it was asked to open, and inert stand-ins for notifications, shortcuts, power
 * events, safeStorage (no encryption, as on a Linux box without a keyring) and the clipboard.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { record, stubRoot } from './recorder';

const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
};

class FakeScreen extends EventEmitter {
  getPrimaryDisplay() {
    return display;
  }
  getAllDisplays() {
    return [display];
  }
  getDisplayNearestPoint() {
    return display;
  }
  getDisplayMatching() {
    return display;
  }
  getCursorScreenPoint() {
    return { x: 960, y: 540 };
  }
}
export const screen = new FakeScreen();

export const shell = {
  openExternal(url: string): Promise<void> {
    record.openedExternally.push(url);
    return Promise.resolve();
  },
  openPath(): Promise<string> {
    return Promise.resolve('');
  },
};

export class FakeNotification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }
  readonly options: { title?: string; body?: string };
  constructor(options: { title?: string; body?: string } = {}) {
    super();
    this.options = options;
  }
  show(): void {
    record.notifications.push({ title: this.options.title ?? '', body: this.options.body ?? '' });
  }
  close(): void {}
}

const shortcuts = new Set<string>();
export const globalShortcut = {
  register(accelerator: string): boolean {
    shortcuts.add(accelerator);
    return true;
  },
  unregister(accelerator: string): void {
    shortcuts.delete(accelerator);
  },
  unregisterAll(): void {
    shortcuts.clear();
  },
  isRegistered(accelerator: string): boolean {
    return shortcuts.has(accelerator);
  },
};

class FakePowerMonitor extends EventEmitter {
  getSystemIdleTime(): number {
    return 0;
  }
  getSystemIdleState(): string {
    return 'active';
  }
}
export const powerMonitor = new FakePowerMonitor();

export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  setUsePlainTextEncryption: () => {},
  encryptString: (): Buffer => {
    throw new Error('Encryption is not available.');
  },
  decryptString: (): string => {
    throw new Error('Decryption is not available.');
  },
};

class FakeNativeTheme extends EventEmitter {
  shouldUseDarkColors = false;
  themeSource = 'system';
}
export const nativeTheme = new FakeNativeTheme();

let clipboardText = '';
export const clipboard = {
  readText: (type?: string) => (type === 'selection' ? '' : clipboardText),
  writeText: (text: string) => {
    clipboardText = text;
  },
};

export const dialog = {
  showMessageBox: () => Promise.resolve({ response: 0, checkboxChecked: false }),
  /** The user picks `<stub root>/saved/<suggested name>`; the test reads the file there. */
  showSaveDialog: (options: { defaultPath?: string }) => {
    mkdirSync(join(stubRoot(), 'saved'), { recursive: true });
    return Promise.resolve({
      canceled: false,
      filePath: join(stubRoot(), 'saved', basename(options.defaultPath ?? 'saved.txt')),
    });
  },
  showErrorBox: () => {},
};
