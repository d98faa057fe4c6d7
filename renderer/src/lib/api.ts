/**
 * The renderer's only door to the core. In Electron the preload exposes `window.companion` over
 * IPC; in the browser preview the preview host injects one that talks over a WebSocket. Nothing
 * else in the renderer reads `window.companion`, so the pages never know which host they run in.
 */
import type {
  CommandInput,
  CommandName,
  CommandResult,
  CompanionApi,
  CompanionEvents,
  EventName,
  Unsubscribe,
} from '../../../electron/shared/contract';

type HostWindow = typeof globalThis & { companion?: CompanionApi };

/** `window.companion`, or null when the page was opened outside the app (then a plain message shows). */
export function getCompanion(): CompanionApi | null {
  const api = (globalThis as HostWindow).companion;
  return api && typeof api.invoke === 'function' && typeof api.on === 'function' ? api : null;
}

export function hasCompanion(): boolean {
  return getCompanion() !== null;
}

function isResult(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Sends one command. Never throws: a missing bridge, a rejected promise or a malformed answer all
 * become `{ ok: false, error: { kind: 'unavailable' } }`, which the UI words like any other error.
 */
export async function invoke<K extends CommandName>(
  name: K,
  input: CommandInput<K>,
): Promise<CommandResult<K>> {
  const api = getCompanion();
  if (!api) return { ok: false, error: { kind: 'unavailable' } };
  try {
    const result: unknown = await api.invoke(name, input);
    return isResult(result) ? (result as CommandResult<K>) : { ok: false, error: { kind: 'unavailable' } };
  } catch {
    return { ok: false, error: { kind: 'unavailable' } };
  }
}

/** Follows one event; without a bridge it follows nothing and the returned function does nothing. */
export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: CompanionEvents[E]) => void,
): Unsubscribe {
  const api = getCompanion();
  if (!api) return () => {};
  try {
    return api.on(event, listener);
  } catch {
    return () => {};
  }
}

export { currentWindowContext, readWindowContext, type WindowContext } from './window-context';
