/**
 * One authenticated conversation with a PBX: the REST client for an address and credentials,
 * its resources, and the check that address, credentials and username are right.
 */
import type { AgentView } from '../../shared/contract';
import type { BasicAuth } from '../pbx/auth';
import { PbxClient, type PbxExchange } from '../pbx/client';
import { isPbxError, PbxError } from '../pbx/errors';
import { createPbxApi, type PbxApi } from '../pbx/index';
import type { ServerAddress } from '../pbx/server-address';
import type { FetchLike, Logger } from '../ports';
import { DroppedDataLog } from './dropped-data-log';

export interface PbxSession {
  readonly api: PbxApi;
  /** What the edge left out of this session's answers (logged once each). */
  readonly dropped: DroppedDataLog;
  /**
   * Checks address, credentials and username in two requests: the states endpoint proves this is
   * a pascom REST API that accepts the credentials (HTML or a 404 there means it is not); the
   * user lookup proves the pascom username exists. Throws a `PbxError` whose `detail` says which
   * (`not-pascom`, `unknown-user`).
   */
  verify(username: string, signal?: AbortSignal): Promise<AgentView>;
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
  const dropped = new DroppedDataLog(options.log.child('data'));
  const api = createPbxApi(client, { onDropped: dropped.sink });

  return {
    api,
    dropped,
    async verify(username, signal) {
      const options = signal ? { signal } : {};
      try {
        await api.identity.getStates([username], options);
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
      const user = await api.identity.getUser(username, options);
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
  };
}
