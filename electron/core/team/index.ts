/**
 * The team board, as a feature: colleagues' line state and presence, scoped by the agent's
 * `xmpp.group` roles and favourites, with call, transfer and favourites in the panel and the tray
 * (create.ts assembles it; team-sync.ts is what it reads from the PBX and when).
 */
import type { teamContract } from '../../shared/features/team';
import { defineFeature } from '../feature';
import { createTeam } from './create';
import { type TeamSettings, teamSettings, teamSettingsView } from './settings';
import { initialTeamView } from './state';
import { teamTextsDe } from './texts.de';
import { type TeamTexts, teamTextsEn } from './texts.en';
import { teamTray } from './tray';

export const teamFeature = defineFeature<typeof teamContract, TeamSettings, TeamTexts>({
  name: 'team',
  settings: teamSettings,
  initialState: initialTeamView,
  settingsView: teamSettingsView,
  texts: { en: teamTextsEn, de: teamTextsDe },
  tray: teamTray,
  create: createTeam,
});
