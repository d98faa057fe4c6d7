import { afterEach, expect, test, vi } from 'vitest';
import { forwardConnectivity, forwardPowerEvents } from '../../../electron/main/power-events';

afterEach(() => {
  vi.useRealTimers();
});

test('the network coming back or going away reaches the core once per change', () => {
  vi.useFakeTimers();
  let online = true;
  const events: string[] = [];
  const stop = forwardConnectivity(
    { isOnline: () => online },
    { power: (event) => events.push(event) },
    1000,
  );
  vi.advanceTimersByTime(5000);
  online = false;
  vi.advanceTimersByTime(5000);
  online = true;
  vi.advanceTimersByTime(1000);
  expect(events).toEqual(['offline', 'online']);
  stop();
  online = false;
  vi.advanceTimersByTime(5000);
  expect(events).toEqual(['offline', 'online']);
});

test('sleep, wake and screen lock are forwarded as they come', () => {
  const handlers = new Map<string, () => void>();
  const events: string[] = [];
  forwardPowerEvents(
    { on: ((name: string, handler: () => void) => handlers.set(name, handler)) as never },
    {
      power: (event) => events.push(event),
    },
  );
  for (const name of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) handlers.get(name)?.();
  expect(events).toEqual(['suspend', 'resume', 'lock-screen', 'unlock-screen']);
});
