/**
 * Sleep, wake and screen lock reach the core, which cancels in-flight requests on suspend and
 * polls at once on resume (issue 4); the queue issue's auto-pause listens to the lock events.
 */
import type { Net, PowerMonitor } from 'electron';
import type { IdleSource, PowerEvent } from '../core/ports';

export interface PowerEventTarget {
  power(event: PowerEvent): void;
}

export function forwardPowerEvents(powerMonitor: Pick<PowerMonitor, 'on'>, target: PowerEventTarget): void {
  powerMonitor.on('suspend', () => target.power('suspend'));
  powerMonitor.on('resume', () => target.power('resume'));
  powerMonitor.on('lock-screen', () => target.power('lock-screen'));
  powerMonitor.on('unlock-screen', () => target.power('unlock-screen'));
}

/** The system idle time for the queues' auto pause when idle (the core asks only while it is on). */
export function systemIdleSource(powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime'>): IdleSource {
  return { systemIdleSeconds: () => powerMonitor.getSystemIdleTime() };
}

/**
 * Electron's main process has no "network is back" event; `net.isOnline()` is a local check (no
 * traffic), so a slow timer turns its changes into `online`/`offline` for the core, which then
 * polls at once instead of waiting out a backoff computed while the cable was out.
 */
export function forwardConnectivity(
  net: Pick<Net, 'isOnline'>,
  target: PowerEventTarget,
  intervalMs = 3000,
): () => void {
  let online = net.isOnline();
  const timer = setInterval(() => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    target.power(now ? 'online' : 'offline');
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
