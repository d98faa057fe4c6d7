import type { PbxClient, RequestOptions } from './client';
import { nullWhenNotFound } from './errors';
import { type DroppedDataSink, trackDrops } from './normalize';
import { type PbxRole, roleNameListSchema, roleSchema } from './schemas/role';

/** The role types the reference lists for `/role/?roletype=`. */
export type RoleType =
  | 'xmpp.group'
  | 'redirect.group'
  | 'redirect.choice'
  | 'pickup.group'
  | 'location.group'
  | 'xmpp.supervisor';

export interface RoleApi {
  /** Role names, all or of one type (`GET /role/?roletype=`); 204 is none. */
  listNames(roleType?: RoleType, options?: RequestOptions): Promise<string[]>;
  /** One role with its members; null when the PBX does not know it (204 or 404). */
  get(name: string, options?: RequestOptions): Promise<PbxRole | null>;
}

export function createRoleApi(client: PbxClient, sink?: DroppedDataSink): RoleApi {
  const parsed = {
    roleNameListSchema: trackDrops(roleNameListSchema, sink),
    roleSchema: trackDrops(roleSchema, sink),
  };
  return {
    async listNames(roleType, options) {
      const names = await client.getJson(['role'], parsed.roleNameListSchema, {
        ...options,
        ...(roleType === undefined ? {} : { query: { roletype: roleType } }),
        trailingSlash: true,
      });
      return [...new Set(names ?? [])];
    },

    get: (name, options) =>
      nullWhenNotFound(() => client.getJson(['role', name], parsed.roleSchema, options)),
  };
}
