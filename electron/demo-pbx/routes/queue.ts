import type { QueueSeed } from '../data/model';
import { objectBody, type RouteRequest, stringField } from '../http/request';
import { badRequest, notFound, ok, type RouteResult } from '../http/respond';
import { type Route, route } from '../http/router';
import { applyQueueAction, isQueueAction, QUEUE_ACTIONS } from '../sim/queue-actions';
import { queueMemberCounts } from '../sim/queue-stats';
import { renderEntry } from './phonebook';

function counts(request: RouteRequest, queue: QueueSeed) {
  const hintOf = (name: string): string => {
    const user = request.world.user(name);
    return user ? request.engine.hint(user) : 'Unavailable';
  };
  return queueMemberCounts(queue, hintOf, request.engine.waitingCallers(queue).length);
}

function summary(request: RouteRequest, queue: QueueSeed): Record<string, unknown> {
  const { countEntries, ...members } = counts(request, queue);
  return {
    '029tea_bez': queue.name,
    '009ext_extension': queue.extension,
    '036que_prefix': null,
    '036que_calleridname': null,
    qid: queue.qid,
    members,
    countEntries,
  };
}

/** Waiting callers: the reference only says "call objects"; these are Asterisk QueueEntry fields. */
function entries(request: RouteRequest, queue: QueueSeed): Record<string, unknown>[] {
  const nowMs = request.world.now();
  return request.engine.waitingCallers(queue).map((leg, index) => ({
    position: index + 1,
    phonecallId: leg.phonecallId,
    channel: `PJSIP/trunk-${leg.phonecallId.toString(16).padStart(8, '0')}`,
    uniqueid: `${Math.floor(leg.startedAtMs / 1000)}.${leg.phonecallId}`,
    calleridnum: leg.src.number,
    calleridname: leg.src.name,
    wait: Math.max(0, Math.floor((nowMs - leg.startedAtMs) / 1000)),
  }));
}

function detail(request: RouteRequest, queue: QueueSeed): Record<string, unknown> {
  return {
    '009ext_id': queue.extId,
    '009ext_extension': queue.extension,
    '009ext_tmstmp': queue.tmstmp,
    '028pho_id': null,
    '029tea_id': queue.id,
    '029tea_bez': queue.name,
    '029tea_calleridname': queue.name,
    '029tea_inttimeout': '10',
    '029tea_exttimeout': '10',
    '029tea_strategy': '0',
    '029tea_answer': '10',
    '052moh_id': 1,
    '016voi_id': queue.voicemailboxId,
    '020fax_id': null,
    '029tea_tmstmp': queue.tmstmp,
    '029tea_cce': true,
    '029tea_pickup': 'nobody',
    '036que_id': queue.id,
    '036que_agenttimeout': null,
    '036que_announcefreq': null,
    '036que_leavewhenempty': '512',
    '036que_joinempty': '256',
    '036que_option': null,
    '036que_prefix': null,
    '036que_weight': null,
    '036que_tmstmp': queue.tmstmp,
    '036que_maxlen': null,
    '030scr_id': null,
    '036que_labidprio': null,
    '036que_labidtimeout': null,
    qid: queue.qid,
    members: queue.members.map((member) => {
      const user = request.world.user(member.username);
      const entry = user ? request.world.phonebook.byId(user.phonebookEntryId) : undefined;
      return {
        agent: member.username,
        queue: queue.name,
        dynamic: member.dynamic,
        loggedin: member.loggedIn,
        paused: member.paused,
        pausereason: member.pauseReason,
        // The sample shows "" (not null) for the empty fields of the member's entry.
        phonebookentry: entry ? blankNulls({ ...renderEntry(entry), type: '028phonebook' }) : null,
      };
    }),
    entries: entries(request, queue),
    pausereasons: queue.pauseReasons.map((reason) => ({ name: reason.name, code: reason.code })),
  };
}

function blankNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === null ? '' : value]));
}

function withQueue(handler: (request: RouteRequest, queue: QueueSeed) => RouteResult) {
  return (request: RouteRequest): RouteResult => {
    const queue = request.world.queue(request.params.queue ?? '');
    return queue ? handler(request, queue) : notFound(`queue ${request.params.queue ?? ''} not found`);
  };
}

function action(request: RouteRequest, queue: QueueSeed | null): RouteResult {
  const body = objectBody(request);
  const name = body ? (stringField(body, 'action') ?? '').toLowerCase() : '';
  const identity = body ? stringField(body, 'identity') : undefined;
  const answer = (result: RouteResult): RouteResult => {
    request.world.queueActions.push({
      atMs: request.world.now(),
      queue: queue?.name ?? null,
      action: name,
      identity: identity ?? '',
      body: request.body,
      status: result.status,
    });
    return result;
  };
  if (!body) return answer(badRequest('request body must be a JSON object'));
  if (!isQueueAction(name)) return answer(badRequest(`action must be one of ${QUEUE_ACTIONS.join(', ')}`));
  if (!identity) return answer(badRequest('identity (the agent user name) is required'));
  const user = request.world.user(identity);
  if (!user) return answer(notFound(`user ${identity} not found`));
  const reason = stringField(body, 'reason');
  const code = stringField(body, 'code');
  const outcome = applyQueueAction(
    request.world.queues,
    queue,
    {
      action: name,
      identity: user.name,
      ...(reason !== undefined ? { reason } : {}),
      ...(code !== undefined ? { code } : {}),
    },
    request.world.random,
  );
  request.engine.afterChange();
  return answer({ status: outcome.status, json: outcome.body });
}

export const queueRoutes: Route[] = [
  route('GET', 'queue', (request) => ok(request.world.queues.map((queue) => summary(request, queue)))),
  route('POST', 'queue/action', (request) => action(request, null)),
  route(
    'GET',
    'queue/:queue',
    withQueue((request, queue) => ok(detail(request, queue))),
  ),
  route(
    'POST',
    'queue/:queue/action',
    withQueue((request, queue) => action(request, queue)),
  ),
];
