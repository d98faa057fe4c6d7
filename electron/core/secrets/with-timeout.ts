/**
 * Races a promise against the injected clock. Keychain calls can block on an unlock prompt that
 * nobody will ever answer (a locked gnome-keyring without a display), so no secret operation may
 * wait without a limit.
 */
import type { Clock } from '../ports';

export const timedOut: unique symbol = Symbol('timed out');

export function withTimeout<T>(
  work: Promise<T>,
  timeoutMs: number,
  clock: Clock,
): Promise<T | typeof timedOut> {
  // The losing promise may still reject later; that must not become an unhandled rejection.
  work.catch(() => undefined);
  return new Promise((resolve, reject) => {
    const timer = clock.setTimeout(() => resolve(timedOut), timeoutMs);
    work.then(
      (value) => {
        clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clock.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
