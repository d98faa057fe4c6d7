import { objectBody, type RouteRequest, stringField } from '../http/request';
import { badRequest, listOrNoContent, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';

function knownExtension(request: RouteRequest, extension: string): boolean {
  return (
    request.world.userByExtension(extension) !== undefined ||
    request.world.queueByExtension(extension) !== undefined
  );
}

/**
 * Sets (target "x") or clears (target "") a forwarding. "old" keeps the last target, so that a
 * cleared redirect still shows where it pointed, as the reference describes; status 1 = active.
 */
function setRedirect(request: RouteRequest): RouteResult {
  const extension = request.params.extension ?? '';
  if (!knownExtension(request, extension)) return notFound(`extension ${extension} not found`);
  const body = objectBody(request);
  const target = body ? stringField(body, 'target') : undefined;
  if (target === undefined) return badRequest('target is required ("" clears the redirect)');
  let entry = request.world.redirects.find((r) => r.source === extension);
  if (!entry) {
    entry = { source: extension, target: '', old: '' };
    request.world.redirects.push(entry);
  }
  const trimmed = target.trim();
  entry.old = trimmed === '' ? entry.target || entry.old : trimmed;
  entry.target = trimmed;
  return ok({ status: trimmed === '' ? 0 : 1, target: entry.target, old: entry.old, source: entry.source });
}

function notify(request: RouteRequest): RouteResult {
  const extension = request.params.extension ?? '';
  if (!knownExtension(request, extension)) return notFound(`extension ${extension} not found`);
  const body = objectBody(request);
  if (!body || stringField(body, 'action')?.toLowerCase() !== 'notify')
    return badRequest('action must be notify');
  return ok({ response: 'notify commited' });
}

export const redirectRoutes: Route[] = [
  route('GET', 'redirect', (request) => listOrNoContent(request.world.redirects.map((r) => ({ ...r })))),
  route('POST', 'redirect/:extension', setRedirect),
  route('POST', 'redirect/:extension/action', notify),
];
