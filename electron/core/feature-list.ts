/**
 * The features the core composes, in order: their slices, settings sections and texts, their
 * handlers, their session parts (started in this order when the connection goes online), their
 * tray parts (the first feature that asks for an icon wins; menu blocks follow this order). A new
 * feature adds its module here and its contract fragment to shared/feature-list.ts.
 */
import type { FeatureName } from '../shared/contract';
import { availabilityFeature } from './availability/index';
import { callsFeature } from './calls/index';
import { connectionFeature } from './connection/index';
import { desktopFeature } from './desktop/index';
import { dialFeature } from './dial/index';
import { hotkeysFeature } from './hotkeys/index';
import { queuesFeature } from './queues/index';
import { teamFeature } from './team/index';
import { voicemailFeature } from './voicemail/index';

export const coreFeatures = [
  connectionFeature,
  callsFeature,
  dialFeature,
  hotkeysFeature,
  voicemailFeature,
  // Before the queues: an active forward's tray icon wins over the pause's.
  availabilityFeature,
  queuesFeature,
  teamFeature,
  desktopFeature,
] as const;

// The lists match: every feature of the contract has its module here and every module its fragment.
// Each module handles every command of its fragment (FeatureHandlers), so no command goes unhandled.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const listsMatch: Exact<(typeof coreFeatures)[number]['name'], FeatureName> = true;
void listsMatch;
