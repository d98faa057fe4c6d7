/**
 * The few words main shows itself (tray menu and tooltip), in the UI languages. Everything inside
 * the windows goes through the renderer's i18n module; main cannot import renderer code.
 */
import type { ConnectionStatus } from '../shared/contract';

export type TrayLanguage = 'en' | 'de';

export interface TrayText {
  appName: string;
  showPanel: string;
  settings: string;
  connect: string;
  retryNow: string;
  fixConnection: string;
  quit: string;
  status: Record<ConnectionStatus, string>;
  calls: (count: number) => string;
  voicemails: (count: number) => string;
}

const en: TrayText = {
  appName: 'pascom Companion',
  showPanel: 'Show panel',
  settings: 'Settings…',
  connect: 'Connect…',
  retryNow: 'Retry now',
  fixConnection: 'Check connection settings…',
  quit: 'Quit pascom Companion',
  status: {
    setup: 'Not set up',
    connecting: 'Connecting…',
    online: 'Online',
    offline: 'Offline',
    'auth-failed': 'Sign-in refused',
    'cert-untrusted': 'Certificate not trusted',
  },
  calls: (count) => (count === 1 ? '1 call' : `${count} calls`),
  voicemails: (count) => (count === 1 ? '1 new voicemail' : `${count} new voicemails`),
};

const de: TrayText = {
  appName: 'pascom Companion',
  showPanel: 'Panel anzeigen',
  settings: 'Einstellungen…',
  connect: 'Verbinden…',
  retryNow: 'Jetzt erneut versuchen',
  fixConnection: 'Verbindungseinstellungen prüfen…',
  quit: 'pascom Companion beenden',
  status: {
    setup: 'Nicht eingerichtet',
    connecting: 'Verbinde…',
    online: 'Online',
    offline: 'Offline',
    'auth-failed': 'Anmeldung abgelehnt',
    'cert-untrusted': 'Zertifikat nicht vertrauenswürdig',
  },
  calls: (count) => (count === 1 ? '1 Gespräch' : `${count} Gespräche`),
  voicemails: (count) => (count === 1 ? '1 neue Sprachnachricht' : `${count} neue Sprachnachrichten`),
};

export const trayTexts: Record<TrayLanguage, TrayText> = { en, de };
