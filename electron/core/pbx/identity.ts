import { type PbxClient, type RequestOptions, requestPath } from './client';
import { isPbxError, nullWhenNotFound, PbxError } from './errors';
import { type DroppedDataSink, trackDrops } from './normalize';
import { actionResponseText } from './response-body';
import { defaultDeviceSchema, deviceListSchema, type PbxDevice } from './schemas/device';
import {
  type PbxProfile,
  type PbxUser,
  type PbxUserState,
  profileListSchema,
  userListSchema,
  userSchema,
  userStatesSchema,
} from './schemas/identity';
import { askableStateKeys, splitStateKeys } from './state-keys';

/**
 * The device actions the reference lists. `pickup` answers a call ringing on the user's own device;
 * the reference documents no destination for it and no other way (no pickup star code, no
 * pickup.group use) to pick up a colleague's ringing call through the API.
 */
export type DeviceActionName =
  | 'dial'
  | 'pickup'
  | 'hangup'
  | 'offhook'
  | 'hold'
  | 'transfer'
  | 'conference'
  | 'dtmf';

export interface DeviceActionRequest {
  action: DeviceActionName;
  /** Number to dial or transfer to, or the DTMF digits. */
  destination?: string;
  /** Outside-line prefix; `auto` (the PBX decides) is sent for dial unless given. */
  prefix?: string;
}

export type UserActionName = 'ToggleRecording' | 'StartRecording' | 'StopRecording';

export interface UserActionRequest {
  action: UserActionName;
  /** Without these the PBX records the user's active call. */
  sipcallid?: string;
  channel?: string;
  deviceName?: string;
}

/** `'default'` addresses the user's default (outgoing) device, anything else a device by name. */
export type DeviceTarget = 'default' | (string & {});

export interface IdentityApi {
  /** One user; null when the PBX does not know the username (204 or 404). */
  getUser(username: string, options?: RequestOptions): Promise<PbxUser | null>;
  listUsers(options?: RequestOptions): Promise<PbxUser[]>;
  /**
   * Hint states by username, for many users at once (state-keys.ts: split over requests only when
   * the URL would pass MAX_STATES_URL_CHARS). A user the PBX left out of its answer is missing
   * from the result. Null when the PBX answers 204 to every request (older PBXs: poll /cdr/live).
   */
  getStates(
    usernames: readonly string[],
    options?: RequestOptions,
  ): Promise<Record<string, PbxUserState> | null>;
  /** Null when the user has no default device (not logged in to a pascom client, or no outgoing device). */
  getDefaultDevice(username: string, options?: RequestOptions): Promise<PbxDevice | null>;
  listDevices(username: string, options?: RequestOptions): Promise<PbxDevice[]>;
  /** Returns the PBX's answer text, e.g. `dial commited`. */
  deviceAction(
    username: string,
    device: DeviceTarget,
    request: DeviceActionRequest,
    options?: RequestOptions,
  ): Promise<string>;
  userAction(username: string, request: UserActionRequest, options?: RequestOptions): Promise<string>;
  listProfiles(username: string, options?: RequestOptions): Promise<PbxProfile[]>;
  activateProfile(username: string, profileId: number, options?: RequestOptions): Promise<void>;
}

const NEEDS_DESTINATION: readonly DeviceActionName[] = ['dial', 'transfer', 'dtmf'];

export function createIdentityApi(client: PbxClient, sink?: DroppedDataSink): IdentityApi {
  const parsed = {
    userSchema: trackDrops(userSchema, sink),
    userListSchema: trackDrops(userListSchema, sink),
    userStatesSchema: trackDrops(userStatesSchema, sink),
    defaultDeviceSchema: trackDrops(defaultDeviceSchema, sink),
    deviceListSchema: trackDrops(deviceListSchema, sink),
    profileListSchema: trackDrops(profileListSchema, sink),
  };
  return {
    getUser: (username, options) =>
      nullWhenNotFound(() => client.getJson(['identity', username], parsed.userSchema, options)),

    async listUsers(options) {
      return (
        (await client.getJson(['identity'], parsed.userListSchema, { ...options, trailingSlash: true })) ?? []
      );
    },

    async getStates(usernames, options) {
      const keys = askableStateKeys(usernames);
      if (keys.length === 0) return {};
      let states: Record<string, PbxUserState> | null = null;
      // One group after another (a loop never has two requests out); a URL too long is split.
      for (const group of splitStateKeys(client.serverAddress.servicesUrl, keys)) {
        // The reference's parameter table says `key`; its example URL (and the PBX) use `keys`.
        const query = { keys: group.join(',') };
        const answer = await client.getJson(['identity', 'states'], parsed.userStatesSchema, {
          ...options,
          query,
        });
        if (answer !== null) states = { ...(states ?? {}), ...answer };
      }
      return states;
    },

    getDefaultDevice: (username, options) =>
      nullWhenNotFound(async () =>
        client.getJson(['identity', username, 'defaultdevice'], parsed.defaultDeviceSchema, options),
      ),

    async listDevices(username, options) {
      return (await client.getJson(['identity', username, 'device'], parsed.deviceListSchema, options)) ?? [];
    },

    async deviceAction(username, device, request, options) {
      const path =
        device === 'default'
          ? ['identity', username, 'defaultdevice', 'action']
          : ['identity', username, 'device', device, 'action'];
      if (NEEDS_DESTINATION.includes(request.action) && !request.destination?.trim()) {
        throw new PbxError({
          kind: 'bad-request',
          method: 'POST',
          path: requestPath('services', path, false, 'POST'),
          detail: `${request.action} needs a destination`,
        });
      }
      const body: Record<string, string> = { action: request.action };
      if (request.destination !== undefined) body.destination = request.destination;
      const prefix = request.prefix ?? (request.action === 'dial' ? 'auto' : undefined);
      if (prefix !== undefined) body.prefix = prefix;
      const response = await client.send('POST', path, { ...options, body });
      return actionResponseText(response.bytes, response.origin);
    },

    async userAction(username, request, options) {
      const body: Record<string, string> = { action: request.action };
      if (request.sipcallid !== undefined) body.sipcallid = request.sipcallid;
      if (request.channel !== undefined) body.channel = request.channel;
      if (request.deviceName !== undefined) body.deviceName = request.deviceName;
      const response = await client.send('POST', ['identity', username, 'action'], { ...options, body });
      return actionResponseText(response.bytes, response.origin);
    },

    async listProfiles(username, options) {
      return (
        (await client.getJson(['identity', username, 'profile'], parsed.profileListSchema, options)) ?? []
      );
    },

    async activateProfile(username, profileId, options) {
      const path = ['identity', username, 'profile', profileId, 'activate'];
      if (!Number.isSafeInteger(profileId)) {
        throw new PbxError({
          kind: 'bad-request',
          method: 'POST',
          path: requestPath('services', ['identity', username, 'profile'], false, 'POST'),
          detail: 'a profile id is a whole number',
        });
      }
      // The reference heads this "PUT" but its cURL line sends POST; POST first, PUT if refused.
      try {
        await client.send('POST', path, options);
      } catch (error) {
        if (!isPbxError(error) || (error.status !== 404 && error.status !== 405)) throw error;
        try {
          await client.send('PUT', path, options);
        } catch (fallbackError) {
          // "Method not allowed" only says PUT was the wrong guess; the POST's 404 says more.
          throw isPbxError(fallbackError) && fallbackError.status === 405 ? error : fallbackError;
        }
      }
    },
  };
}
