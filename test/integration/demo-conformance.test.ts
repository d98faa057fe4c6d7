/**
 * The demo PBX answers each documented request with the field names and JSON types of the
 * reference's sample for it (issue 15): one request per sample fixture in test/fixtures/pbx-samples,
 * as the reference documents it. A fixture without a request here fails the first test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';

const FIXTURES = new URL('../fixtures/pbx-samples/', import.meta.url);
const SOFTPHONE = encodeURIComponent('pascom Softphone [Tina Sander]');

interface DocumentedRequest {
  method: 'GET' | 'HEAD' | 'POST';
  /** Below `/services/`; a function when it depends on the demo's data. */
  path: string | ((pbx: DemoPbx, get: (path: string) => Promise<unknown>) => Promise<string>);
  body?: unknown;
  /** A map keyed by data (usernames, device names): each value is compared with the sample's. */
  keyed?: boolean;
  /** What the PBX must be doing first (a call for /cdr/live). */
  setup?: (pbx: DemoPbx) => void;
}

/** As in the sample: an internal user's call to a number outside the PBX's users, connected. */
const liveCall = (pbx: DemoPbx): number => {
  const { phonecallId } = pbx.sim.startOutboundCall({ fromUser: pbx.agent, to: '+4930123456' });
  pbx.sim.answer(phonecallId);
  return phonecallId;
};

const REQUESTS: Record<string, DocumentedRequest> = {
  // The sample: a colleague's call to the queue Support (`data.queue`), answered and ended.
  'cdr-history.json': {
    method: 'GET',
    path: 'cdr/',
    setup: (pbx) => {
      const { phonecallId } = pbx.sim.startOutboundCall({ fromUser: 'agrassl', to: 'Support' });
      pbx.sim.answer(phonecallId, { by: pbx.agent });
      pbx.sim.hangup(phonecallId);
    },
  },
  'cdr-live.json': { method: 'GET', path: 'cdr/live', setup: liveCall },
  'cdr-live-by-id.json': { method: 'GET', path: async (pbx) => `cdr/live/${liveCall(pbx)}` },
  'extension-list.json': { method: 'GET', path: 'extension/' },
  'identity-users.json': { method: 'GET', path: 'identity/' },
  'identity-user.json': { method: 'GET', path: 'identity/tsander' },
  'identity-states.json': { method: 'GET', path: 'identity/states?keys=tsander', keyed: true },
  'identity-devices.json': { method: 'GET', path: 'identity/tsander/device', keyed: true },
  'identity-device.json': { method: 'GET', path: `identity/tsander/device/${SOFTPHONE}` },
  'identity-default-device.json': { method: 'GET', path: 'identity/tsander/defaultdevice' },
  'identity-profiles.json': { method: 'GET', path: 'identity/tsander/profile' },
  'identity-device-action.json': {
    method: 'POST',
    path: `identity/tsander/device/${SOFTPHONE}/action`,
    body: { action: 'dial', destination: '201', prefix: 'auto' },
  },
  'identity-default-device-action.json': {
    method: 'POST',
    path: 'identity/tsander/defaultdevice/action',
    body: { action: 'dial', destination: '201', prefix: 'auto' },
  },
  'phonebook-global.json': { method: 'GET', path: 'phonebook/?search=Tina' },
  'phonebook-private.json': { method: 'GET', path: 'phonebook/identity/tsander' },
  'phonebook-entry.json': {
    method: 'GET',
    path: async (_pbx, get) => {
      const page = (await get('phonebook/identity/tsander')) as { entries: { id: number }[] };
      return `phonebook/${page.entries[0]?.id}`;
    },
  },
  'phonebook-head.headers.json': { method: 'HEAD', path: 'phonebook/' },
  'queue-list.json': { method: 'GET', path: 'queue/' },
  'queue-detail.json': { method: 'GET', path: 'queue/Zentrale' },
  'queue-action.json': {
    method: 'POST',
    path: 'queue/Zentrale/action',
    body: { action: 'logout', identity: 'tsander', penalty: '0' },
  },
  'queue-action-all.json': {
    method: 'POST',
    path: 'queue/action',
    body: { action: 'login', identity: 'tsander', penalty: '0' },
  },
  'redirect-list.json': { method: 'GET', path: 'redirect/' },
  'redirect-set.json': { method: 'POST', path: 'redirect/221', body: { target: '08955555' } },
  'voicemailbox-list.json': { method: 'GET', path: 'voicemailbox/' },
  'voicemailbox-detail.json': { method: 'GET', path: 'voicemailbox/221' },
  'voicemailbox-folder.json': { method: 'GET', path: 'voicemailbox/221/INBOX' },
  'voicemailbox-head.headers.json': { method: 'HEAD', path: 'voicemailbox/221/INBOX' },
  'voicemailbox-action.json': {
    method: 'POST',
    path: async (_pbx, get) =>
      `voicemailbox/221/INBOX/${((await get('voicemailbox/221/INBOX')) as { id: string }[])[0]?.id}`,
    body: {
      action: 'mailto',
      address: 'fax@pascom.net',
      subject: 'Voicemail',
      body: 'This is plain text email body',
    },
  },
  'role-list.json': { method: 'GET', path: 'role/' },
  'role-detail.json': { method: 'GET', path: 'role/pickup_all' },
  'location-list.json': { method: 'GET', path: 'location/' },
  'switch-list.json': { method: 'GET', path: 'condition/switch' },
  'switch-one.json': { method: 'GET', path: 'condition/switch/503' },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where `actual` differs from `sample` in field names or JSON types. A null in the sample says
 * nothing about the type; null or "" in the answer where the sample has text, a number or a flag
 * is "no value", as the reference's samples show for the same fields elsewhere (`mobile: null`,
 * `003use_state: null`, `parentId: ""`, `dstUserId: ""`).
 */
