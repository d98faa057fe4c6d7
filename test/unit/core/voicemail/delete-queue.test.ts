import { describe, expect, test } from 'vitest';
import { DeleteQueue } from '../../../../electron/core/voicemail/delete-queue';
import { FakeClock } from '../../../harness/fake-clock';

function queue() {
  const clock = new FakeClock();
  const sent: string[] = [];
  const changes: number[] = [];
  const deletes = new DeleteQueue({
    clock,
    undoMs: 5000,
    send: (key) => sent.push(key),
    onChange: (pending) => changes.push(pending.length),
  });
  return { clock, sent, changes, deletes };
}

describe('deleting with undo', () => {
  test('nothing is sent during the undo time; the delete goes out when it is over', async () => {
    const { clock, sent, deletes } = queue();
    const sendAtMs = deletes.schedule('m1');
    expect(sendAtMs).toBe(clock.now() + 5000);
    expect(deletes.pending).toEqual([{ key: 'm1', sendAtMs }]);
    await clock.advance(4999);
    expect(sent).toEqual([]);
    await clock.advance(1);
    expect(sent).toEqual(['m1']);
    expect(deletes.pending).toEqual([]);
  });

  test('undo in time sends nothing, ever', async () => {
    const { clock, sent, deletes } = queue();
    deletes.schedule('m1');
    await clock.advance(3000);
    expect(deletes.undo('m1')).toBe(true);
    await clock.advance(60_000);
    expect(sent).toEqual([]);
    expect(deletes.undo('m1')).toBe(false);
  });

  test('deleting twice keeps the first deadline; several deletes run independently', async () => {
    const { clock, sent, deletes } = queue();
    const first = deletes.schedule('m1');
    await clock.advance(2000);
    expect(deletes.schedule('m1')).toBe(first);
    deletes.schedule('m2');
    await clock.advance(3000);
    expect(sent).toEqual(['m1']);
    await clock.advance(2000);
    expect(sent).toEqual(['m1', 'm2']);
  });

  test('the session ending drops waiting deletes without sending them', async () => {
    const { clock, sent, deletes, changes } = queue();
    deletes.schedule('m1');
    deletes.schedule('m2');
    expect(deletes.cancelAll()).toEqual(['m1', 'm2']);
    await clock.advance(10_000);
    expect(sent).toEqual([]);
    expect(changes.at(-1)).toBe(0);
  });
});
