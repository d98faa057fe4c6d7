import type { RouteRequest } from '../http/request';
import { badRequest, listOrNoContent, noContent, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';
import { renderLiveRecord } from '../sim/call-records';
import { HistoryQueryError } from '../sim/history-store';

function history(request: RouteRequest): RouteResult {
  try {
    return listOrNoContent(request.world.history.query(request.query));
  } catch (error) {
    if (error instanceof HistoryQueryError) return badRequest(error.message);
    throw error;
  }
}

/** Every live leg; 204 when no call is active, as documented. */
function live(request: RouteRequest): RouteResult {
  const nowMs = request.world.now();
  return listOrNoContent(request.engine.liveLegs().map((leg) => renderLiveRecord(leg, nowMs)));
}

function liveOne(request: RouteRequest): RouteResult {
  const id = Number(request.params.id);
  if (!Number.isInteger(id)) return badRequest('id must be a number');
  const leg = request.engine.leg(id);
  return leg ? ok(renderLiveRecord(leg, request.world.now())) : noContent();
}

export const cdrRoutes: Route[] = [
  route('GET', 'cdr', history),
  route('GET', 'cdr/live', live),
  route('GET', 'cdr/live/:id', liveOne),
];
