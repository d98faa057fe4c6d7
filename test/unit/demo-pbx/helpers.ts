import { type DemoPbx, type DemoPbxOptions, startDemoPbx } from '../../../electron/demo-pbx/index';

export const TEST_PASSWORD = 'test-secret';

/** A clock the test moves by hand; the demo PBX reads time only through it. */
export interface FakeClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function fakeClock(startMs = Date.UTC(2025, 2, 14, 9, 30, 0)): FakeClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface TestPbx {
  pbx: DemoPbx;
  /** A REST request below /<instance>/services/ with the right Basic credentials. */
  api: (path: string, init?: RequestInit) => Promise<Response>;
  /** GET and parse JSON, failing the test on any status but 200. */
  json: <T = unknown>(path: string) => Promise<T>;
  /** POST a JSON body. */
  post: (path: string, body: unknown) => Promise<Response>;
  /** Any request below /_sim/, with the token this start of the demo wants. */
  simFetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** POST /_sim/<operation>; returns the parsed answer. */
  control: <T = unknown>(operation: string, body?: unknown) => Promise<{ status: number; body: T }>;
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export async function startTestPbx(options: DemoPbxOptions = {}): Promise<TestPbx> {
  const pbx = await startDemoPbx({ apiPassword: TEST_PASSWORD, ...options });
  const authorization = basicAuth(pbx.apiUser, pbx.apiPassword);
  const api = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${pbx.baseUrl}/services/${path}`, {
      ...init,
      headers: { authorization, ...(init.headers ?? {}) },
    });
  const simFetch = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${pbx.origin}/_sim/${path}`, {
      ...init,
      headers: { 'x-sim-token': pbx.simToken, ...(init.headers ?? {}) },
    });
  return {
    pbx,
    api,
    simFetch,
    json: async <T>(path: string): Promise<T> => {
      const response = await api(path);
      if (response.status !== 200)
        throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    },
    post: (path, body) =>
      api(path, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      }),
    control: async <T>(operation: string, body: unknown = {}) => {
      const response = await simFetch(operation, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
      return { status: response.status, body: (await response.json()) as T };
    },
  };
}

/** The agent's hint as /identity/states shows it. */
export async function stateOf(t: TestPbx, user = 'tsander'): Promise<string | undefined> {
  const states = await t.json<Record<string, { state: string }>>(`identity/states?keys=${user}`);
  return states[user]?.state;
}

/** /cdr/live as a list ([] for the documented 204). */
export async function liveRecords(t: TestPbx): Promise<Record<string, unknown>[]> {
  const response = await t.api('cdr/live');
  if (response.status === 204) return [];
  return (await response.json()) as Record<string, unknown>[];
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
