import { z } from 'zod';
import { listOf, optionalFlag, optionalInt, optionalText, pathName, record } from '../normalize';

/** An extension switch (`/condition/switch`), e.g. a night service ("Nachtschaltung"). */
export interface PbxSwitch {
  /** `038con_id`. */
  id: number | null;
  /** `038con_bez`, e.g. `AfterHours`; the extension where the PBX gives no name. */
  name: string;
  /** `039swi_state`; null when the PBX sent no state the app understands. */
  on: boolean | null;
  /** `009ext_extension`: what `/condition/switch/<extension>` addresses. */
  extension: string;
}

export const switchSchema = record(
  'extension switch',
  z
    .object({
      '038con_id': optionalInt,
      '038con_bez': optionalText,
      '039swi_state': optionalFlag,
      '009ext_extension': pathName,
    })
    .transform(
      (raw): PbxSwitch => ({
        id: raw['038con_id'],
        name: raw['038con_bez'] ?? raw['009ext_extension'],
        on: raw['039swi_state'],
        extension: raw['009ext_extension'],
      }),
    ),
);

/**
 * `/condition/switch` and `/condition/switch/<extension>`: the reference shows both as a list (of
 * one, for a single switch); a single object is read as a list of one.
 */
export const switchListSchema = listOf(switchSchema, {
  label: 'extension switch',
  isSingleItem: (value) => '009ext_extension' in value || '038con_id' in value,
});
