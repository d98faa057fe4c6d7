/**
 * Roles, dynamic locations and extension switches of the demo PBX. Shaped after the reference's
 * samples: the role list `default`, `pickup_all`, `Recordings`; the location `HomeOffice` (id 21)
 * with Adrian Turitzo at it; the switch `AfterHours` on extension 503.
 */
import { DEMO_USER_COUNT } from './bulk-users';
import type { LocationSeed, RoleSeed, SwitchSeed, UserSeed } from './model';
import { DEMO_AGENT } from './users';

/** How many members the agent's main team has on a large PBX: the board of 50 of issue 13. */
export const LARGE_TEAM_SIZE = 50;

const TMSTMP = '2024-08-26 11:07:29.315775';

function role(
  id: number,
  name: string,
  types: string[],
  identities: string[],
  extra: Partial<RoleSeed> = {},
): RoleSeed {
  return {
    id,
    name,
    doc: null,
    scope: 'user',
    tmstmp: TMSTMP,
    types,
    identities,
    locations: [],
    allUsers: false,
    allLocations: false,
    ...extra,
  };
}

/**
 * The agent (tsander) sees the colleagues of two xmpp.group roles, "Team Zentrale" and "Vertrieb";
 * "Technik" is a team she is not in. On a large PBX "Team Zentrale" is filled up with generated
 * users to LARGE_TEAM_SIZE members.
 */
export function seedRoles(users: readonly UserSeed[]): RoleSeed[] {
  const team = ['tsander', 'agrassl', 'jgeissler', 'kschaefer', 'jbaeumer', 'ameyer'];
  const generated = users.slice(DEMO_USER_COUNT).map((user) => user.name);
  const fill = generated.slice(0, Math.max(0, LARGE_TEAM_SIZE - team.length));
  return [
    role(
      1,
      'default',
      [],
      users.map((user) => user.name),
      { scope: 'system', allUsers: true },
    ),
    role(2, 'Team Zentrale', ['xmpp.group'], [...team, ...fill]),
    role(3, 'Vertrieb', ['xmpp.group'], [DEMO_AGENT, 'aturitzo', 'soconnor', 'fkrueger']),
    role(4, 'Technik', ['xmpp.group'], ['agrassl', 'mweber', 'soconnor', 'hvoss', 'fkrueger']),
    role(5, 'pickup_zentrale', ['pickup.group'], [DEMO_AGENT, 'jgeissler', 'kschaefer', 'ameyer']),
    role(6, 'pickup_all', ['pickup.group'], ['agrassl', 'mweber', 'hvoss']),
    role(7, 'Hotdesk München', ['location.group'], [DEMO_AGENT, 'aturitzo', 'soconnor', 'jbaeumer'], {
      locations: ['HomeOffice', 'Empfang', 'Besprechung 2. OG'],
    }),
    role(8, 'Recordings', ['xmpp.supervisor'], ['agrassl']),
  ];
}

/** Dynamic locations; "Hotdesk Berlin" is in no location.group role of the agent. */
export function seedLocations(): LocationSeed[] {
  const location = (id: number, name: string, occupant: string | null, doc: string | null = null) => ({
    id,
    name,
    doc,
    tmstmp: '2024-01-22 09:53:43.336609',
    occupant,
  });
  return [
    location(21, 'HomeOffice', 'aturitzo'),
    location(22, 'Empfang', null, 'Telefon am Empfang, EG'),
    location(23, 'Besprechung 2. OG', null),
    location(24, 'Hotdesk Berlin', 'jbaeumer'),
  ];
}

export function seedSwitches(): SwitchSeed[] {
  return [
    { id: 41, name: 'Nachtschaltung', extension: '500', on: false },
    { id: 42, name: 'Mittagsschaltung', extension: '501', on: true },
    { id: 43, name: 'Feiertag', extension: '502', on: false },
    { id: 44, name: 'AfterHours', extension: '503', on: false },
  ];
}
