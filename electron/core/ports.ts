/**
 * Everything the core needs from the outside world, passed in as constructor options. The core
 * imports nothing from `electron`: Electron's main process, the preview host and the tests each
 * pass their own implementations (real HTTP fetch, fake clocks, in-memory stores).
 */
import type { SecretStoreKind } from '../shared/contract';

/** `fetch` as both undici (Node) and Electron's `net.fetch` implement it. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

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
  setPopupCorner?(corner: 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left'): void;
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
  lastRefused(host: string): import('../shared/contract').CertificateView | null;
}
