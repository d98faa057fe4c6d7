// The demo PBX's own data model. Seeded once per start (and on reset); mutated by REST actions and
// by the simulator. The JSON the REST API returns is rendered from these in routes/ and sim/.

export interface DeviceSeed {
  id: number;
  /** 010dev_bez: the name used in paths, e.g. "pascom Softphone [Tina Sander]". */
  name: string;
  typeId: number;
  /** 066dev_bez, e.g. "Integrated Softphone". */
  typeName: string;
  capabilities: readonly string[];
  peerUsername: string;
}

export interface ProfileSeed {
  id: number;
  name: string;
  scope: 'user' | 'admin';
  tmstmp: string;
}

export interface UserSeed {
  id: number;
  name: string;
  displayName: string;
  extension: string;
  extId: number;
  accountId: number;
  locationId: number;
  mailbox: string;
  voicemailboxId: number;
  email: string;
  phonebookEntryId: number;
  avatarId: number;
  faxExtension: string | null;
  authRole: string | null;
  lastLogin: string;
  tmstmp: string;
  devices: DeviceSeed[];
  /** Device for outgoing calls; null when the user is not logged in to a pascom client. */
  defaultDevice: string | null;
  /** What the hint shows while the user has no call: a logged-out client shows Unavailable. */
  presence: 'Idle' | 'Unavailable';
  profiles: ProfileSeed[];
  activeProfileId: number | null;
  /** `003use_state` as the pascom client set it: USER_AVAILABLE, USER_AWAY, ...; null = never set. */
  presenceState: string | null;
  /** `003use_statusText`. */
  statusText: string | null;
  /** The mobile number on the user's own (011account) phonebook entry. */
  mobileNumber: string | null;
}

export interface PauseReason {
  name: string;
  code: string;
}

export interface QueueMembership {
  username: string;
  dynamic: boolean;
  loggedIn: boolean;
  paused: boolean;
  pauseReason: string;
  penalty: number;
}

export interface QueueSeed {
  id: number;
  qid: string;
  name: string;
  extension: string;
  extId: number;
  mailbox: string;
  voicemailboxId: number;
  tmstmp: string;
  pauseReasons: PauseReason[];
  members: QueueMembership[];
}

export interface PhonebookEntry {
  id: number;
  /** "028phonebook" for contacts, "011account" for the PBX's own users. */
  type: '028phonebook' | '011account';
  /** null for the global phonebook, the owner's user name for a private one. */
  owner: string | null;
  displayname: string;
  firstname: string | null;
  surname: string | null;
  phone: string | null;
  email: string | null;
  fax: string | null;
  mobile: string | null;
  homephone: string | null;
  organisation: string | null;
  notes: string | null;
  labelList: string[];
}

export type VoicemailBroken = 'truncated' | 'not-wav';

export interface VoicemailMessage {
  mailbox: string;
  folder: string;
  /** Per-folder file name, e.g. "msg0000"; Asterisk reuses the lowest free number. */
  id: string;
  /** Stable id across folders, e.g. "1612943003-00000000". */
  msgId: string;
  origTimeSeconds: number;
  durationSeconds: number;
  callerName: string;
  callerNumber: string;
  callerChannel: string;
  audioSeed: number;
  broken?: VoicemailBroken;
}

export interface RedirectEntry {
  source: string;
  target: string;
  old: string;
}

export interface RoleSeed {
  id: number;
  name: string;
  doc: string | null;
  /** "system" roles come with the PBX, "user" roles an admin made. */
  scope: 'system' | 'user';
  tmstmp: string;
  /** Role types: xmpp.group, pickup.group, location.group, ... */
  types: string[];
  /** Usernames, in the order the role lists them (may name users that no longer exist). */
  identities: string[];
  /** Location names of a location.group role (a field the reference does not show). */
  locations: string[];
  allUsers: boolean;
  allLocations: boolean;
}

/** A dynamic location (hot desk); at most one user is logged in at it. */
export interface LocationSeed {
  id: number;
  name: string;
  doc: string | null;
  tmstmp: string;
  /** Username of whoever is logged in there now. */
  occupant: string | null;
}

/** An extension switch (night service and the like). */
export interface SwitchSeed {
  id: number;
  name: string;
  extension: string;
  on: boolean;
}
