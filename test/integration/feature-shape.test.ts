/**
 * A feature joins the app through its lists and nothing else: the test-only memo feature
 * (test/harness/sample-feature) is added to the contract's list and the core's list exactly as a
 * real one is (`[...featureContracts, memoContract]`, `[...coreFeatures, memoFeature]`), and then
 * has everything a feature has: its slice, its settings with defaults and a migration step, its
 * schema-checked command and its event, its session loop started and stopped with the
 * connection, its tray part and texts in both languages, and the host's power events.
 */
import { describe, expect, test } from 'vitest';
import { coreFeatures } from '../../electron/core/feature-list';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import { trayView } from '../../electron/core/tray/tray-view';
import { composeContract } from '../../electron/shared/contract';
import { featureContracts } from '../../electron/shared/feature-list';
import { useDemoSession } from '../harness/demo-session';
import { memoContract } from '../harness/sample-feature/contract';
import { memoFeature, memoOf } from '../harness/sample-feature/index';
import type { MemoTexts } from '../harness/sample-feature/texts.en';

const features = [...coreFeatures, memoFeature];
const contract = composeContract([...featureContracts, memoContract]);
const session = useDemoSession('memo-2026', {
  fixture: { features, commandInputs: contract.commandInputs, commandAccess: contract.commandAccess },
  waitFor: 'nothing',
});

describe('a feature added through the two lists', () => {
  test('has its slice and settings: defaults stated once, an older document migrated by its own step', async () => {
    const settingsFile = new MemorySettingsFile({ version: 2, memoText: 'Back at two', language: 'de' });
    const { fixture } = await session.start({ connect: false, fixture: { settingsFile } });
    expect(memoOf(fixture.companion.state)).toEqual({
      text: 'Back at two',
      ticks: 0,
      lastPowerEvent: null,
      settings: { text: 'Back at two' },
    });
    // The document is at the composed list's version, the memo in its own section, the rest intact.
    expect(settingsFile.document).toMatchObject({
      version: 3,
      language: 'de',
      memo: { text: 'Back at two' },
    });
    expect(settingsFile.document).not.toHaveProperty('memoText');
  });

  test('its command is checked against its schema at the one place, runs its handler and sends its event', async () => {
    const { fixture } = await session.start({ connect: false });
    const changes: unknown[] = [];
    fixture.companion.on('memo/changed' as never, (payload) => changes.push(payload));
    expect(await session.run('memo/set' as never, { text: 42 } as never)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'text' },
    });
    const saved = await session.run('memo/set' as never, { text: '  Lunch until 13:30 ' } as never);
    expect(saved).toMatchObject({ ok: true, value: { text: 'Lunch until 13:30' } });
    expect(changes).toEqual([{ text: 'Lunch until 13:30' }]);
    // The settings view in its slice follows the document, kept by the core.
    expect(memoOf(fixture.companion.state).settings).toEqual({ text: 'Lunch until 13:30' });
    expect(fixture.settingsFile.read()).toMatchObject({ document: { memo: { text: 'Lunch until 13:30' } } });
    expect(contract.eventNames).toContain('memo/changed');
  });

  test('its session loop runs while connected and stops with the connection', async () => {
    const { fixture } = await session.start();
    await fixture.until(() => memoOf(fixture.companion.state).ticks >= 3);
    await session.run('connection/disconnect', {}, 'settings');
    const stoppedAt = memoOf(fixture.companion.state).ticks;
    await fixture.pump(10_000, 500);
    expect(memoOf(fixture.companion.state).ticks).toBe(stoppedAt);
  });

  test('its tray part and texts show in both languages; power events reach it', async () => {
    const { fixture } = await session.start();
    await session.run('memo/set' as never, { text: 'Training' } as never);
    const { state } = fixture.companion;
    // The fixture's system locale is German.
    expect(trayView(state, features).menu).toContainEqual({
      type: 'info',
      label: 'Notiz: Training',
      id: 'memo/info-0',
    });
    expect(trayView(state, features).tooltip).toContain(' · Notiz: Training');
    const english = { ...state, app: { ...state.app, language: 'en' as const } };
    expect(trayView(english, features).menu).toContainEqual({
      type: 'info',
      label: 'Memo: Training',
      id: 'memo/info-0',
    });
    // Without the feature in the list, the tray does not know it.
    expect(JSON.stringify(trayView(state).menu)).not.toContain('Training');
    fixture.companion.power('lock-screen');
    expect(memoOf(fixture.companion.state).lastPowerEvent).toBe('lock-screen');
  });

  test('its German words are checked against its English ones by the compiler', () => {
    // @ts-expect-error a German text table without one of the English keys does not compile
    const incomplete: MemoTexts = { memo: (text: string) => `Notiz: ${text}` };
    expect(incomplete.memo('x')).toBe('Notiz: x');
    expect(memoFeature.texts.de.noMemo).toBe('Keine Notiz');
  });

  test('a list that offers one command twice is refused', () => {
    expect(() => composeContract([...featureContracts, memoContract, memoContract])).toThrow(
      'command memo/set is offered twice',
    );
  });
});
