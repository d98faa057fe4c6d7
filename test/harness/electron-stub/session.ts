/**
 * Sessions, `protocol` and `net`. A session's `fetch` is Node's own fetch, so the core can really
 * reach a demo PBX on 127.0.0.1 through the app's network adapter; what is recorded is the URL and
 * whether the certificate proc was installed before the first request.
 */
import { EventEmitter } from 'node:events';
import { FakeClientRequest, type FakeRequestOptions } from './client-request';
import { isReady, type ProtocolHandler, record } from './recorder';

export type VerifyProc = (request: unknown, callback: (result: number) => void) => void;
type PermissionHandler = (...args: unknown[]) => unknown;
export interface RequestDetails {
  url: string;
  resourceType: string;
}
export type BeforeRequestListener = (
  details: RequestDetails,
  callback: (response: { cancel?: boolean }) => void,
) => void;

export class FakeSession extends EventEmitter {
  readonly partition: string;
  verifyProc: VerifyProc | null = null;
  permissionRequestHandler: PermissionHandler | null = null;
  permissionCheckHandler: PermissionHandler | null = null;
  devicePermissionHandler: PermissionHandler | null = null;
  closedConnections = 0;
  /** What `setUserAgent` was last told: user agent and accept languages. */
  userAgent: { userAgent: string; acceptLanguages: string | undefined } | null = null;
  readonly webRequest = {
    beforeRequest: null as { urls: string[]; listener: BeforeRequestListener } | null,
    onBeforeRequest(filter: { urls: string[] }, listener: BeforeRequestListener | null): void {
      this.beforeRequest = listener ? { urls: filter.urls, listener } : null;
    },
  };

  constructor(partition: string) {
    super();
    this.partition = partition;
  }

  setCertificateVerifyProc(proc: VerifyProc | null): void {
    this.verifyProc = proc;
    record.verifyProcs.set(this.partition, (record.verifyProcs.get(this.partition) ?? 0) + 1);
  }
  setPermissionRequestHandler(handler: PermissionHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: PermissionHandler | null): void {
    this.devicePermissionHandler = handler;
  }
  setUserAgent(userAgent: string, acceptLanguages?: string): void {
    this.userAgent = { userAgent, acceptLanguages };
  }
  closeAllConnections(): Promise<void> {
    this.closedConnections++;
    return Promise.resolve();
  }
  fetch(
    input: string | Request,
    init?: RequestInit & { bypassCustomProtocolHandlers?: boolean },
  ): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url;
    record.fetches.push({ partition: this.partition, url, verifyProcSetBefore: this.verifyProc !== null });
    const { bypassCustomProtocolHandlers: _electronOnly, ...nodeInit } = init ?? {};
    return globalThis.fetch(input, nodeInit);
  }
}

const sessions = new Map<string, FakeSession>();

export function sessionFor(partition: string): FakeSession {
  let session = sessions.get(partition);
  if (!session) {
    session = new FakeSession(partition);
    sessions.set(partition, session);
  }
  return session;
}

export const session = {
  get defaultSession(): FakeSession {
    return sessionFor('');
  },
  fromPartition(partition: string): FakeSession {
    return sessionFor(partition);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    for (const scheme of schemes) {
      record.privilegedSchemes.push({
        scheme: scheme.scheme,
        privileges: scheme.privileges ?? {},
        beforeReady: !isReady(),
      });
    }
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!isReady()) throw new Error('protocol.handle() must be called after the app is ready');
    record.protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    record.protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return record.protocolHandlers.has(scheme);
  },
};

export const net = {
  fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    return sessionFor('').fetch(input, init);
  },
  request(options: FakeRequestOptions): FakeClientRequest {
    return new FakeClientRequest(options);
  },
  isOnline(): boolean {
    return true;
  },
  get online(): boolean {
    return true;
  },
};
