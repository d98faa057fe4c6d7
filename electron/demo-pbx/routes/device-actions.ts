import type { DeviceSeed, UserSeed } from '../data/model';
import { objectBody, type RouteRequest, stringField } from '../http/request';
import { notFound, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';
import { applyDeviceAction, DEVICE_ACTIONS, isDeviceAction } from '../sim/device-actions';

function record(
  request: RouteRequest,
  user: UserSeed,
  device: DeviceSeed | null,
  viaDefault: boolean,
  action: string,
  status: number,
): void {
  request.world.deviceActions.push({
    atMs: request.world.now(),
    user: user.name,
    device: device?.name ?? null,
    viaDefaultDevice: viaDefault,
    action,
    body: request.body,
    status,
  });
}

function act(
  request: RouteRequest,
  user: UserSeed,
  device: DeviceSeed | null,
  viaDefault: boolean,
): RouteResult {
  const body = objectBody(request);
  const action = body ? (stringField(body, 'action') ?? '').toLowerCase() : '';
  const answer = (status: number, response: string): RouteResult => {
    record(request, user, device, viaDefault, action, status);
    return { status, json: { response } };
  };
  if (!body) return answer(400, 'request body must be a JSON object');
  if (!isDeviceAction(action)) return answer(400, `action must be one of ${DEVICE_ACTIONS.join(', ')}`);
  if (!device) {
    // The reference: "to control the default device, the user must be logged in to the pascom client
    // and a device for outgoing calls must be defined". Without one there is nothing to act on.
    return answer(
      404,
      `user ${user.name} has no default device (not logged in to a pascom client or no outgoing device set)`,
    );
  }
  const outcome = applyDeviceAction(request.engine, user, device, action, body);
  return answer(outcome.status, outcome.body.response);
}

function withUser(handler: (request: RouteRequest, user: UserSeed) => RouteResult) {
  return (request: RouteRequest): RouteResult => {
    const user = request.world.user(request.params.user ?? '');
    return user ? handler(request, user) : notFound(`user ${request.params.user ?? ''} not found`);
  };
}

export const deviceActionRoutes: Route[] = [
  route(
    'POST',
    'identity/:user/defaultdevice/action',
    withUser((request, user) => act(request, user, request.world.defaultDevice(user) ?? null, true)),
  ),
  route(
    'POST',
    'identity/:user/device/:device/action',
    withUser((request, user) => {
      const device = request.world.device(user, request.params.device ?? '');
      return device
        ? act(request, user, device, false)
        : notFound(`device ${request.params.device ?? ''} not found`);
    }),
  ),
];
