import { z } from 'zod';
import {
  int,
  isPlainObject,
  listOf,
  optionalFlag,
  optionalInt,
  optionalText,
  record,
  text,
  textList,
} from '../normalize';

/**
 * A device of a user (softphone, desk phone, mobile). Peer credentials (`013pee_username`,
 * `013pee_password`) and provisioning tokens are in the PBX's answer but never copied here.
 */
export interface PbxDevice {
  id: number;
  /** `010dev_bez`, e.g. `pascom Softphone [Tina Sander]`: the name device actions address. */
  name: string;
  /** The caption a user or admin gave it, else null. */
  caption: string | null;
  typeId: number | null;
  /** `066dev_bez`, e.g. `Integrated Softphone`. */
  typeName: string | null;
  extension: string | null;
  /** What the device can do: `dial`, `hangup`, `offhook`, `transfer`, `hold`, `conference`, `mute`, `dtmf`, ... */
  capabilities: string[];
  protocol: string | null;
  username: string | null;
  locationName: string | null;
  connection: string | null;
  srtp: boolean | null;
}

export const deviceSchema = record(
  'device',
  z
    .object({
      '010dev_id': int,
      '010dev_bez': text,
      '010dev_caption': optionalText,
      device_caption: optionalText,
      '066dev_id': optionalInt,
      '066dev_bez': optionalText,
      extension: optionalText,
      '009ext_extension': optionalText,
      capabilities: textList,
      protocol: optionalText,
      '003use_name': optionalText,
      '012loc_bez': optionalText,
      connection: optionalText,
      srtp: optionalFlag,
    })
    .transform(
      (raw): PbxDevice => ({
        id: raw['010dev_id'],
        name: raw['010dev_bez'],
        caption: raw['010dev_caption'] ?? raw.device_caption,
        typeId: raw['066dev_id'],
        typeName: raw['066dev_bez'],
        extension: raw.extension ?? raw['009ext_extension'],
        capabilities: raw.capabilities,
        protocol: raw.protocol,
        username: raw['003use_name'],
        locationName: raw['012loc_bez'],
        connection: raw.connection,
        srtp: raw.srtp,
      }),
    ),
);

function looksLikeOneDevice(value: Record<string, unknown>): boolean {
  return '010dev_id' in value || '010dev_bez' in value;
}

/**
 * `/identity/<user>/device` answers an object keyed by device name. A list, a single device and
 * PHP's `[]` for "none" are accepted too; the key stands in for a missing `010dev_bez`.
 */
export const deviceListSchema = z.preprocess(
  (value) => {
    if (value === null || value === undefined || value === '') return [];
    if (!isPlainObject(value)) return value;
    if (looksLikeOneDevice(value)) return [value];
    return Object.entries(value).map(([key, device]) =>
      isPlainObject(device) && (device['010dev_bez'] === undefined || device['010dev_bez'] === '')
        ? { ...device, '010dev_bez': key }
        : device,
    );
  },
  listOf(deviceSchema, { label: 'device' }),
);

/**
 * `/identity/<user>/defaultdevice`: one device, or nothing when the user is not logged in to a
 * pascom client. "Nothing" may come as 204 (handled by the client), `{}` or `[]`.
 */
export const defaultDeviceSchema = z.preprocess((value) => {
  if (Array.isArray(value) && value.length === 0) return null;
  if (isPlainObject(value) && Object.keys(value).length === 0) return null;
  if (Array.isArray(value) && value.length === 1) return value[0];
  return value;
}, deviceSchema.nullable());
