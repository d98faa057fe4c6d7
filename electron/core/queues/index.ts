/**
 * Queue agent controls, as a feature: pause and resume (with reasons), log in and out, the queue
 * figures, and the safety nets (create.ts assembles them).
 */
import type { queuesContract } from '../../shared/features/queues';
import { defineFeature } from '../feature';
import { createQueues } from './create';
import { queueSettingsView } from './queue-settings';
import { type QueuesSettings, queuesSettings } from './settings';
import { initialQueuesView } from './state';
import { queuesTextsDe } from './texts.de';
import { type QueuesTexts, queuesTextsEn } from './texts.en';
import { queuesTray } from './tray';

export const queuesFeature = defineFeature<typeof queuesContract, QueuesSettings, QueuesTexts>({
  name: 'queues',
  settings: queuesSettings,
  initialState: initialQueuesView,
  settingsView: queueSettingsView,
  texts: { en: queuesTextsEn, de: queuesTextsDe },
  tray: queuesTray,
  create: createQueues,
});
