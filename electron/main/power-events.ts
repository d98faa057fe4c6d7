/**
 * Sleep, wake and screen lock reach the core, which cancels in-flight requests on suspend and
 * polls at once on resume (issue 4); the queue issue's auto-pause listens to the lock events.
 */
import type { PowerMonitor } from 'electron';
import type { IdleSource } from '../core/ports';

export interface PowerEventTarget {
  power(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen'): void;
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
