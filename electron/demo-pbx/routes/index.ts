import type { Route } from '../http/router';
import { cdrRoutes } from './cdr';
import { deviceActionRoutes } from './device-actions';
import { extensionRoutes } from './extension';
import { identityRoutes } from './identity';
import { phonebookRoutes } from './phonebook';
import { queueRoutes } from './queue';
import { redirectRoutes } from './redirect';
import { assetRoutes, voicemailRoutes } from './voicemail';

/** Routes below `/<instance>/services/`. */
export const serviceRoutes: readonly Route[] = [
  ...identityRoutes,
  ...deviceActionRoutes,
  ...cdrRoutes,
  ...phonebookRoutes,
  ...queueRoutes,
  ...voicemailRoutes,
  ...extensionRoutes,
  ...redirectRoutes,
];

/** Routes below `/<instance>/asset/`. */
export { assetRoutes };
