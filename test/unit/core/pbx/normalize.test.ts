import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  countOrZero,
  flag,
  listOf,
  namedMap,
  optionalEpochMs,
  optionalFlag,
  optionalInt,
  optionalText,
  text,
} from '../../../../electron/core/pbx/normalize';

describe('PBX quirks normalised in one place', () => {
  test.each([
    [true, true],
    [1, true],
    ['1', true],
    ['true', true],
    [' TRUE ', true],
    [false, false],
    [0, false],
    ['0', false],
    ['false', false],
  ])('flag %j -> %j', (raw, expected) => {
    expect(flag.parse(raw)).toBe(expected);
  });

  test('a flag that is neither is refused; an optional flag may be empty', () => {
    expect(flag.safeParse('maybe').success).toBe(false);
    expect(flag.safeParse(2).success).toBe(false);
    expect(optionalFlag.parse('')).toBeNull();
    expect(optionalFlag.parse(undefined)).toBeNull();
  });

  test('"" is null for optional text and ids; numbers become text where text is meant', () => {
    expect(optionalText.parse('')).toBeNull();
    expect(optionalText.parse('  ')).toBeNull();
    expect(optionalText.parse(null)).toBeNull();
    expect(optionalText.parse(221)).toBe('221');
    expect(optionalInt.parse('')).toBeNull();
    expect(optionalInt.parse('17')).toBe(17);
    expect(optionalInt.safeParse('17a').success).toBe(false);
    expect(text.safeParse('').success).toBe(false);
  });

  test('numeric strings become numbers; a missing count is 0', () => {
    expect(countOrZero.parse('12')).toBe(12);
    expect(countOrZero.parse(undefined)).toBe(0);
    expect(countOrZero.safeParse(-1).success).toBe(false);
  });

  test('epoch seconds and milliseconds both become milliseconds', () => {
    expect(optionalEpochMs.parse('1612943003')).toBe(1612943003000);
    expect(optionalEpochMs.parse(1607331710930)).toBe(1607331710930);
    expect(optionalEpochMs.parse('')).toBeNull();
  });

  test('unknown extra fields are tolerated and dropped', () => {
    expect(z.object({ a: text }).parse({ a: 'x', '013pee_password': 'secret' })).toEqual({ a: 'x' });
  });

  test('a list endpoint answering one object yields a list of one; null and "" are empty', () => {
    const list = listOf(z.object({ id: z.number() }));
    expect(list.parse({ id: 1 })).toEqual([{ id: 1 }]);
    expect(list.parse([{ id: 1 }, { id: 2 }])).toHaveLength(2);
    expect(list.parse(null)).toEqual([]);
    expect(list.parse('')).toEqual([]);
  });

  test('a list that may come keyed by name is told apart from a single item', () => {
    const list = listOf(z.object({ name: z.string() }), { isSingleItem: (value) => 'name' in value });
    expect(list.parse({ name: 'a' })).toEqual([{ name: 'a' }]);
    expect(list.parse({ a: { name: 'a' }, b: { name: 'b' } })).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  test('maps keyed by name keep their keys; PHP sends an empty map as []', () => {
    const map = namedMap(z.object({ state: z.string() }));
    expect(map.parse({ tsander: { state: 'Idle' } })).toEqual([{ key: 'tsander', value: { state: 'Idle' } }]);
    expect(map.parse([])).toEqual([]);
  });
});
