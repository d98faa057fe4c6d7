import { z } from 'zod';
import {
  durationOrZero,
  int,
  isPlainObject,
  listOf,
  optionalEpochMs,
  optionalInt,
  optionalText,
  record,
  text,
  textList,
} from '../normalize';

export interface VoicemailBox {
  id: number;
  /** The box's extension, e.g. `221`; paths use it. */
  mailbox: string;
  name: string | null;
  /** `016voi_transcribe`: `enabled`/`disabled`, null on PBXs without the feature. */
  transcribe: string | null;
}

/** One box with its folders. The PBX also sends `md5pass`; it is never copied here. */
export interface VoicemailBoxDetail extends VoicemailBox {
  email: string | null;
  format: string | null;
  /** `INBOX`, `Old`, `Urgent`, ... */
  folders: string[];
}

export interface VoicemailMessage {
  /** File id within its folder, e.g. `msg0000`: what download/move/delete address. */
  id: string;
  /** Box-wide id, e.g. `1612943003-00000000` (addresses a message with folder `*`). */
  msgId: string | null;
  folder: string | null;
  origMailbox: string | null;
  callerIdName: string | null;
  callerIdNum: string | null;
  /** `"Tina Sander" <221>` */
  callerId: string | null;
  /** When it was recorded, from `origtime` (epoch seconds). */
  origTimeMs: number | null;
  origDate: string | null;
  durationSeconds: number;
  flag: string | null;
  category: string | null;
}

const boxFields = {
  '016voi_id': int,
  '016voi_mailbox': text,
  '016voi_name': optionalText,
  '016voi_transcribe': optionalText,
};

export const voicemailBoxSchema = record(
  'voicemail box',
  z.object(boxFields).transform(
    (raw): VoicemailBox => ({
      id: raw['016voi_id'],
      mailbox: raw['016voi_mailbox'],
      name: raw['016voi_name'],
      transcribe: raw['016voi_transcribe'],
    }),
  ),
);

/** The reference's sample shows one object (with a trailing comma) for the list. */
export const voicemailBoxListSchema = listOf(voicemailBoxSchema, {
  label: 'voicemail box',
  isSingleItem: (value) => '016voi_mailbox' in value || '016voi_id' in value,
});

export const voicemailBoxDetailSchema = record(
  'voicemail box',
  z
    .object({ ...boxFields, '016voi_email': optionalText, '016voi_format': optionalText, folders: textList })
    .transform(
      (raw): VoicemailBoxDetail => ({
        id: raw['016voi_id'],
        mailbox: raw['016voi_mailbox'],
        name: raw['016voi_name'],
        transcribe: raw['016voi_transcribe'],
        email: raw['016voi_email'],
        format: raw['016voi_format'],
        folders: raw.folders,
      }),
    ),
);

// `id` is the file name without extension; derive it from `file` where a PBX leaves it out.
const withMessageId = (value: unknown): unknown =>
  isPlainObject(value) && (value.id === undefined || value.id === '') && typeof value.file === 'string'
    ? { ...value, id: value.file.replace(/\.[^.]*$/, '') }
    : value;

export const voicemailMessageSchema = record(
  'voicemail message',
  z.preprocess(
    withMessageId,
    z
      .object({
        id: text,
        msg_id: optionalText,
        folder: optionalText,
        origmailbox: optionalText,
        calleridname: optionalText,
        calleridnum: optionalText,
        callerid: optionalText,
        origtime: optionalEpochMs,
        origdate: optionalText,
        duration: durationOrZero,
        flag: optionalText,
        category: optionalText,
      })
      .transform(
        (raw): VoicemailMessage => ({
          id: raw.id,
          msgId: raw.msg_id,
          folder: raw.folder,
          origMailbox: raw.origmailbox,
          callerIdName: raw.calleridname,
          callerIdNum: raw.calleridnum,
          callerId: raw.callerid,
          origTimeMs: raw.origtime,
          origDate: raw.origdate,
          durationSeconds: raw.duration,
          flag: raw.flag,
          category: raw.category,
        }),
      ),
  ),
);

export const voicemailMessageListSchema = listOf(voicemailMessageSchema, {
  label: 'voicemail message',
  isSingleItem: (value) => 'id' in value || 'msg_id' in value,
});

export interface VoicemailCounts {
  /** `x-voicemail-count`: messages in the folder asked for. */
  count: number | null;
  inboxCount: number | null;
  oldCount: number | null;
  /** The newest message of the box, when the PBX names one. */
  lastMessage: { folder: string | null; id: string; timestampMs: number | null } | null;
}

/** Response headers of `HEAD /voicemailbox/<box>/<folder>` as a lower-cased record. */
export const voicemailCountsSchema = record(
  'voicemail counts',
  z
    .object({
      'x-voicemail-count': optionalInt,
      'x-voicemail-count-inbox': optionalInt,
      'x-voicemail-count-old': optionalInt,
      'x-voicemail-lastmsg-folder': optionalText,
      'x-voicemail-lastmsg-id': optionalText,
      'x-voicemail-lastmsg-tmstmp': optionalEpochMs,
    })
    .transform(
      (raw): VoicemailCounts => ({
        count: raw['x-voicemail-count'],
        inboxCount: raw['x-voicemail-count-inbox'],
        oldCount: raw['x-voicemail-count-old'],
        lastMessage:
          raw['x-voicemail-lastmsg-id'] === null
            ? null
            : {
                folder: raw['x-voicemail-lastmsg-folder'],
                id: raw['x-voicemail-lastmsg-id'],
                timestampMs: raw['x-voicemail-lastmsg-tmstmp'],
              },
      }),
    ),
);
