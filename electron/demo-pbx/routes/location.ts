import type { LocationSeed, UserSeed } from '../data/model';
import { objectBody, type RouteRequest, stringField } from '../http/request';
import { badRequest, failure, listOrNoContent, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';

/**
 * A `/location/` row: the location joined with the account and user logged in at it, as in the
 * reference's sample (HomeOffice with Adrian Turitzo); the user columns are null when nobody is.
 */
export function renderLocation(location: LocationSeed, user: UserSeed | undefined): Record<string, unknown> {
  return {
    '012loc_id': location.id,
    '011acc_id': user?.accountId ?? null,
    '012loc_bez': location.name,
    '012loc_doc': location.doc,
    '012loc_static': false,
    '012loc_tmstmp': location.tmstmp,
    '011acc_tmstmp': user?.tmstmp ?? null,
    '011acc_voiidwatch': user?.voicemailboxId ?? null,
    '011acc_calleridnum': null,
    '020fax_id': null,
    '003use_id': user?.id ?? null,
    '009ext_id': user?.extId ?? null,
    '016voi_id': user?.voicemailboxId ?? null,
    '011acc_callwaiting': user ? false : null,
    '003use_lastlogin': user?.lastLogin ?? null,
    '003use_name': user?.name ?? null,
    '003use_tmstmp': user?.tmstmp ?? null,
    '003use_doc': null,
    '003use_enabled': user ? true : null,
    '003use_bez': user?.displayName ?? null,
    '003use_authrole': user?.authRole ?? null,
    '034pro_id': user ? 1 : null,
    '003use_auth_method': user ? 'LOCAL' : null,
    '003use_state': user?.presenceState ?? null,
    '003use_statusText': user?.statusText ?? null,
    '107ava_id': user?.avatarId ?? null,
  };
}

/** The reference's parameter is the location's name or its id. */
function findLocation(request: RouteRequest, param: string): LocationSeed | undefined {
  const all = request.world.locations;
  return (
    all.find((l) => l.name === param) ??
    all.find((l) => String(l.id) === param) ??
    all.find((l) => l.name.toLowerCase() === param.toLowerCase())
  );
}

/**
 * `{"action":"relocate"|"logout","username":...}` or with `"extension"`. Relocating moves the user
 * out of any other location and takes the desk over from whoever was at it; logging out of a
 * location the user is not at is a 409.
 */
function act(request: RouteRequest): RouteResult {
  const location = findLocation(request, request.params.location ?? '');
  if (!location) return notFound(`location ${request.params.location ?? ''} not found`);
  const body = objectBody(request);
  const action = body ? stringField(body, 'action')?.toLowerCase() : undefined;
  if (action !== 'relocate' && action !== 'logout') return badRequest('action must be relocate or logout');
  const username = body ? stringField(body, 'username') : undefined;
  const extension = body ? stringField(body, 'extension') : undefined;
  if (username === undefined && extension === undefined)
    return badRequest('username or extension is required');
  const user =
    username !== undefined ? request.world.user(username) : request.world.userByExtension(extension ?? '');
  if (!user) return notFound(`user ${username ?? extension ?? ''} not found`);
  if (action === 'logout') {
    if (location.occupant !== user.name)
      return failure(409, `${user.name} is not logged in at ${location.name}`);
    location.occupant = null;
    return ok({ response: 'logout commited' });
  }
  for (const other of request.world.locations) if (other.occupant === user.name) other.occupant = null;
  location.occupant = user.name;
  return ok({ response: 'relocate commited' });
}

export const locationRoutes: Route[] = [
  route('GET', 'location', (request) =>
    listOrNoContent(
      request.world.locations.map((l) =>
        renderLocation(l, l.occupant === null ? undefined : request.world.user(l.occupant)),
      ),
    ),
  ),
  route('POST', 'location/:location', act),
];
