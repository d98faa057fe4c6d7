/** An availability slice as the core shows it once read: three profiles, two locations, two switches. */
import type { CompanionState } from '../../../../electron/shared/contract';
import type { AvailabilityView } from '../../../../electron/shared/features/availability';
import { makeState } from '../fake-companion';

export function readyAvailability(overrides: Partial<AvailabilityView> = {}): AvailabilityView {
  const ready = { status: 'ready', hiddenReason: null } as const;
  return {
    status: 'ready',
    profiles: {
      ...ready,
      list: [
        { id: 1, name: 'Im Büro', scope: 'user' },
        { id: 2, name: 'Homeoffice', scope: 'user' },
        { id: 3, name: 'Nachtdienst Zentrale', scope: 'admin' },
      ],
      activeId: 1,
      activeVanished: false,
      pendingId: null,
    },
    forward: {
      ...ready,
      target: null,
      display: null,
      targetName: null,
      toMobile: false,
      extension: '201',
      pending: null,
      quickTargets: [{ kind: 'mobile', number: '01605550221', display: '0160 5550221' }],
    },
    location: {
      ...ready,
      current: { id: 10, name: 'Empfang' },
      list: [
        { id: 10, name: 'Empfang', description: null, occupiedBy: null },
        { id: 11, name: 'Besprechungsraum Süd', description: null, occupiedBy: 'Käthe Groß' },
      ],
      scope: 'roles',
      pending: null,
    },
    switches: {
      ...ready,
      picked: [
        { extension: '*81', name: 'Nachtschaltung', on: false, vanished: false, pending: false },
        { extension: '*82', name: 'Feiertag', on: true, vanished: true, pending: false },
      ],
      available: [
        { extension: '*81', name: 'Nachtschaltung' },
        { extension: '*83', name: 'Mittagsansage' },
      ],
    },
    lastOutcome: null,
    lastAutomation: null,
    settings: {
      pickedSwitches: ['*81', '*82'],
      quitProfileId: null,
      startProfileId: null,
      lockProfileId: null,
    },
    ...overrides,
  };
}

export function availabilityState(overrides: Partial<AvailabilityView> = {}): CompanionState {
  return { ...makeState(), availability: readyAvailability(overrides) };
}
