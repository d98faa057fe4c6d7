/**
 * One authenticated conversation with a PBX: the REST client for an address and credentials, the
 * check that they are right, and the cheap call source the call sync polls.
 */
import type { AgentView } from '../../shared/contract';
import type { CallSource } from '../calls/call-sync';
import type { LiveLeg } from '../model/call-tracker';
import type { BasicAuth } from '../pbx/auth';
import { createCdrApi } from '../pbx/cdr';
import { PbxClient, type PbxExchange } from '../pbx/client';
import { isPbxError, PbxError } from '../pbx/errors';
import { createIdentityApi, type IdentityApi } from '../pbx/identity';
import type { LiveCall } from '../pbx/schemas/cdr';
import type { ServerAddress } from '../pbx/server-address';
import type { FetchLike, Logger } from '../ports';

export interface PbxSession {
  readonly client: PbxClient;
  readonly identity: IdentityApi;
  /**
   * Checks address, credentials and username in two requests: the states endpoint proves this is
   * a pascom REST API that accepts the credentials (HTML or a 404 there means it is not); the
   * user lookup proves the pascom username exists. Throws a `PbxError` whose `detail` says which
   * (`not-pascom`, `unknown-user`).
   */
  verify(username: string, signal?: AbortSignal): Promise<AgentView>;
  readonly calls: CallSource;
}

export function openPbxSession(options: {
  address: ServerAddress;
  auth: BasicAuth;
  fetch: FetchLike;
  log: Logger;
  onExchange?: (exchange: PbxExchange) => void;
}): PbxSession {
  const client = new PbxClient({
    serverAddress: options.address,
    auth: options.auth,
    fetch: options.fetch,
    onExchange: (exchange) => {
      options.onExchange?.(exchange);
      options.log.log(exchange.errorKind ? 'info' : 'debug', 'pbx request', {
        method: exchange.method,
        path: exchange.path,
        status: exchange.status,
        bytes: exchange.bytes,
        durationMs: Math.round(exchange.durationMs),
        errorKind: exchange.errorKind,
      });
    },
  });
  const identity = createIdentityApi(client);
  const cdr = createCdrApi(client);

  return {
    client,
    identity,
    async verify(username, signal) {
      const options = signal ? { signal } : {};
      try {
        await identity.getStates([username], options);
      } catch (error) {
        if (isPbxError(error) && (error.kind === 'not-found' || error.kind === 'bad-response')) {
          throw new PbxError({
            kind: 'bad-response',
            method: error.method,
            path: error.path,
            detail: 'not-pascom',
          });
        }
        throw error;
      }
      const user = await identity.getUser(username, options);
      if (!user) {
        throw new PbxError({
          kind: 'not-found',
          method: 'GET',
          path: '/services/identity/…',
          detail: 'unknown-user',
        });
      }
      return {
        username: user.username,
        displayName: user.displayName,
        extension: user.extension,
        mailbox: user.mailbox,
      };
    },
    calls: {
      async hintState(username, signal) {
        const states = await identity.getStates([username], { signal });
        if (states === null) return null;
        const key = Object.keys(states).find((name) => name.toLowerCase() === username.toLowerCase());
        const state = key === undefined ? undefined : states[key];
        return state ? { state: state.state } : 'unknown-user';
      },
      async liveLegs(signal) {
        return (await cdr.listLive({ signal })).map(toLiveLeg);
      },
    },
  };
}

export function toLiveLeg(call: LiveCall): LiveLeg {
  return {
    phonecallId: call.phonecallId,
    parentId: call.parentId,
    state: call.state,
    via: call.via,
    srcUserName: call.src.userName,
    srcNumber: call.src.number,
    srcName: call.src.name,
    srcInternal: call.src.internal ?? false,
    dstUserName: call.dst.userName,
    dstNumber: call.dst.number,
    dstName: call.dst.name,
    dstInternal: call.dst.internal ?? false,
    queueName: call.queue?.queueName ?? null,
  };
}