function mismatches(sample: Json, actual: unknown, path: string): string[] {
  if (sample === null) return [];
  if ((actual === null || actual === '') && typeof sample !== 'object') return [];
  if (Array.isArray(sample)) {
    // PHP encodes an empty map as `[]`: an empty list in a sample may stand for either.
    if (sample.length === 0 && isObject(actual)) return [];
    if (!Array.isArray(actual)) return [`${path}: not a list`];
    const [first] = sample;
    return first === undefined
      ? []
      : actual.flatMap((item, index) => mismatches(first, item, `${path}[${index}]`));
  }
  if (isObject(sample)) {
    if (!isObject(actual)) return [`${path}: not an object`];
    return Object.entries(sample).flatMap(([key, value]) =>
      key in actual ? mismatches(value, actual[key], `${path}.${key}`) : [`${path}.${key}: missing`],
    );
  }
  return typeof actual === typeof sample
    ? []
    : [`${path}: ${typeof actual}, the sample has ${typeof sample}`];
}

/**
 * A list answer (the reference shows several as one object): every item has the sample's field
 * names, and at least one item matches it in every type. Lists whose sample is empty say nothing.
 */
function listMismatches(sample: Json, actual: unknown): string[] {
  const item = Array.isArray(sample) ? sample[0] : sample;
  if (item === undefined || item === null) return [];
  if (!Array.isArray(actual) || actual.length === 0) return ['answer: not a list with items'];
  const missing = actual.flatMap((entry, index) =>
    isObject(item) && isObject(entry)
      ? Object.keys(item)
          .filter((key) => !(key in entry))
          .map((key) => `[${index}].${key}: missing`)
      : [],
  );
  const closest = actual
    .map((entry, index) => mismatches(item, entry, `[${index}]`))
    .sort((a, b) => a.length - b.length)[0];
  return [...missing, ...(closest ?? [])];
}

function isListSample(file: string, sample: Json): boolean {
  // The reference shows these lists as one object.
  const shownAsOne = ['cdr-history.json', 'cdr-live.json', 'identity-users.json', 'voicemailbox-list.json'];
  return Array.isArray(sample) || shownAsOne.includes(file);
}

let pbx: DemoPbx;
let authorization: string;
beforeAll(async () => {
  pbx = await startDemoPbx({ internalAnswerDelayMs: 60_000 });
  authorization = `Basic ${Buffer.from(`${pbx.apiUser}:${pbx.apiPassword}`).toString('base64')}`;
});
afterAll(() => pbx.close());
beforeEach(() => pbx.sim.reset());

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${pbx.baseUrl}/services/${path}`, {
    method,
    headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function get(path: string): Promise<unknown> {
  return (await send('GET', path)).json();
}

test('every sample fixture has its documented request here', () => {
  const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
  expect(Object.keys(REQUESTS).sort()).toEqual(fixtures.sort());
});

describe.each(Object.entries(REQUESTS))('%s', (file, request) => {
  test('the demo PBX answers with the sample’s field names and types', async () => {
    const sample = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Json;
    request.setup?.(pbx);
    const path = typeof request.path === 'string' ? request.path : await request.path(pbx, get);
    const response = await send(request.method, path, request.body);
    expect(response.status, `${request.method} ${path}`).toBe(200);
    if (request.method === 'HEAD') {
      const names = Object.keys(sample as Record<string, string>).filter(
        (name) => name.startsWith('x-') || ['cache-control', 'pragma', 'expires', 'server'].includes(name),
      );
      for (const name of names)
        expect(response.headers.get(name), `header ${name}`).toEqual(expect.any(String));
      return;
    }
    const actual: unknown = await response.json();
    if (request.keyed) {
      const [expected] = Object.values(sample as Record<string, Json>);
      expect(isObject(actual) && Object.values(actual).length > 0).toBe(true);
      for (const [key, value] of Object.entries(actual as Record<string, unknown>))
        expect(mismatches(expected ?? null, value, key)).toEqual([]);
      return;
    }
    expect(
      isListSample(file, sample) ? listMismatches(sample, actual) : mismatches(sample, actual, 'answer'),
    ).toEqual([]);
  });
});
