/** The queues' slice of the state tree at start (the rows come with the first read). */
import type { QueuesView } from '../../shared/features/queues';
import { queueSettingsView } from './queue-settings';
import { emptyQueuesView } from './queue-view';
import type { QueuesSettings } from './settings';

export function initialQueuesView(settings: QueuesSettings): QueuesView {
  return emptyQueuesView(queueSettingsView(settings));
}
