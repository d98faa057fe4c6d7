import { describe, expect, test } from 'vitest';
import {
  candidateKeys,
  cleanNumber,
  formatForDisplay,
  type NumberContext,
  primaryKey,
  searchableDigits,
} from '../../../../electron/core/phone/phone-number';

const munich: NumberContext = {
  defaultCountry: 'DE',
  areaCode: '89',
  outsideLinePrefix: '0',
  internalMaxDigits: 4,
};

describe('one key for every way people write the same number', () => {
  test.each([
    '+49 89 1234567',
    '+49 (0)89 1234567',
    '+49-89-123 45 67',
    '0049891234567',
    '0049 89 1234567',
    '089 1234567',
    '089/1234567',
    '(089) 123 45 67',
    '1234567', // same area code
    '0089 1234567', // outside line + national
    '00049891234567', // outside line + international
    'tel:+49891234567',
    'tel:%2B49891234567',
  ])('%s finds +49891234567', (raw) => {
    expect(candidateKeys(raw, munich)).toContain('+49891234567');
  });

  test('a number with the outside line in front reads first as it is typed, then without it', () => {
    expect(candidateKeys('01234567', munich)).toEqual(['+491234567', '+49891234567']);
  });

  test.each([
    ['221', 'int:221'],
    ['1001', 'int:1001'],
    ['0172-1234567', '+491721234567'],
    ['+43 1 5875123', '+4315875123'],
    ['0043 1 5875123', '+4315875123'],
  ])('%s reads as %s', (raw, key) => {
    expect(primaryKey(raw, munich)).toBe(key);
  });

  test.each(['', 'abc', 'Hans Müller', '089 12x4567', '*101', '++49'])(
    '%s is no number to look up',
    (raw) => {
      expect(candidateKeys(raw, munich)).toEqual([]);
    },
  );

  test('without an area code a short local number is not guessed', () => {
    expect(candidateKeys('1234567', { ...munich, areaCode: null })).not.toContain('+49891234567');
  });
});

describe('cleaning and display', () => {
  test('formatting is removed, letters are refused', () => {
    expect(cleanNumber(' +49 (0)89 12 34-56 ')).toBe('+4989123456');
    expect(cleanNumber('089 CALL-NOW')).toBeNull();
    expect(cleanNumber('*101')).toBe('*101');
  });

  test('numbers of the home country read nationally, others internationally', () => {
    expect(formatForDisplay('+49891234567', munich)).toBe('089 1234567');
    expect(formatForDisplay('0043 1 5875123', munich)).toBe('+43 1 5875123');
    expect(formatForDisplay('221', munich)).toBe('221');
  });

  test('a number can be found by its international and its national digits', () => {
    expect(searchableDigits('+49891234567', munich)).toEqual(['49891234567', '0891234567']);
    expect(searchableDigits('int:221', munich)).toEqual(['221']);
  });
});
