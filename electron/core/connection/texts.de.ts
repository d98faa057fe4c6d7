import type { ConnectionTexts } from './texts.en';

/** What main and core say about the connection, in German. */
export const connectionTextsDe: ConnectionTexts = {
  status: {
    setup: 'Nicht eingerichtet',
    connecting: 'Verbinde…',
    online: 'Online',
    offline: 'Offline',
    'auth-failed': 'Anmeldung abgelehnt',
    'cert-untrusted': 'Zertifikat nicht vertrauenswürdig',
  },
  connect: 'Verbinden…',
  retryNow: 'Jetzt erneut versuchen',
  fixConnection: 'Verbindungseinstellungen prüfen…',
};
