/** The state tree before anything happened: the app's part and each listed feature's slice. */
import type { CompanionState } from '../../shared/contract';
import { initialCoreState } from '../app/app-state';
import type { AnyFeature, AppStart } from '../feature';

export function initialCompanionState(
  features: readonly Pick<AnyFeature, 'name' | 'initialState'>[],
  settings: object,
  start: AppStart,
): CompanionState {
  const sections = settings as Record<string, unknown>;
  return {
    ...initialCoreState(start),
    ...Object.fromEntries(
      features.map((feature) => [feature.name, feature.initialState(sections[feature.name], start)]),
    ),
  } as CompanionState;
}
