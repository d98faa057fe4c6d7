import type { UserSeed } from '../data/model';
import { objectBody, type RouteRequest, stringField } from '../http/request';
import { badRequest, failure, noContent, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';
import { activeLegOf } from '../sim/device-actions';
import { renderDevice, renderUser } from './identity-records';

const RECORDING_ACTIONS = ['ToggleRecording', 'StartRecording', 'StopRecording'];

function withUser(handler: (request: RouteRequest, user: UserSeed) => RouteResult) {
  return (request: RouteRequest): RouteResult => {
    const user = request.world.user(request.params.user ?? '');
    return user ? handler(request, user) : notFound(`user ${request.params.user ?? ''} not found`);
  };
}

/** "keys" as in the sample URL, "key" as in the parameter table; comma separated, spaces allowed. */
function states(request: RouteRequest): RouteResult {
  const names = (request.query.keys ?? request.query.key ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const result: Record<string, { state: string; '003use_bez': string }> = {};
  for (const name of names) {
    const user = request.world.user(name);
    if (user) result[name] = { state: request.engine.hint(user), '003use_bez': user.displayName };
  }
  return Object.keys(result).length === 0 ? noContent() : ok(result);
}

function devices(_request: RouteRequest, user: UserSeed): RouteResult {
  if (user.devices.length === 0) return noContent();
  return ok(Object.fromEntries(user.devices.map((device) => [device.name, renderDevice(user, device)])));
}

function device(request: RouteRequest, user: UserSeed): RouteResult {
  const found = request.world.device(user, request.params.device ?? '');
  return found ? ok(renderDevice(user, found)) : notFound(`device ${request.params.device ?? ''} not found`);
}

/** No default device (not logged in to a pascom client): "no data found". */
function defaultDevice(request: RouteRequest, user: UserSeed): RouteResult {
  const found = request.world.defaultDevice(user);
  return found ? ok(renderDevice(user, found, true)) : noContent();
}

function profiles(_request: RouteRequest, user: UserSeed): RouteResult {
  const sorted = [...user.profiles].sort((a, b) => b.tmstmp.localeCompare(a.tmstmp));
  return ok(
    sorted.map((p) => ({
      '017pro_id': p.id,
      '017pro_bez': p.name,
      '017pro_scope': p.scope,
      '017pro_tmstmp': p.tmstmp,
    })),
  );
}

/**
 * The reference shows no body for a successful activation, just "200 OK". Its heading says PUT and
 * its cURL POST, so both work, unless a test made the PBX refuse one (`/_sim/refuseProfileActivation`).
 */
function activateProfile(request: RouteRequest, user: UserSeed): RouteResult {
  const refused = request.world.refusals.profileActivationMethod;
  if (refused === request.method)
    return { ...failure(405, 'method not allowed'), headers: { allow: refused === 'PUT' ? 'POST' : 'PUT' } };
  const profile = user.profiles.find((p) => String(p.id) === request.params.profileId);
  if (!profile) return notFound(`profile ${request.params.profileId ?? ''} not found`);
  user.activeProfileId = profile.id;
  return { status: 200 };
}

/** Recording on the user's active call (sipcallid/channel/deviceName are optional, as documented). */
function userAction(request: RouteRequest, user: UserSeed): RouteResult {
  const body = objectBody(request);
  const action = body ? stringField(body, 'action') : undefined;
  const record = (status: number): void => {
    request.world.userActions.push({
      atMs: request.world.now(),
      user: user.name,
      action: action ?? '',
      body: request.body,
      status,
    });
  };
  if (!action || !RECORDING_ACTIONS.includes(action)) {
    record(400);
    return badRequest(`action must be one of ${RECORDING_ACTIONS.join(', ')}`);
  }
  const leg = activeLegOf(request.engine, user);
  if (!leg || leg.answeredAtMs === null) {
    record(409);
    return { status: 409, json: { response: 'no active call to record' } };
  }
  const recording = leg.recordId !== '';
  const start = action === 'StartRecording' || (action === 'ToggleRecording' && !recording);
  leg.recordId = start ? leg.recordId || `${leg.chain}-rec` : leg.recordId;
  record(200);
  return ok({ response: `${action} commited`, recording: start });
}

export const identityRoutes: Route[] = [
  route('GET', 'identity', (request) => ok(request.world.users.map(renderUser))),
  route('GET', 'identity/states', states),
  route(
    'GET',
    'identity/:user',
    withUser((_request, user) => ok(renderUser(user))),
  ),
  route('GET', 'identity/:user/device', withUser(devices)),
  route('GET', 'identity/:user/device/:device', withUser(device)),
  route('GET', 'identity/:user/defaultdevice', withUser(defaultDevice)),
  route('GET', 'identity/:user/profile', withUser(profiles)),
  route(['PUT', 'POST'], 'identity/:user/profile/:profileId/activate', withUser(activateProfile)),
  route('POST', 'identity/:user/action', withUser(userAction)),
];
