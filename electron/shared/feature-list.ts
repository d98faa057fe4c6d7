/**
 * The contract's features, in the order the app composes them. A new feature adds its fragment
 * (`features/<name>.ts`) here and its module to electron/core/feature-list.ts; contract.ts builds
 * the command table, the events and the state tree from this list.
 */
import { availabilityContract } from './features/availability';
import { callsContract } from './features/calls';
import { connectionContract } from './features/connection';
import { desktopContract } from './features/desktop';
import { dialContract } from './features/dial';
import { hotkeysContract } from './features/hotkeys';
import { queuesContract } from './features/queues';
import { teamContract } from './features/team';
import { voicemailContract } from './features/voicemail';

export const featureContracts = [
  connectionContract,
  callsContract,
  dialContract,
  hotkeysContract,
  voicemailContract,
  availabilityContract,
  queuesContract,
  teamContract,
  desktopContract,
] as const;
