/** The connection's slice of the state tree at start, and the view of its settings the UI sees. */
import type { ConnectionSettingsView, ConnectionView } from '../../shared/features/connection';
import type { AppStart } from '../feature';
import type { ConnectionSettings } from './settings';

/** What the connect form shows of the stored connection (pins stay in the core). */
export function connectionSettingsView(settings: ConnectionSettings): ConnectionSettingsView {
  return {
    serverAddress: settings.serverAddress,
    authKind: settings.authKind,
    apiUser: settings.apiUser,
    username: settings.username,
    plainHttpAllowed: settings.plainHttpAllowed,
  };
}

export function initialConnectionView(settings: ConnectionSettings, start: AppStart): ConnectionView {
  const configured = settings.serverAddress !== null && settings.username !== null;
  return {
    status: configured || settings.demo ? 'connecting' : 'setup',
    serverAddress: settings.serverAddress,
    demo: settings.demo,
    sinceMs: start.nowMs,
    nextRetryAtMs: null,
    failure: null,
    certificate: null,
    agent: null,
    secret: { stored: false, store: 'none', storeReason: null },
    settings: connectionSettingsView(settings),
  };
}
