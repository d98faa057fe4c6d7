import { type PbxClient, type RequestOptions, requestPath } from './client';
import { nullWhenNotFound, PbxError } from './errors';
import { type DroppedDataSink, trackDrops } from './normalize';
import {
  type QueueActionResult,
  type QueueDetail,
  type QueueSummary,
  queueActionResultSchema,
  queueDetailSchema,
  queueSummaryListSchema,
} from './schemas/queue';

export type QueueAgentActionName = 'login' | 'logout' | 'pause' | 'unpause';

export interface QueueAgentAction {
  action: QueueAgentActionName;
  /** The agent's username, e.g. `tsander`. */
  identity: string;
  /** Login penalty; the reference sends it as text (`"0"`). */
  penalty?: number;
  /** Pause reason by name ... */
  reason?: string;
  /** ... or by code. */
  code?: string;
}

export interface QueueApi {
  list(options?: RequestOptions): Promise<QueueSummary[]>;
  /** One queue with members, waiting callers and pause reasons; null for an unknown queue. */
  get(name: string, options?: RequestOptions): Promise<QueueDetail | null>;
  /** Acts on the agent's membership of one queue. */
  agentAction(
    queueName: string,
    action: QueueAgentAction,
    options?: RequestOptions,
  ): Promise<QueueActionResult>;
  /** Acts on every queue the agent is a member of. */
  agentActionAll(action: QueueAgentAction, options?: RequestOptions): Promise<QueueActionResult>;
}

const NO_ANSWER: QueueActionResult = { response: null, message: null, actionId: null, succeeded: true };

export function createQueueApi(client: PbxClient, sink?: DroppedDataSink): QueueApi {
  const parsed = {
    queueDetailSchema: trackDrops(queueDetailSchema, sink),
    queueSummaryListSchema: trackDrops(queueSummaryListSchema, sink),
  };
  async function act(path: readonly string[], action: QueueAgentAction, options?: RequestOptions) {
    const body = agentActionBody(action, path);
    return (await client.postJson(path, body, queueActionResultSchema, options)) ?? NO_ANSWER;
  }

  return {
    async list(options) {
      return (
        (await client.getJson(['queue'], parsed.queueSummaryListSchema, {
          ...options,
          trailingSlash: true,
        })) ?? []
      );
    },

    get: (name, options) =>
      nullWhenNotFound(() => client.getJson(['queue', name], parsed.queueDetailSchema, options)),

    agentAction: (queueName, action, options) => act(['queue', queueName, 'action'], action, options),

    agentActionAll: (action, options) => act(['queue', 'action'], action, options),
  };
}

function agentActionBody(action: QueueAgentAction, path: readonly string[]): Record<string, string> {
  if (action.identity.trim() === '') {
    throw new PbxError({
      kind: 'bad-request',
      method: 'POST',
      path: requestPath('services', path, false, 'POST'),
      detail: 'the agent (identity) is missing',
    });
  }
  const body: Record<string, string> = { action: action.action, identity: action.identity };
  if (action.penalty !== undefined) body.penalty = String(action.penalty);
  if (action.reason !== undefined) body.reason = action.reason;
  if (action.code !== undefined) body.code = action.code;
  return body;
}
