/**
 * What a hostile PBX plants in the team board's and availability's answers (issues 13 and 14):
 * colleagues named with HTML, bidi overrides, emoji and 250 characters, null and unknown presence,
 * hint strings no Asterisk prints, a states answer missing a colleague, a role listing a user who
 * does not exist, and one record per list that cannot be read at all.
 */
import { RTL_OVERRIDE } from './records';

/** A colleague the PBX knows but leaves out of every `/identity/states` answer. */
export const MISSING_STATE_USER = 'jbaeumer';
/** A role member with no user behind it. */
export const GHOST_USER = 'ghost.user';
export const LONG_DISPLAY_NAME = 'Maximiliane-Theresa von Hohenzollern-Sigmaringen '.repeat(5).trim();

/** Planted users: username, display name, presence, status text, and their hint in the states. */
const PLANTED: readonly {
  name: string;
  displayName: string;
  presence: string | null;
  statusText: unknown;
  hint: unknown;
}[] = [
  {
    name: 'hostile.html',
    displayName: '<img src=x onerror=alert(1)><b>Hacker</b>',
    presence: null,
    statusText: '<script>alert("status")</script>',
    hint: 'Quantum&Superposition',
  },
  {
    name: 'hostile.rtl',
    displayName: `${RTL_OVERRIDE}redaeH\u200F مريم العلي`,
    presence: 'USER_DND',
    statusText: `Zahlung${RTL_OVERRIDE}exe.pdf`,
    hint: '',
  },
  {
    name: 'hostile.emoji',
    displayName: '🎧 Support-Profi 👩‍💻🇩🇪',
    presence: 'user_busy',
    statusText: { evil: true },
    hint: 'Ringing&Teleporting',
  },
  {
    name: 'hostile.long',
    displayName: LONG_DISPLAY_NAME,
    presence: null,
    statusText: 'x'.repeat(5000),
    hint: 42,
  },
];

export const PLANTED_USERNAMES: readonly string[] = PLANTED.map((user) => user.name);

/** `/identity/` rows of the planted users, and one whose id is an object. */
export function hostileUsers(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = PLANTED.map((user, index) => ({
    '003use_id': 990_201 + index,
    '003use_name': user.name,
    '003use_bez': user.displayName,
    '003use_enabled': true,
    '003use_state': user.presence,
    '003use_statusText': user.statusText,
    '009ext_extension': String(291 + index),
    '017pro_id': null,
  }));
  rows.push({ '003use_id': { evil: true }, '003use_name': 'hostile.noid', '003use_bez': 'No Id' });
  return rows;
}

/** `/identity/<name>` of a planted user (the list's row), so a single read finds them too; null for others. */
export function hostileUser(username: string): Record<string, unknown> | null {
  return hostileUsers().find((row) => row['003use_name'] === username) ?? null;
}

/** The states answer: planted users get their odd hints, MISSING_STATE_USER is left out. */
export function hostileStates(
  states: Record<string, unknown>,
  requested: readonly string[],
): Record<string, unknown> {
  const answer: Record<string, unknown> = { ...states };
  delete answer[MISSING_STATE_USER];
  for (const user of PLANTED)
    if (requested.includes(user.name))
      answer[user.name] = { state: user.hint, '003use_bez': user.displayName };
  return answer;
}

/** A team role of the agent also lists the planted users, a ghost, an object and `..`. */
export function hostileRoleMembers(identities: readonly unknown[]): unknown[] {
  return [...identities, ...PLANTED_USERNAMES, GHOST_USER, { evil: true }, '..'];
}

export function hostileLocations(): Record<string, unknown>[] {
  return [
    { '012loc_id': { evil: true }, '012loc_bez': 'No Id', '012loc_static': false },
    {
      '012loc_id': 991,
      '012loc_bez': `<b>Lounge</b>${RTL_OVERRIDE}1.OG`,
      '012loc_doc': null,
      '012loc_static': 'maybe',
      '003use_name': null,
    },
  ];
}

export function hostileSwitches(): Record<string, unknown>[] {
  return [
    { '038con_id': 99, '038con_bez': 'Wartung', '039swi_state': 'maybe', '009ext_extension': '599' },
    { '038con_id': 98, '038con_bez': 'Dot Dot', '039swi_state': true, '009ext_extension': '..' },
  ];
}
