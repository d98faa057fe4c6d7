/**
 * Everything the core needs from the outside world, passed in as constructor options. The core
 * imports nothing from `electron`: Electron's main process, the preview host and the tests each
 * pass their own implementations (real HTTP fetch, fake clocks, in-memory stores).
 */
import type { CertificateView } from '../shared/contract';
import type { PopupCorner } from '../shared/features/calls';
import type { SecretStoreKind } from '../shared/vocabulary';
import type { DesktopBasicsPorts } from './desktop/ports';

/** `fetch` as Electron's `net.fetch`, Node's and undici's all implement it (stated in pbx/fetch-like.ts). */
import type { FetchLike } from './pbx/fetch-like';

export type { FetchLike };

/**
 * What the host tells the core about the machine: sleep and wake, screen lock, the network coming
 * and going. The connection polls at once after a wake; the queues pause on a locked screen.
 */
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'online' | 'offline';

/** Why the app quits: the agent (tray, menu, a signal) or the OS session ending (log off, shut down). */
export type QuitTrigger = 'app-quit' | 'session-end';

export type TimerHandle = { readonly __timer: unique symbol } | number | object;

export interface Clock {
  /** Wall-clock time in ms since the epoch. */
  now(): number;
  /** Monotonic ms, for measuring intervals (immune to wall-clock jumps). */
  monotonicMs(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonicMs: () => performance.now(),
  setTimeout: (callback, delayMs) => {
    const handle = setTimeout(callback, delayMs);
    // A pending poll must never keep a Node process (tests, preview host) alive on its own.
    if (typeof handle === 'object' && 'unref' in handle) handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/**
 * Structured, scoped logging. Fields are plain values only, so an object holding a secret cannot
 * be logged by accident; messages and fields never contain secrets or Authorization headers.
 */
export interface Logger {
  log(level: LogLevel, message: string, fields?: LogFields): void;
  child(scope: string): Logger;
}

export interface SecretStore {
  readonly kind: Exclude<SecretStoreKind, 'none'>;
  /** Why this store was chosen over a stronger one, e.g. `no-keychain`; null for the best. */
  readonly reason: string | null;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

/**
 * Opens and closes the app's windows. The core decides when (a call rings, a call ends); Electron
 * opens BrowserWindows, the preview host opens iframes on its desk page.
 */
export interface WindowManager {
  openPopup(callId: string): void;
  closePopup(callId: string): void;
  /**
   * `inactive`: shown without taking the keyboard from the app the agent works in (a request from a
   * link or another app); the default takes the focus (the agent asked for the panel).
   */
  showPanel(how?: 'focus' | 'inactive'): void;
  openSettings(): void;
  /**
   * Opens an https link in the user's browser (the popup's "Open in CRM"); false when refused.
   * Optional: a window manager without it (tests) makes the command answer `unavailable`.
   */
  openExternal?(url: string): boolean;
  /** Which corner of the work area caller popups stack from (settings). */
  setPopupCorner?(corner: PopupCorner): void;
}

export interface Notifier {
  /** `onClick`: the user clicked the notification (e.g. open the voicemail it announces). */
  notify(notification: { title: string; body: string; tag?: string; onClick?: () => void }): void;
}

/** How long the user has not touched keyboard or mouse (Electron: `powerMonitor.getSystemIdleTime()`). */
export interface IdleSource {
  systemIdleSeconds(): number;
}

/**
 * The settings document on disk (electron-store in Electron, its base package `conf` in Node).
 * It only reads and writes JSON; validation and migration are the core's (`settings/`).
 */
export interface SettingsFile {
  read(): { kind: 'missing' } | { kind: 'ok'; document: unknown } | { kind: 'unreadable'; detail: string };
  write(document: Record<string, unknown>): void;
  /** Renames the current file to `<name>.corrupt-<timestamp>` and returns the new base name. */
  setAside(timestampMs: number): string | null;
}

/**
 * Certificate pinning for onsite PBXs with self-signed certificates. Electron implements it with
 * `setCertificateVerifyProc` on the app's own session, Node with an undici Agent; both trust a
 * certificate only by the SHA-256 fingerprint the user confirmed, for that host.
 */
export interface TlsTrust {
  /** Replace the set of pinned certificates (called at start and whenever the user trusts one). */
  setPinned(pins: readonly { host: string; fingerprint256: string }[]): void;
  /** The certificate `host` presented when it was last refused, if any (for the trust dialog). */
  lastRefused(host: string): CertificateView | null;
}

/**
 * Global shortcuts, as Electron's `globalShortcut` offers them (electron/main/hotkeys.ts); tests
 * pass a fake; the browser preview passes nothing (no global shortcuts there).
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

/**
 * What a start of the app from outside asks for: `--dial <number>` (a desktop shortcut, a script),
 * `--toggle-pause`, or a `tel:`/`callto:`/`sip:` link a browser or mail client handed over. Main
 * reads it from the command line (single-instance.ts) and hands it to `Companion.handleLaunchRequest`.
 */
export type LaunchRequest =
  | { kind: 'dial'; number: string }
  | { kind: 'toggle-pause' }
  | { kind: 'link'; url: string };

/** What became of a launch request (for the log and the tests; the user sees the panel). */
export type LaunchOutcome =
  | { kind: 'shown' }
  | { kind: 'dialing'; destination: string }
  | { kind: 'pending'; pendingId: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'ran'; command: string };

/** Starts the built-in demo PBX in the host's process ("Try the demo PBX"). */
export interface DemoLauncher {
  start(): Promise<{ baseUrl: string; apiUser: string; apiPassword: string; agent: string }>;
  stop(): Promise<void>;
}

/** What the host hands the features besides the common ports; each feature takes what it needs. */
export interface HostPorts {
  platform: string;
  fetch: FetchLike;
  tls: TlsTrust | null;
  demo: DemoLauncher | null;
  /** The system idle time (Electron's powerMonitor), for the queues' auto pause when idle. */
  idle: IdleSource | null;
  /** Global shortcuts and the selection (Electron); absent in the preview and most tests. */
  desktop: DesktopPorts | null;
  /** The poll loops' backoff jitter; null: Math.random. Tests inject a seeded one. */
  random: (() => number) | null;
  /**
   * The secret store chosen at start, and how to choose again once the user's consent to weak
   * encryption changed (null where there is nothing else to choose: tests, the preview).
   */
  secrets: { store: SecretStore; choose: (() => Promise<SecretStore>) | null };
  /** Autostart, updates and the support log (Electron); absent in the preview and most tests. */
  basics?: DesktopBasicsPorts | null;
}
