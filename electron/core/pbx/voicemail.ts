import { type DownloadedFile, type PbxClient, type RequestOptions, requestPath } from './client';
import { nullWhenNotFound } from './errors';
import { type DroppedDataSink, trackDrops } from './normalize';
import { actionResponseText, badResponse, checkSchema } from './response-body';
import {
  type VoicemailBox,
  type VoicemailBoxDetail,
  type VoicemailCounts,
  type VoicemailMessage,
  voicemailBoxDetailSchema,
  voicemailBoxListSchema,
  voicemailCountsSchema,
  voicemailMessageListSchema,
} from './schemas/voicemail';

/** `INBOX`, `Old`, `Urgent`, ... or `*` for all folders (then message ids are the box-wide `msgId`). */
export type VoicemailFolder = 'INBOX' | 'Old' | 'Urgent' | '*' | (string & {});

export interface VoicemailMail {
  address: string;
  subject: string;
  /** Plain text, not HTML. */
  body: string;
}

export interface VoicemailApi {
  list(options?: RequestOptions): Promise<VoicemailBox[]>;
  /** One box with its folders; null for an unknown box. */
  get(mailbox: string, options?: RequestOptions): Promise<VoicemailBoxDetail | null>;
  /** Messages of a folder; the PBX returns 20 unless `limit` says otherwise. */
  listFolder(
    mailbox: string,
    folder: VoicemailFolder,
    limit?: number,
    options?: RequestOptions,
  ): Promise<VoicemailMessage[]>;
  /** `HEAD` with the `x-voicemail-*` headers: cheap enough to poll. */
  counts(mailbox: string, folder: VoicemailFolder, options?: RequestOptions): Promise<VoicemailCounts>;
  /** The audio (`audio/x-wav` on pascom) from `<base>/asset/voicemailbox/...`. */
  download(
    mailbox: string,
    folder: VoicemailFolder,
    id: string,
    options?: RequestOptions,
  ): Promise<DownloadedFile>;
  move(
    mailbox: string,
    folder: VoicemailFolder,
    id: string,
    targetFolder: VoicemailFolder,
    options?: RequestOptions,
  ): Promise<string>;
  mailto(
    mailbox: string,
    folder: VoicemailFolder,
    id: string,
    mail: VoicemailMail,
    options?: RequestOptions,
  ): Promise<string>;
  remove(mailbox: string, folder: VoicemailFolder, id: string, options?: RequestOptions): Promise<void>;
}

const AUDIO_ACCEPT = 'audio/x-wav, audio/*';

export function createVoicemailApi(client: PbxClient, sink?: DroppedDataSink): VoicemailApi {
  const parsed = {
    voicemailBoxDetailSchema: trackDrops(voicemailBoxDetailSchema, sink),
    voicemailBoxListSchema: trackDrops(voicemailBoxListSchema, sink),
    voicemailCountsSchema: trackDrops(voicemailCountsSchema, sink),
    voicemailMessageListSchema: trackDrops(voicemailMessageListSchema, sink),
  };
  async function action(path: readonly string[], body: Record<string, string>, options?: RequestOptions) {
    const response = await client.send('POST', path, { ...options, body });
    return actionResponseText(response.bytes, response.origin);
  }

  return {
    async list(options) {
      const boxes = await client.getJson(['voicemailbox'], parsed.voicemailBoxListSchema, {
        ...options,
        trailingSlash: true,
      });
      return boxes ?? [];
    },

    get: (mailbox, options) =>
      nullWhenNotFound(() =>
        client.getJson(['voicemailbox', mailbox], parsed.voicemailBoxDetailSchema, options),
      ),

    async listFolder(mailbox, folder, limit, options) {
      const query = limit === undefined ? undefined : { limit };
      const messages = await client.getJson(
        ['voicemailbox', mailbox, folder],
        parsed.voicemailMessageListSchema,
        {
          ...options,
          ...(query === undefined ? {} : { query }),
        },
      );
      return messages ?? [];
    },

    async counts(mailbox, folder, options) {
      const response = await client.send('HEAD', ['voicemailbox', mailbox, folder], options);
      return checkSchema(Object.fromEntries(response.headers), parsed.voicemailCountsSchema, response.origin);
    },

    async download(mailbox, folder, id, options) {
      const path = ['voicemailbox', mailbox, folder, id];
      const file = await client.download(path, { ...options, accept: AUDIO_ACCEPT });
      const origin = { method: 'GET', path: requestPath('asset', path) };
      // A login page or a JSON error with 200 is not a recording.
      if (/^(text\/html|application\/json)/i.test(file.contentType)) {
        throw badResponse(origin, `expected audio, got ${file.contentType.split(';')[0]}`);
      }
      if (file.bytes.byteLength === 0) throw badResponse(origin, 'the recording is empty');
      return file;
    },

    move: (mailbox, folder, id, targetFolder, options) =>
      action(['voicemailbox', mailbox, folder, id], { action: 'move', targetfolder: targetFolder }, options),

    mailto: (mailbox, folder, id, mail, options) =>
      action(
        ['voicemailbox', mailbox, folder, id],
        // The reference's table spells it `adress`; its example body (and the PBX) use `address`.
        { action: 'mailto', address: mail.address, subject: mail.subject, body: mail.body },
        options,
      ),

    async remove(mailbox, folder, id, options) {
      await client.send('DELETE', ['voicemailbox', mailbox, folder, id], options);
    },
  };
}
