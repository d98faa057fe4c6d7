/**
 * Today's calls are shown in the panel only. With the panel hidden their every-five-minutes read
 * is left out (the read at connect and the reads after the agent's own calls stay); the panel
 * coming on screen reads at once what was left out; a host that says nothing keeps the cadence.
 */
import { describe, expect, test } from 'vitest';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('recent-calls-panel-test');

const historyReads = () =>
  session.requestsSinceMark().filter((r) => r.method === 'GET' && /^\/services\/cdr\/?$/.test(r.path));

describe("today's calls follow the panel", () => {
  test('hidden: no periodic history reads; shown: one read (two requests) at once, then the cadence', async () => {
    const { fixture } = await session.start();
    fixture.companion.panelVisibility(false);
    await fixture.pump(10_000, 500);
    session.mark();
    await fixture.pump(16 * 60_000, 2000);
    expect(historyReads()).toHaveLength(0);

    session.mark();
    fixture.companion.panelVisibility(true);
    await fixture.pump(1000, 250);
    expect(historyReads()).toHaveLength(2);
    session.mark();
    await fixture.pump(5 * 60_000 + 5000, 2000);
    expect(historyReads()).toHaveLength(2);
  });

  test('shown again without anything left out: no extra read', async () => {
    const { fixture } = await session.start();
    fixture.companion.panelVisibility(false);
    await fixture.pump(10_000, 500);
    session.mark();
    fixture.companion.panelVisibility(true);
    await fixture.pump(1000, 250);
    expect(historyReads()).toHaveLength(0);
  });

  test('a host that says nothing about the panel: every five minutes, as before', async () => {
    const { fixture } = await session.start();
    await fixture.pump(10_000, 500);
    session.mark();
    await fixture.pump(15 * 60_000 + 5000, 2000);
    expect(historyReads()).toHaveLength(6);
  });
});
