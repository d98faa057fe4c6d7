import { describe, expect, test } from 'vitest';
import {
  FRESH_MS,
  fullRead,
  type ReadKey,
  readKeys,
  tickIntervalMs,
  tickRead,
} from '../../../../electron/core/availability/read-schedule';

const MINUTE = 60_000;

function input(ages: Partial<Record<ReadKey, number | null>>, watched = false, skip: ReadKey[] = []) {
  const nowMs = 100 * MINUTE;
  const readAtMs = Object.fromEntries(
    readKeys.map((key) => {
      const age = ages[key];
      return [key, age === undefined ? nowMs : age === null ? null : nowMs - age];
    }),
  ) as Record<ReadKey, number | null>;
  return { nowMs, watched, readAtMs, skip: new Set(skip) };
}

describe('what an idle tick reads', () => {
  test('nothing while everything is fresh: the tick sends no request', () => {
    expect(tickRead(input({}))).toBeNull();
  });

  test('the forward as soon as it is 2 minutes old, ahead of anything more overdue', () => {
    expect(tickRead(input({ forward: 2 * MINUTE - 1 }))).toBeNull();
    expect(tickRead(input({ forward: 2 * MINUTE, me: 60 * MINUTE, location: 60 * MINUTE }))).toBe('forward');
  });

  test('otherwise the one most overdue for its age: the profile and switches at 6, the location at 12 minutes', () => {
    expect(tickRead(input({ me: 6 * MINUTE }))).toBe('me');
    expect(tickRead(input({ me: 6 * MINUTE, switches: 9 * MINUTE }))).toBe('switches');
    expect(tickRead(input({ location: 12 * MINUTE - 1 }))).toBeNull();
    expect(tickRead(input({ location: 12 * MINUTE, me: 6 * MINUTE + 1 }))).toBe('me');
  });

  test('never the lists that hardly change, and never what is skipped (hidden, nothing picked)', () => {
    expect(tickRead(input({ profiles: null, roles: null, mobile: null }))).toBeNull();
    expect(tickRead(input({ forward: null, switches: null }, false, ['forward', 'switches']))).toBeNull();
  });

  test('a watched tick comes every 15 s and calls things stale after 30 s', () => {
    expect(tickIntervalMs(false)).toBe(MINUTE);
    expect(tickIntervalMs(true)).toBe(15_000);
    expect(tickRead(input({ me: 30_000 }, true))).toBe('me');
    expect(tickRead(input({ me: 30_000 }, false))).toBeNull();
  });
});

describe('what a full read (a window opened, a session started) reads', () => {
  test('everything never read, in the order the reads depend on', () => {
    const never = Object.fromEntries(readKeys.map((key) => [key, null]));
    expect(fullRead(input(never))).toEqual([
      'me',
      'profiles',
      'forward',
      'roles',
      'location',
      'switches',
      'mobile',
    ]);
  });

  test('what a tick keeps fresh unless just read; the rare lists only when a window would call them stale', () => {
    const keys = fullRead(
      input({ me: FRESH_MS, forward: FRESH_MS - 1, profiles: MINUTE, roles: 14 * MINUTE }),
    );
    expect(keys).toEqual(['me', 'profiles']);
  });

  test('leaves out what is skipped', () => {
    expect(fullRead(input({ me: null, location: null }, false, ['location']))).toEqual(['me']);
  });
});
