import { type PbxClient, type RequestOptions, requestPath } from './client';
import { nullWhenNotFound, PbxError } from './errors';
import { type DroppedDataSink, trackDrops } from './normalize';
import { parseJsonBody } from './response-body';
import { type PbxSwitch, switchListSchema } from './schemas/extension-switch';

export interface ExtensionSwitchApi {
  /** Every extension switch (`GET /condition/switch`); 204 is none. */
  list(options?: RequestOptions): Promise<PbxSwitch[]>;
  /** The switch on `extension`; null when there is none (204, 404 or an empty list). */
  get(extension: string, options?: RequestOptions): Promise<PbxSwitch | null>;
  /**
   * Turns a switch on or off (`POST /condition/switch/<extension>` with
   * `{"039swi_state": on, "003use_id": userId}`; the PBX checks the user's roles). The answer is not
   * documented: the switch when the PBX sends it back, else null (ask `get` for the new state).
   */
  setState(
    extension: string,
    on: boolean,
    userId: number,
    options?: RequestOptions,
  ): Promise<PbxSwitch | null>;
}

function pickByExtension(switches: readonly PbxSwitch[] | null, extension: string): PbxSwitch | null {
  return switches?.find((candidate) => candidate.extension === extension) ?? null;
}

export function createExtensionSwitchApi(client: PbxClient, sink?: DroppedDataSink): ExtensionSwitchApi {
  const parsed = { switchListSchema: trackDrops(switchListSchema, sink) };
  return {
    async list(options) {
      return (await client.getJson(['condition', 'switch'], parsed.switchListSchema, options)) ?? [];
    },

    get: (extension, options) =>
      nullWhenNotFound(async () => {
        const switches = await client.getJson(
          ['condition', 'switch', extension],
          parsed.switchListSchema,
          options,
        );
        return pickByExtension(switches, extension);
      }),

    async setState(extension, on, userId, options) {
      const path = ['condition', 'switch', extension];
      // The PBX checks permissions by this id: a made-up one must never be sent.
      if (!Number.isSafeInteger(userId) || userId <= 0) {
        throw new PbxError({
          kind: 'bad-request',
          method: 'POST',
          path: requestPath('services', path, false, 'POST'),
          detail: 'the user id must be a positive whole number',
        });
      }
      const response = await client.send('POST', path, {
        ...options,
        body: { '039swi_state': on, '003use_id': userId },
      });
      let answer: unknown;
      try {
        answer = parseJsonBody(response.bytes, response.origin);
      } catch {
        return null;
      }
      // Read without the drop log: an answer like {"response": "ok"} is not a bad switch record.
      const switches = switchListSchema.safeParse(answer);
      return switches.success ? pickByExtension(switches.data, extension) : null;
    },
  };
}
