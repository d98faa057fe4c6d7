import type { PbxClient, RequestOptions } from './client';
import { type DroppedDataSink, trackDrops } from './normalize';
import { actionResponseText } from './response-body';
import { locationListSchema, type PbxLocation } from './schemas/location';

/** Whom a location request is about: the reference accepts a username or an extension. */
export type LocationUser = { username: string } | { extension: string };

export interface LocationApi {
  /** The dynamic locations with who is at each (`GET /location/`); 204 is none. */
  list(options?: RequestOptions): Promise<PbxLocation[]>;
  /**
   * Moves the user to a location (`POST /location/<name or id>` with
   * `{"action":"relocate","username":...}`). Returns the PBX's answer text (undocumented; may be "").
   */
  relocate(location: string | number, user: LocationUser, options?: RequestOptions): Promise<string>;
  /** Logs the user out of a location (`{"action":"logout",...}`). */
  logout(location: string | number, user: LocationUser, options?: RequestOptions): Promise<string>;
}

export function createLocationApi(client: PbxClient, sink?: DroppedDataSink): LocationApi {
  const parsed = { locationListSchema: trackDrops(locationListSchema, sink) };

  async function act(
    action: 'relocate' | 'logout',
    location: string | number,
    user: LocationUser,
    options?: RequestOptions,
  ): Promise<string> {
    const who = 'username' in user ? { username: user.username } : { extension: user.extension };
    const response = await client.send('POST', ['location', location], {
      ...options,
      body: { action, ...who },
    });
    return actionResponseText(response.bytes, response.origin);
  }

  return {
    async list(options) {
      return (
        (await client.getJson(['location'], parsed.locationListSchema, {
          ...options,
          trailingSlash: true,
        })) ?? []
      );
    },
    relocate: (location, user, options) => act('relocate', location, user, options),
    logout: (location, user, options) => act('logout', location, user, options),
  };
}
