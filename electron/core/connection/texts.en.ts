/** What main and core say about the connection (English; the shape every language follows). */
import type { ConnectionStatus } from '../../shared/vocabulary';

export const connectionTextsEn = {
  status: {
    setup: 'Not set up',
    connecting: 'Connecting…',
    online: 'Online',
    offline: 'Offline',
    'auth-failed': 'Sign-in refused',
    'cert-untrusted': 'Certificate not trusted',
  } satisfies Record<ConnectionStatus, string> as Record<ConnectionStatus, string>,
  connect: 'Connect…',
  retryNow: 'Retry now',
  fixConnection: 'Check connection settings…',
};

export type ConnectionTexts = typeof connectionTextsEn;
