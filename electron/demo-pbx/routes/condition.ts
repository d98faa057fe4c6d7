import type { SwitchSeed } from '../data/model';
import { objectBody, type RouteRequest } from '../http/request';
import { badRequest, failure, listOrNoContent, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';

export function renderSwitch(entry: SwitchSeed): Record<string, unknown> {
  return {
    '038con_id': entry.id,
    '038con_bez': entry.name,
    '039swi_state': entry.on,
    '009ext_extension': entry.extension,
  };
}

function flagOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'false') return false;
  return undefined;
}

function withSwitch(handler: (request: RouteRequest, entry: SwitchSeed) => RouteResult) {
  return (request: RouteRequest): RouteResult => {
    const extension = request.params.extension ?? '';
    const entry = request.world.switches.find((s) => s.extension === extension);
    return entry ? handler(request, entry) : notFound(`no extension switch on ${extension}`);
  };
}

/**
 * `{"039swi_state": true, "003use_id": 101}`. The PBX checks the user's roles by the id; the demo
 * accepts any user it knows (403 for an unknown id), unless a test made it refuse this switch.
 * The answer is the switch as `GET` shows it (the reference documents none).
 */
function setSwitch(request: RouteRequest, entry: SwitchSeed): RouteResult {
  const refusal = request.world.refusals.switches.get(entry.extension);
  if (refusal !== undefined) return failure(refusal, `switch ${entry.extension} refused by the PBX`);
  const body = objectBody(request);
  const state = flagOf(body?.['039swi_state']);
  if (state === undefined) return badRequest('039swi_state must be true or false');
  const userId = Number(body?.['003use_id']);
  if (!Number.isInteger(userId)) return badRequest('003use_id is required');
  if (!request.world.users.some((u) => u.id === userId))
    return failure(403, `user ${userId} may not change switch ${entry.extension}`);
  entry.on = state;
  return ok([renderSwitch(entry)]);
}

export const conditionRoutes: Route[] = [
  route('GET', 'condition/switch', (request) => listOrNoContent(request.world.switches.map(renderSwitch))),
  route(
    'GET',
    'condition/switch/:extension',
    withSwitch((_request, entry) => ok([renderSwitch(entry)])),
  ),
  route('POST', 'condition/switch/:extension', withSwitch(setSwitch)),
];
