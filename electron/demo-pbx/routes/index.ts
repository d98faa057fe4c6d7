import type { Route } from '../http/router';
import { cdrRoutes } from './cdr';
import { conditionRoutes } from './condition';
import { deviceActionRoutes } from './device-actions';
import { extensionRoutes } from './extension';
import { identityRoutes } from './identity';
import { locationRoutes } from './location';
import { phonebookRoutes } from './phonebook';
import { queueRoutes } from './queue';
import { redirectRoutes } from './redirect';
import { roleRoutes } from './role';
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
  ...roleRoutes,
  ...locationRoutes,
  ...conditionRoutes,
];

/** Routes below `/<instance>/asset/`. */
export { assetRoutes };
