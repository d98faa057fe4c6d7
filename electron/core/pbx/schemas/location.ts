import { z } from 'zod';
import { int, listOf, optionalFlag, optionalInt, optionalText, record, text } from '../normalize';

/** Who is logged in at a dynamic location: the user columns of a `/location/` row. */
export interface LocationOccupant {
  userId: number | null;
  username: string;
  displayName: string | null;
}

/** A dynamic location (hot desk, home office) from `GET /location/`. */
export interface PbxLocation {
  /** `012loc_id`: `POST /location/<id>` addresses it without any escaping of its name. */
  id: number;
  /** `012loc_bez`, e.g. `HomeOffice`. */
  name: string;
  /** `012loc_doc`: the admin's note. */
  description: string | null;
  /** `012loc_static`: false for the dynamic locations this endpoint lists (absent: dynamic). */
  dynamic: boolean;
  /**
   * The user at this location now. The reference's sample joins the location with a user's account
   * row (`011acc_id`, `003use_*`); a row without `003use_name` is a location nobody is at.
   */
  occupant: LocationOccupant | null;
}

export const locationSchema = record(
  'location',
  z
    .object({
      '012loc_id': int,
      '012loc_bez': text,
      '012loc_doc': optionalText,
      '012loc_static': optionalFlag,
      '003use_id': optionalInt,
      '003use_name': optionalText,
      '003use_bez': optionalText,
    })
    .transform(
      (raw): PbxLocation => ({
        id: raw['012loc_id'],
        name: raw['012loc_bez'],
        description: raw['012loc_doc'],
        dynamic: raw['012loc_static'] !== true,
        occupant:
          raw['003use_name'] === null
            ? null
            : { userId: raw['003use_id'], username: raw['003use_name'], displayName: raw['003use_bez'] },
      }),
    ),
);

export const locationListSchema = listOf(locationSchema, {
  label: 'location',
  isSingleItem: (value) => '012loc_id' in value || '012loc_bez' in value,
});
