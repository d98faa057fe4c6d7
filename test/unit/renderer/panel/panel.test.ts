// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { createTranslator } from '../../../../renderer/src/lib/i18n';
import Panel from '../../../../renderer/src/panel/Panel.svelte';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import { panelTabs } from '../../../../renderer/src/panel/panel-parts';
import { part } from '../../../../renderer/src/shared/page-part';
import type { MemoView } from '../../../harness/sample-feature/contract';
import { memoOf } from '../../../harness/sample-feature/index';
import MemoTab from '../../../harness/sample-feature/MemoTab.svelte';
import { installCompanion, makeCall, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

describe('panel', () => {
  test('shows the connection in words, the agent and an empty call list', async () => {
    installCompanion(makeState());
    render(PanelPage);

    // Online, the header line shows who the agent is; the connection's words are the icon's name.
    await screen.findByTestId('connection-status');
    expect(screen.getByRole('img', { name: 'Online' })).toBeTruthy();
    expect(screen.getByTestId('agent-name').textContent).toBe('Anna Schmidt');
    expect(screen.getByTestId('agent-extension').textContent).toContain('201');
    expect(screen.getByTestId('calls-empty').textContent).toContain('No active calls');
    expect(screen.getByRole('tab', { name: 'Calls' }).getAttribute('aria-selected')).toBe('true');
  });

  test('lists calls with number, name, queue, phase and a running timer', async () => {
    const now = Date.now();
    const calls = [
      makeCall({ id: '1', queueName: 'Support', startedAtMs: now - 3_000 }),
      makeCall({
        id: '2',
        remoteName: null,
        remoteNumber: '08912345',
        direction: 'outbound',
        phase: 'connected',
        startedAtMs: now - 200_000,
        answeredAtMs: now - 65_000,
      }),
    ];
    installCompanion(makeState({ calls: { live: calls } }));
    render(PanelPage);

    const rows = await screen.findAllByTestId('call');
    expect(rows).toHaveLength(2);
    const [queueCall, outboundCall] = rows as [HTMLElement, HTMLElement];
    expect(within(queueCall).getByTestId('call-name').textContent).toBe('Max Mustermann');
    expect(within(queueCall).getByTestId('call-number').textContent).toBe('+49891234567');
    expect(within(queueCall).getByTestId('call-queue').textContent).toContain('via Support');
    expect(within(queueCall).getByTestId('call-phase').textContent).toBe('Ringing');
    // Without a name the number stands in its place; an answered call times from the answer.
    expect(within(outboundCall).getByTestId('call-name').textContent).toBe('08912345');
    expect(within(outboundCall).getByTestId('call-phase').textContent).toBe('Connected');
    expect(within(outboundCall).getByRole('time').textContent).toMatch(/1:0[56]/);
  });

  test('follows the states the core pushes', async () => {
    const companion = installCompanion(makeState());
    render(PanelPage);
    await screen.findByTestId('calls-empty');

    companion.push(makeState({ calls: { live: [makeCall({ remoteName: 'Erika Musterfrau' })] } }));

    expect((await screen.findByTestId('call-name')).textContent).toBe('Erika Musterfrau');
    expect(screen.queryByTestId('calls-empty')).toBeNull();
  });

  test('offline shows when the next retry runs', async () => {
    const base = makeState();
    installCompanion(
      makeState({ connection: { ...base.connection, status: 'offline', nextRetryAtMs: Date.now() + 7_500 } }),
    );
    render(PanelPage);

    expect((await screen.findByTestId('connection-status')).textContent).toMatch(
      /Offline, retrying in [78] s/,
    );
  });

  test.each([
    ['auth-failed', 'Enter new password', 'The PBX refused the credentials'],
    ['cert-untrusted', 'Review certificate', 'The server certificate is not trusted'],
  ] as const)('%s offers a button that opens the settings', async (status, buttonName, words) => {
    const base = makeState();
    const companion = installCompanion(makeState({ connection: { ...base.connection, status } }));
    render(PanelPage);

    expect((await screen.findByTestId('connection-status')).textContent).toContain(words);
    await fireEvent.click(screen.getByRole('button', { name: buttonName }));
    expect(companion.sent('window/open-settings')).toEqual([{}]);
  });

  test('the Settings button opens the settings window', async () => {
    const companion = installCompanion(makeState());
    render(PanelPage);

    await fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(companion.sent('window/open-settings')).toEqual([{}]);
  });

  test('switches to German with the language the core resolved, and applies the theme', async () => {
    const companion = installCompanion(makeState());
    render(PanelPage);
    await screen.findByRole('tab', { name: 'Calls' });

    const english = makeState();
    companion.push({
      ...english,
      app: { ...english.app, language: 'de' },
      settings: { ...english.settings, language: 'de', theme: 'dark' },
    });

    expect(await screen.findByRole('tab', { name: 'Anrufe' })).toBeTruthy();
    expect(screen.getByTestId('calls-empty').textContent).toBe('Gerade keine aktiven Anrufe.');
    expect(screen.getByRole('button', { name: 'Einstellungen' })).toBeTruthy();
    expect(screen.getByTestId('agent-extension').textContent).toBe('Durchwahl 201');
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('notices are worded from their key and dismissed through the core', async () => {
    const companion = installCompanion(
      makeState({
        notices: [
          {
            id: 'n1',
            level: 'warning',
            key: 'notice.settingsReset',
            params: { file: 'config.json.corrupt-1' },
          },
          { id: 'n2', level: 'info', key: 'notice.fromTheFuture' },
        ],
      }),
    );
    render(PanelPage);

    const notices = await screen.findAllByTestId('notice');
    // A warning stays until dismissed; news is a toast, and the core is told it was shown.
    expect(notices[0]?.textContent).toContain('set aside as config.json.corrupt-1');
    expect(notices[1]?.textContent).toContain('Something needs your attention');
    expect(notices[1]?.dataset.kind).toBe('status');
    expect(companion.sent('notice/dismiss')).toEqual([{ id: 'n2' }]);
    await fireEvent.click(within(notices[0] as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(companion.sent('notice/dismiss')).toEqual([{ id: 'n2' }, { id: 'n1' }]);
  });

  test('stops following the core when the page goes away', async () => {
    const companion = installCompanion(makeState());
    const { unmount } = render(PanelPage);
    await screen.findByTestId('connection-status');
    expect(companion.listenerCount('state')).toBe(1);

    unmount();
    expect(companion.listenerCount('state')).toBe(0);
  });

  test('without window.companion it shows a plain message instead of crashing', async () => {
    removeCompanion();
    render(PanelPage);

    await waitFor(() => expect(screen.getByRole('heading').textContent).toContain('not reachable'));
    expect(screen.queryByTestId('connection-status')).toBeNull();
  });

  test("a feature's tab joins the panel with one entry in its list", async () => {
    installCompanion(makeState());
    const memo: MemoView = { text: 'Back at two', ticks: 0, lastPowerEvent: null, settings: { text: '' } };
    const snapshot = { ...makeState(), memo } as ReturnType<typeof makeState>;
    const memoTab = {
      id: 'memo',
      label: () => 'Memo',
      ...part(MemoTab, (state) => ({ memo: memoOf(state) })),
    };
    render(Panel, { snapshot, i18n: createTranslator('en'), tabs: [...panelTabs, memoTab] });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent?.trim())).toEqual([
      'Calls',
      'Queues',
      'Voicemail',
      'Team',
      'Status',
      'Memo',
    ]);
    await fireEvent.click(screen.getByRole('tab', { name: 'Memo' }));
    expect((await screen.findByTestId('memo')).textContent).toBe('Back at two');
    expect(screen.getByRole('tabpanel').id).toBe('tabpanel-memo');
  });
});
