/** The availability slice before anything was read, and the view of its settings. */
import type {
  AvailabilitySettingsView,
  AvailabilityView,
  PartStatus,
} from '../../shared/features/availability';
import type { AvailabilitySettings } from './settings';

export function availabilitySettingsView(settings: AvailabilitySettings): AvailabilitySettingsView {
  const { memory: _memory, ...view } = settings;
  return { ...view, pickedSwitches: [...view.pickedSwitches] };
}

const loading: PartStatus = { status: 'loading', hiddenReason: null };

/** Everything unknown: offline, or a new session before its first read. */
export function emptyParts(): Omit<
  AvailabilityView,
  'status' | 'lastOutcome' | 'lastAutomation' | 'settings'
> {
  return {
    profiles: { ...loading, list: [], activeId: null, activeVanished: false, pendingId: null },
    forward: {
      ...loading,
      target: null,
      display: null,
      targetName: null,
      toMobile: false,
      extension: null,
      pending: null,
      quickTargets: [],
    },
    location: { ...loading, current: null, list: [], scope: 'all', pending: null },
    switches: { ...loading, picked: [], available: [] },
  };
}

export function initialAvailabilityView(settings: AvailabilitySettings): AvailabilityView {
  return {
    status: 'offline',
    ...emptyParts(),
    lastOutcome: null,
    lastAutomation: null,
    settings: availabilitySettingsView(settings),
  };
}
