import type { RoleSeed } from '../data/model';
import type { RouteRequest } from '../http/request';
import { listOrNoContent, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';

/**
 * A role as `/role/<name>` shows it (the reference's `pickup_all` sample). A location.group role also
 * lists its `locations`: the sample shows no such field, so this is the demo's assumption (see README).
 */
export function renderRole(role: RoleSeed): Record<string, unknown> {
  return {
    '064rol_id': role.id,
    '064rol_bez': role.name,
    '064rol_doc': role.doc,
    '064rol_scope': role.scope,
    '064rol_tmstmp': role.tmstmp,
    '064rol_all_user': role.allUsers,
    '064rol_all_device': false,
    '064rol_all_location': role.allLocations,
    '064rol_all_team': false,
    '064rol_all_switches': false,
    types: [...role.types],
    identities: [...role.identities],
    ...(role.types.includes('location.group') ? { locations: [...role.locations] } : {}),
  };
}

function findRole(request: RouteRequest, name: string): RoleSeed | undefined {
  const roles = request.world.roles;
  return roles.find((r) => r.name === name) ?? roles.find((r) => r.name.toLowerCase() === name.toLowerCase());
}

/** Names only, as in the sample; `roletype` filters (an unknown type has no roles: 204). */
function listRoles(request: RouteRequest): RouteResult {
  const type = request.query.roletype?.trim().toLowerCase();
  const roles = request.world.roles.filter(
    (r) => !type || r.types.some((candidate) => candidate.toLowerCase() === type),
  );
  return listOrNoContent(roles.map((r) => r.name));
}

export const roleRoutes: Route[] = [
  route('GET', 'role', listRoles),
  route('GET', 'role/:name', (request) => {
    const found = findRole(request, request.params.name ?? '');
    return found ? ok(renderRole(found)) : notFound(`role ${request.params.name ?? ''} not found`);
  }),
];
