import { describe, expect, test } from 'vitest';
import { prepareQuit, QUIT_BUDGET_MS } from '../../../../electron/core/app/before-quit';
import { createLogger } from '../../../../electron/core/log';
import { FakeClock } from '../../../harness/fake-clock';

function rig() {
  const clock = new FakeClock();
  const lines: string[] = [];
  const log = createLogger({ sink: (line) => lines.push(line) });
  const messages = () => lines.map((line) => JSON.parse(line) as { message: string; outcome?: string });
  return { clock, log, messages };
}

describe('the last word before quitting', () => {
  test('waits for every quit step and logs that they finished', async () => {
    const { clock, log, messages } = rig();
    const done: string[] = [];
    const outcome = await prepareQuit(
      [
        { name: 'a', beforeQuit: async () => void done.push('a') },
        { name: 'b', beforeQuit: async () => void done.push('b') },
      ],
      'app-quit',
      clock,
      log,
    );
    expect(outcome).toBe('done');
    expect(done).toEqual(['a', 'b']);
    expect(messages()).toEqual([
      expect.objectContaining({ message: 'quit steps finished', outcome: 'done' }),
    ]);
  });

  test(`gives up after ${QUIT_BUDGET_MS} ms and says so: the app quits anyway`, async () => {
    const { clock, log, messages } = rig();
    const hanging = prepareQuit(
      [{ name: 'slow', beforeQuit: () => new Promise(() => {}) }],
      'session-end',
      clock,
      log,
    );
    await clock.advance(QUIT_BUDGET_MS - 1);
    let settled = false;
    void hanging.then(() => {
      settled = true;
    });
    await clock.advance(0);
    expect(settled).toBe(false);
    await clock.advance(1);
    expect(await hanging).toBe('timed-out');
    expect(messages()).toEqual([
      expect.objectContaining({ message: 'quit steps did not finish in time; quitting anyway' }),
    ]);
  });

  test('a failing step does not stop the others, and is logged', async () => {
    const { clock, log, messages } = rig();
    const outcome = await prepareQuit(
      [
        { name: 'broken', beforeQuit: () => Promise.reject(new Error('boom')) },
        { name: 'fine', beforeQuit: async () => {} },
      ],
      'app-quit',
      clock,
      log,
    );
    expect(outcome).toBe('failed');
    expect(messages().map((line) => line.message)).toEqual(['a quit step failed', 'quit steps finished']);
  });

  test('nothing to do: no timer, no log line', async () => {
    const { clock, log, messages } = rig();
    expect(await prepareQuit([], 'app-quit', clock, log)).toBe('nothing');
    expect(clock.pendingTimers).toBe(0);
    expect(messages()).toEqual([]);
  });
});
