/** The team board's slice of the state tree at start: nobody known until the session reads the roles. */
import type { TeamView } from '../../shared/features/team';
import { type TeamSettings, teamSettingsView } from './settings';

export function initialTeamView(settings: TeamSettings): TeamView {
  return {
    status: 'offline',
    scope: { roles: [], reason: null },
    members: [],
    lines: 'paused',
    presenceReadAtMs: null,
    settings: teamSettingsView(settings),
  };
}
