import { z } from 'zod';
import {
  int,
  isPlainObject,
  listOf,
  namedMap,
  optionalFlag,
  optionalInt,
  optionalText,
  record,
  text,
} from '../normalize';
import { type PbxPresence, presenceOf } from './presence';

/** A pascom user (`/identity/<username>`), in the app's words. */
export interface PbxUser {
  id: number;
  /** Login name, `003use_name`: the "pascom username" the app acts for. */
  username: string;
  displayName: string;
  extension: string | null;
  /** Voicemail box (`016voi_mailbox`); the single-user sample omits it, so it may be null. */
  mailbox: string | null;
  /** Voicemail e-mail address (`016voi_email`). */
  email: string | null;
  enabled: boolean;
  /** `003use_state` as sent: `USER_AVAILABLE`, `USER_AWAY`, `USER_BUSY`, `USER_UNKNOWN`, or null. */
  state: string | null;
  /** `state` in the app's words; null and words the reference does not list are `unknown`. */
  presence: PbxPresence;
  /** `003use_statusText`: what the user tells everyone ("Im Urlaub bis 12.5."). */
  statusText: string | null;
  /** Active profile (`017pro_id`); null when none is active. */
  activeProfileId: number | null;
  callerIdNumber: string | null;
  faxExtension: string | null;
  lastLogin: string | null;
  /**
   * The user's own phonebook entry (`028pho_id`; `/phonebook/<id>`). The reference's user record
   * has no mobile number: the entry's `mobile` is where the PBX keeps it.
   */
  phonebookEntryId: number | null;
}

export const userSchema = record(
  'user',
  z
    .object({
      '003use_id': int,
      '003use_name': text,
      '003use_bez': optionalText,
      '009ext_extension': optionalText,
      '016voi_mailbox': optionalText,
      '016voi_email': optionalText,
      '003use_enabled': optionalFlag,
      '003use_state': optionalText,
      '003use_statusText': optionalText,
      '017pro_id': optionalInt,
      '011acc_calleridnum': optionalText,
      faxextension: optionalText,
      '003use_lastlogin': optionalText,
      '028pho_id': optionalInt,
    })
    .transform(
      (raw): PbxUser => ({
        id: raw['003use_id'],
        username: raw['003use_name'],
        displayName: raw['003use_bez'] ?? raw['003use_name'],
        extension: raw['009ext_extension'],
        mailbox: raw['016voi_mailbox'],
        email: raw['016voi_email'],
        // A user without the field can log in: only an explicit false disables.
        enabled: raw['003use_enabled'] ?? true,
        state: raw['003use_state'],
        presence: presenceOf(raw['003use_state']),
        statusText: raw['003use_statusText'],
        activeProfileId: raw['017pro_id'],
        callerIdNumber: raw['011acc_calleridnum'],
        faxExtension: raw.faxextension,
        lastLogin: raw['003use_lastlogin'],
        phonebookEntryId: raw['028pho_id'],
      }),
    ),
);

export const userListSchema = listOf(userSchema, { label: 'user' });

/** The Asterisk hint state of a user (`/identity/states?keys=`). */
export interface PbxUserState {
  /** `Idle`, `Ringing`, `InUse`, `Busy`, `OnHold`, `Unavailable`, `InUse&Ringing`, ...; `Unknown` when empty. */
  state: string;
  displayName: string | null;
}

// A bare string per user (`{"tsander": "Idle"}`) is the state itself; an empty entry (`[]`, null)
// means the PBX knows no state for that user.
const stateEntrySchema = record(
  'user state',
  z.preprocess(
    (value) => (typeof value === 'string' ? { state: value } : isPlainObject(value) ? value : {}),
    z.object({ state: optionalText, '003use_bez': optionalText, '003use_name': optionalText }),
  ),
);

export const userStatesSchema = namedMap(stateEntrySchema, {
  label: 'user state',
  keysAreNames: true,
}).transform((entries) => {
  const states: Record<string, PbxUserState> = {};
  for (const { key, value } of entries) {
    const username = key ?? value['003use_name'];
    if (username === null) continue;
    states[username] = { state: value.state ?? 'Unknown', displayName: value['003use_bez'] };
  }
  return states;
});

export interface PbxProfile {
  id: number;
  /** Null where the PBX lists a bare id (the reference's sample shows one). */
  name: string | null;
  /** `user` or `admin`. */
  scope: string | null;
}

export const profileSchema = record(
  'profile',
  z
    .object({ '017pro_id': int, '017pro_bez': optionalText, '017pro_scope': optionalText })
    .transform(
      (raw): PbxProfile => ({ id: raw['017pro_id'], name: raw['017pro_bez'], scope: raw['017pro_scope'] }),
    ),
);

export const profileListSchema = listOf(profileSchema, { label: 'profile' });
