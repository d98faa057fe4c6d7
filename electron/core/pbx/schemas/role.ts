import { z } from 'zod';
import {
  flagOrFalse,
  isPlainObject,
  listOf,
  optionalInt,
  optionalText,
  pathName,
  record,
  text,
  textList,
} from '../normalize';

/**
 * A role (`/role/<name>`): who is in it and what it is for. The team board scopes colleagues by the
 * agent's `xmpp.group` roles, pickup by `pickup.group`, hot-desking by `location.group`.
 */
export interface PbxRole {
  id: number | null;
  /** `064rol_bez`: the name `/role/<name>` addresses. */
  name: string;
  description: string | null;
  /** `system` (built in, cannot be removed) or `user`. */
  scope: string | null;
  /** Role types, e.g. `xmpp.group`, `pickup.group`, `location.group`. */
  types: string[];
  /** `identities`: the members' usernames, as usable in `/identity/<name>` and `states?keys=`. */
  members: string[];
  /**
   * Location names of a `location.group` role. The reference's sample shows no such list (only
   * `064rol_all_location`, "add new locations automatically", says roles hold locations), so a
   * `locations` list is read where a PBX sends one; without it this is empty.
   */
  locations: string[];
  /** `064rol_all_user`: every new user joins the role. */
  includesAllUsers: boolean;
  /** `064rol_all_location`: every new location joins the role. */
  includesAllLocations: boolean;
}

/** The names a role lists are sent back in requests, so they must be addressable as they came. */
function nameIn(fields: readonly string[]) {
  return z.preprocess((value) => {
    if (!isPlainObject(value)) return value;
    const field = fields.find((name) => value[name] !== undefined && value[name] !== null);
    return field === undefined ? value : value[field];
  }, pathName);
}

/** A list of names, where an object that names an item is one item and any other object a map. */
function nameList(fields: readonly string[], label: string) {
  return listOf(nameIn(fields), { label, isSingleItem: (value) => fields.some((name) => name in value) });
}

const MEMBER_FIELDS = ['003use_name', 'username', 'name'];
const LOCATION_FIELDS = ['012loc_bez', 'name'];

/** `/role/?roletype=`: role names (`["default","pickup_all"]`); objects naming a role are read too. */
export const roleNameListSchema = nameList(['064rol_bez', 'name'], 'role name');

export const roleSchema = record(
  'role',
  z
    .object({
      '064rol_id': optionalInt,
      '064rol_bez': text,
      '064rol_doc': optionalText,
      '064rol_scope': optionalText,
      '064rol_all_user': flagOrFalse,
      '064rol_all_location': flagOrFalse,
      types: textList,
      // A member or location that cannot be addressed is left out (and logged), not the role.
      identities: nameList(MEMBER_FIELDS, 'role member'),
      locations: nameList(LOCATION_FIELDS, 'role location'),
    })
    .transform(
      (raw): PbxRole => ({
        id: raw['064rol_id'],
        name: raw['064rol_bez'],
        description: raw['064rol_doc'],
        scope: raw['064rol_scope'],
        types: raw.types,
        members: [...new Set(raw.identities)],
        locations: [...new Set(raw.locations)],
        includesAllUsers: raw['064rol_all_user'],
        includesAllLocations: raw['064rol_all_location'],
      }),
    ),
);
