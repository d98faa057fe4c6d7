/**
 * The app against a hostile PBX (the demo PBX's hostile mode: every category of bad record and
 * bad answer from issue 17, planted among the good ones) beside a normal one, each for five
 * minutes of fake time with a normal call every 40 s. The app must ask no harder than normally,
 * stay online, open every popup, keep every other feature working, and log the bad records
 * instead of showing errors.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import type { CommandResult, CompanionState } from '../../electron/shared/contract';
import { createTranslator } from '../../renderer/src/lib/i18n';
import { originFor } from '../harness/command-origin';
import { runSession, type SessionRunResult } from '../harness/session-run';

const run = { durationMs: 5 * 60_000, callEveryMs: 40_000, stepMs: 500 };
let normal: SessionRunResult;
let hostile: SessionRunResult;

beforeAll(async () => {
  normal = await runSession({ ...run, hostile: false });
  hostile = await runSession({ ...run, hostile: true });
}, 120_000);

afterAll(async () => {
  for (const result of [normal, hostile]) {
    await result?.driver.companion.dispose();
    await result?.pbx.close();
  }
});

const state = (result: SessionRunResult): CompanionState => result.driver.companion.state;

/** Every string anywhere in the state tree. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) strings(item, out);
  return out;
}

describe('against a hostile PBX', () => {
  test('it asks the PBX no harder than in a normal session (within 1.5x), and never hits the ceiling', () => {
    console.info(
      `requests/s normal ${normal.meanPerSecond.toFixed(2)} (max 10 s ${normal.maxPer10Seconds.toFixed(1)}), ` +
        `hostile ${hostile.meanPerSecond.toFixed(2)} (max 10 s ${hostile.maxPer10Seconds.toFixed(1)})`,
    );
    expect(normal.meanPerSecond).toBeGreaterThan(0.5);
    expect(hostile.meanPerSecond).toBeLessThanOrEqual(normal.meanPerSecond * 1.5);
    expect(hostile.maxPer10Seconds).toBeLessThanOrEqual(normal.maxPer10Seconds * 1.5);
    expect(hostile.ceilingHits).toBe(0);
  });

  test('the connection stays online the whole time', () => {
    expect(hostile.statuses).toEqual(['connecting', 'online']);
    expect(hostile.offlineMs).toBe(0);
    expect(state(hostile).connection.failure).toBeNull();
  });

  test('every normal call opens its popup', () => {
    expect(hostile.callsRung).toBeGreaterThanOrEqual(7);
    expect(hostile.popupsMissed).toBe(0);
    expect(normal.popupsMissed).toBe(0);
  });

  test("queues, phonebook, voicemail and today's calls keep working, without the bad records", async () => {
    const current = state(hostile);
    expect(current.queues.status).toBe('ready');
    expect(current.queues.queues.map((queue) => queue.name).sort()).toEqual(
      state(normal)
        .queues.queues.map((queue) => queue.name)
        .sort(),
    );
    expect(current.calls.phonebook.status).toBe('ready');
    // The good contacts, plus the hostile ones whose only fault was in a field (fax: false).
    expect(current.calls.phonebook.contacts).toBeGreaterThanOrEqual(state(normal).calls.phonebook.contacts);
    expect(current.voicemail.status).toBe('ready');
    expect(current.calls.recent.length).toBeGreaterThan(0);
    const search = (await dispatchCommand(
      hostile.driver.companion,
      'dial/search',
      { query: 'Müller' },
      { window: 'panel' },
    )) as CommandResult<'dial/search'>;
    expect(search.ok && search.value.length).toBeGreaterThan(0);
  });

  test('bad records are logged (once each, with their ids), not shown as errors', () => {
    const lines = hostile.driver.logLines;
    const logged = (record: string, id: string) =>
      lines.filter((line) => line.includes(`"record":"${record}"`) && line.includes(`"id":"${id}"`)).length;
    expect(logged('queue', '..')).toBe(1);
    expect(logged('phonebook entry', '990101')).toBe(1); // fax: false, entry kept
    expect(logged('live call', '900001')).toBe(1); // srcName object, leg kept
    expect(logged('call record', '990001')).toBe(1); // srcName object in today's history
    expect(logged('user state', 'tsander')).toBe(1); // 003use_bez object
    expect(logged('voicemail message', 'msg9002')).toBe(1); // duration -5
    expect(hostile.recordsDropped).toBeGreaterThanOrEqual(5);
    expect(normal.recordsDropped + normal.fieldsIgnored).toBe(0);
    expect(state(hostile).notices.filter((notice) => notice.level === 'error')).toEqual([]);
    expect(state(hostile).voicemail.failure).toBeNull();
  });

  test('what reaches the windows is well-formed, free of bidi overrides, and of a sane size', () => {
    const all = strings(state(hostile));
    expect(all.every((text) => text.isWellFormed())).toBe(true);
    expect(all.filter((text) => /[\u202A-\u202E\u2066-\u2069]/.test(text))).toEqual([]);
    expect(Math.max(...all.map((text) => text.length))).toBeLessThanOrEqual(2000);
    // The 200 kB caller name does not travel with every state push.
    expect(JSON.stringify(state(hostile)).length).toBeLessThan(JSON.stringify(state(normal)).length + 50_000);
  });

  test('a voicemail with the id ".." sends nothing and says so truthfully (not "the PBX rejected")', async () => {
    const before = hostile.pbx.requests.length;
    const result = await dispatchCommand(
      hostile.driver.companion,
      'voicemail/audio',
      { key: '..' },
      { window: 'panel' },
    );
    expect(result).toEqual({ ok: false, error: { kind: 'bad-request', detail: 'unsafe-path-segment' } });
    expect(hostile.pbx.requests.slice(before)).toEqual([]);
    if (result.ok) return;
    expect(createTranslator('en').errorText(result.error)).toMatch(/^Nothing was sent to the PBX/);
    expect(createTranslator('de').errorText(result.error)).toMatch(
      /^Es wurde nichts an die Telefonanlage gesendet/,
    );
  });

  test('a ringing call named with 200 kB, a bidi override and a lone surrogate: a sane popup and a working CRM link', async () => {
    const { driver, pbx } = hostile;
    const run = <K extends Parameters<typeof dispatchCommand>[1]>(name: K, input: unknown) =>
      dispatchCommand(driver.companion, name, input, originFor(name, input));
    expect(
      await run('calls/update-settings', { crmUrlTemplate: 'https://crm.example.com/search?name={name}' }),
    ).toMatchObject({ ok: true });
    const fromName = `\uD800 Invoice\u202Eexe.pdf ${'Ä'.repeat(200_000)}`;
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930777123', fromName, to: 'tsander' });
    for (let waited = 0; waited < 5000 && !driver.windows.open.has(String(phonecallId)); waited += 250)
      await driver.wait(250);
    const call = state(hostile).calls.live.find((candidate) => candidate.phonecallId === phonecallId);
    expect(call?.remoteName?.length).toBeLessThanOrEqual(200);
    expect(call?.remoteName?.isWellFormed()).toBe(true);
    const crm = await run('calls/open-crm', { callId: call?.id ?? '' });
    expect(crm).toMatchObject({
      ok: true,
      value: { url: expect.stringMatching(/^https:\/\/crm\.example\.com\/search\?name=/) },
    });
    pbx.sim.hangup(phonecallId);
  });
});
