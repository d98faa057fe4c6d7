import { describe, expect, it } from 'vitest';
import { emptyCallsState } from '../../../electron/core/calls/calls-state';
import { emptyQueuesView } from '../../../electron/core/queues/queue-view';
import { trayIconState, trayView } from '../../../electron/main/tray-model';
import type { CallView, CompanionState, ConnectionStatus } from '../../../electron/shared/contract';
import { initialDialView } from '../../../electron/shared/features/dial';

function state(
  status: ConnectionStatus,
  options: { language?: 'en' | 'de'; calls?: CallView[]; unreadVoicemails?: number } = {},
): CompanionState {
  return {
    app: { version: '0.1.0', platform: 'linux', preview: false, language: options.language ?? 'en' },
    connection: {
      status,
      serverAddress: 'https://pbx.example.com/demo',
      demo: false,
      sinceMs: 0,
      nextRetryAtMs: null,
      failure: null,
      certificate: null,
    },
    agent:
      status === 'online'
        ? { username: 'tsander', displayName: 'Tina Sander', extension: '221', mailbox: '221' }
        : null,
    presence: null,
    calls: options.calls ?? [],
    popups: [],
    settings: {
      language: 'system',
      theme: 'system',
      serverAddress: null,
      authKind: 'password',
      apiUser: null,
      username: null,
      presencePollIntervalMs: 1000,
    },
    secret: { stored: false, store: 'none', storeReason: null },
    notices: [],
    dial: initialDialView(),
    ...emptyCallsState(),
    queues: emptyQueuesView(),
    voicemail: {
      status: status === 'online' ? 'ready' : 'off',
      mailbox: status === 'online' ? '221' : null,
      unread: options.unreadVoicemails ?? 0,
      total: 0,
      revision: 0,
      pendingDeletes: [],
      forwardSupported: true,
      watchIntervalMs: 30_000,
      checkedAtMs: null,
      failure: null,
      reveal: null,
    },
  };
}

function call(phase: CallView['phase']): CallView {
  return {
    id: '4711',
    phonecallId: 4711,
    direction: 'inbound',
    phase,
    remoteNumber: '+49891234567',
    remoteName: 'Anna Huber',
    remoteInternal: false,
    queueName: null,
    startedAtMs: 0,
    answeredAtMs: null,
    route: 'direct',
    remoteDisplayNumber: '089 1234567',
    remoteE164: '+49891234567',
    contacts: [],
    previousCalls: null,
  };
}

const actions = (view: ReturnType<typeof trayView>) =>
  view.menu.flatMap((entry) => (entry.type === 'action' ? [`${entry.action}:${entry.label}`] : []));

describe('the tray', () => {
  it('shows offline until connected, then ringing, in a call or idle', () => {
    expect(trayIconState(state('connecting'))).toBe('offline');
    expect(trayIconState(state('auth-failed', { calls: [call('ringing')] }))).toBe('offline');
    expect(trayIconState(state('online'))).toBe('idle');
    expect(trayIconState(state('online', { calls: [call('connected'), call('ringing')] }))).toBe('ringing');
    expect(trayIconState(state('online', { calls: [call('held')] }))).toBe('in-call');
  });

  it('names the status and the agent in the tooltip', () => {
    expect(trayView(state('online')).tooltip).toBe('pascom Companion: Online · Tina Sander (221)');
    expect(trayView(state('online', { calls: [call('ringing')] })).tooltip).toBe(
      'pascom Companion: Online · Tina Sander (221) · 1 call',
    );
    expect(trayView(state('offline', { language: 'de' })).tooltip).toBe('pascom Companion: Offline');
  });

  it('always offers the panel, settings and quit; a retry only when offline', () => {
    expect(actions(trayView(state('online')))).toEqual([
      'show-panel:Show panel',
      'open-settings:Settings…',
      'quit:Quit pascom Companion',
    ]);
    expect(actions(trayView(state('offline')))).toEqual([
      'show-panel:Show panel',
      'retry:Retry now',
      'open-settings:Settings…',
      'quit:Quit pascom Companion',
    ]);
  });

  it('leads to the settings window when the connection needs the user', () => {
    expect(actions(trayView(state('setup')))).toContain('open-settings:Connect…');
    expect(actions(trayView(state('cert-untrusted')))).toContain('open-settings:Check connection settings…');
    expect(actions(trayView(state('auth-failed', { language: 'de' })))).toEqual([
      'show-panel:Panel anzeigen',
      'open-settings:Verbindungseinstellungen prüfen…',
      'quit:pascom Companion beenden',
    ]);
  });
});
