/**
 * Sleep, wake and screen lock reach the core, which cancels in-flight requests on suspend and
 * polls at once on resume (issue 4); the queue issue's auto-pause listens to the lock events.
 */
import type { PowerMonitor } from 'electron';

export interface PowerEventTarget {
  power(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen'): void;
}

export function forwardPowerEvents(powerMonitor: Pick<PowerMonitor, 'on'>, target: PowerEventTarget): void {
  powerMonitor.on('suspend', () => target.power('suspend'));
  powerMonitor.on('resume', () => target.power('resume'));
  powerMonitor.on('lock-screen', () => target.power('lock-screen'));
  powerMonitor.on('unlock-screen', () => target.power('unlock-screen'));
}
