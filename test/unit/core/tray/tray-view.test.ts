import { describe, expect, it } from 'vitest';
import { trayIconState, trayView } from '../../../../electron/core/tray/tray-view';
import type { CallView, CompanionState, ConnectionStatus } from '../../../../electron/shared/contract';
import type { Language } from '../../../../electron/shared/vocabulary';
import { makeState } from '../../renderer/fake-companion';

function state(
  status: ConnectionStatus,
  options: { language?: Language; calls?: CallView[]; unreadVoicemails?: number } = {},
): CompanionState {
  const base = makeState();
  return makeState({
    app: { ...base.app, language: options.language ?? 'en' },
    connection: {
      status,
      agent:
        status === 'online'
          ? { username: 'tsander', displayName: 'Tina Sander', extension: '221', mailbox: '221' }
          : null,
    },
    calls: { presence: null, live: options.calls ?? [] },
    voicemail: {
      status: status === 'online' ? 'ready' : 'off',
      mailbox: status === 'online' ? '221' : null,
      unread: options.unreadVoicemails ?? 0,
    },
  });
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
