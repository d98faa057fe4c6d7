/**
 * The team board's two words for a colleague: presence (`003use_state`) and line state (the hint),
 * and how many users one `/identity/states` request asks for.
 */
import { describe, expect, test } from 'vitest';
import { lineConditionsOf, MAX_STATES_URL_CHARS, presenceOf } from '../../../../electron/core/pbx/index';
import { type DroppedData, trackDrops } from '../../../../electron/core/pbx/normalize';
import { userStatesSchema } from '../../../../electron/core/pbx/schemas/identity';
import { askableStateKeys, splitStateKeys } from '../../../../electron/core/pbx/state-keys';
import { useScriptedApi } from './scripted-api';

const scripted = useScriptedApi();

describe('presence', () => {
  test.each([
    ['USER_AVAILABLE', 'available'],
    ['USER_AWAY', 'away'],
    ['USER_BUSY', 'busy'],
    ['USER_UNKNOWN', 'unknown'],
    ['user_busy', 'busy'],
    [' AWAY ', 'away'],
    ['USER_DND', 'unknown'],
    ['', 'unknown'],
    ['constructor', 'unknown'],
    [null, 'unknown'],
  ] as const)('%o is %s', (state, presence) => {
    expect(presenceOf(state)).toBe(presence);
  });
});

describe('line state from the hint', () => {
  test.each([
    ['Idle', ['idle']],
    ['InUse', ['inUse']],
    ['Ringing', ['ringing']],
    ['InUse&Ringing', ['inUse', 'ringing']],
    ['Ringing&InUse', ['inUse', 'ringing']],
    ['Hold', ['onHold']],
    ['OnHold', ['onHold']],
    ['InUse&Hold', ['inUse', 'onHold']],
    ['Busy', ['busy']],
    ['Unavailable', ['unavailable']],
    ['unavailable', ['unavailable']],
    ['Unknown', []],
    ['', []],
    ['Quantum&Superposition', []],
    ['Ringing&Teleporting', []],
    ['toString', []],
  ] as const)('%o -> %o', (hint, conditions) => {
    expect(lineConditionsOf(hint)).toEqual(conditions);
  });
});

describe('which usernames one states request carries', () => {
  const base = 'https://pbx.example.com/acme/services/';

  test('names that cannot be asked for (comma, empty, lone surrogate, repeated) are left out, order kept', () => {
    expect(askableStateKeys(['tsander', 'a,b', '', ' ', 'x\uD800', 'mweber', 'tsander'])).toEqual([
      'tsander',
      'mweber',
    ]);
  });

  test('a board of 50 fits into one request', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `colleague${i}`);
    expect(splitStateKeys(base, keys)).toEqual([keys]);
  });

  test('2,000 users are split so that every URL stays within the limit, each user asked once, in order', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `user.nummer${i}`);
    const groups = splitStateKeys(base, keys);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat()).toEqual(keys);
    for (const group of groups) {
      const url = `${base}identity/states?keys=${group.join(',')}`;
      expect(url.length).toBeLessThanOrEqual(MAX_STATES_URL_CHARS);
      // Not split earlier than needed: the next name would not have fitted.
      const next = keys[keys.indexOf(group.at(-1) ?? '') + 1];
      if (next !== undefined) expect(`${url},${next}`.length).toBeGreaterThan(MAX_STATES_URL_CHARS);
    }
  });

  test('the limit counts encoded characters: umlauts take six each', () => {
    const groups = splitStateKeys(
      base,
      ['jürgen', 'jörg'],
      base.length + 'identity/states?keys='.length + 20,
    );
    expect(groups).toEqual([['jürgen'], ['jörg']]);
  });

  test('a name longer than the limit still gets its own request', () => {
    const long = 'x'.repeat(5000);
    expect(splitStateKeys(base, ['a', long, 'b'])).toEqual([['a'], [long], ['b']]);
  });
});

test('a state keyed by a name no request could carry is left out and reported, the others kept', () => {
  const dropped: DroppedData[] = [];
  const states = trackDrops(userStatesSchema, (drop) => dropped.push(drop)).parse({
    tsander: 'Idle',
    '\u202Erednast': 'Ringing',
    '..': 'InUse',
  });
  expect(states).toEqual({ tsander: { state: 'Idle', displayName: null } });
  expect(dropped.map((drop) => [drop.what, drop.label, drop.id])).toEqual([
    ['record', 'user state', '#1'],
    ['record', 'user state', '#2'],
  ]);
});

describe('getStates over HTTP', () => {
  test('one request for a board; the answers of several requests are merged; keys the PBX left out are missing', async () => {
    const keys = Array.from({ length: 900 }, (_, i) => `kollege${i}`);
    scripted.answer((request) => {
      const asked = (request.query.keys ?? '').split(',');
      // The PBX knows every user but the first of each request.
      return {
        status: 200,
        body: Object.fromEntries(asked.slice(1).map((name) => [name, { state: 'Idle' }])),
      };
    });
    const states = await scripted.api.identity.getStates(keys);
    const requests = scripted.pbx.requests;
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.flatMap((request) => (request.query.keys ?? '').split(','))).toEqual(keys);
    const firstOfEach = requests.map((request) => (request.query.keys ?? '').split(',')[0]);
    expect(Object.keys(states ?? {})).toHaveLength(keys.length - requests.length);
    for (const name of firstOfEach) expect(states).not.toHaveProperty(name as string);
  });

  test('null only when every request answers 204 (an older PBX)', async () => {
    const keys = Array.from({ length: 900 }, (_, i) => `kollege${i}`);
    scripted.answer({ status: 204 });
    await expect(scripted.api.identity.getStates(keys)).resolves.toBeNull();
    let call = 0;
    scripted.answer(() =>
      call++ === 0 ? { status: 204 } : { status: 200, body: { kollege899: 'Ringing' } },
    );
    await expect(scripted.api.identity.getStates(keys)).resolves.toEqual({
      kollege899: { state: 'Ringing', displayName: null },
    });
  });
});
