import { describe, expect, test } from 'vitest';
import { type DialInput, parseDialInput } from '../../../../electron/core/phone/dial-input';
import type { NumberContext } from '../../../../electron/core/phone/phone-number';

const munich: NumberContext = {
  defaultCountry: 'DE',
  areaCode: '89',
  outsideLinePrefix: '0',
  internalMaxDigits: 4,
};

const sent = (raw: string, context = munich): string | null => {
  const read = parseDialInput(raw, context);
  return read.ok ? read.digits : null;
};
const problem = (raw: string): string | null => {
  const read: DialInput = parseDialInput(raw, munich);
  return read.ok ? null : read.problem;
};

describe('what is sent for the numbers agents paste, type and select', () => {
  test.each([
    // The German habit of the trunk zero in brackets, with every separator people use.
    ['+49 (0)89 12 34-56', '+4989123456'],
    ['+49(0)89/1234567', '+49891234567'],
    ['+49 - (0) 89 - 123 45 67', '+49891234567'],
    ['+49 0 89 1234567', '+49891234567'],
    // International with 00, national, local, with slashes and dashes.
    ['0049 89 1234567', '+49891234567'],
    ['0049-89-1234567', '+49891234567'],
    ['0043 1 5875123', '+4315875123'],
    ['089 1234567', '0891234567'],
    ['089/1234567-12', '089123456712'],
    ['(089) 123 45 67', '0891234567'],
    ['089 / 123 456 - 0', '0891234560'],
    ['089.123.4567', '0891234567'],
    ['1234567', '1234567'],
    ['+1 (800) 356-9377', '+18003569377'],
    ['+44 20 7946 0958', '+442079460958'],
    // Labels and words that are only formatting.
    ['Tel.: +49 89 1234567', '+49891234567'],
    ['Tel: 089 1234567', '0891234567'],
    ['Telefon (Büro): 089 1234567', '0891234567'],
    ['Mobil: 0172 1234567', '01721234567'],
    ['mobile +49 172 1234567', '+491721234567'],
    ['T: 089 1234567', '0891234567'],
    ['Fax: 089 1234568', '0891234568'],
    ['+49 89 1234567 (Zentrale)', '+49891234567'],
    ['089 1234567 [mobil]', '0891234567'],
    ['089 1234567 ext. 12', '089123456712'],
    ['+49 89 1234567 x 5', '+498912345675'],
    ['089 1234567 Durchwahl 12', '089123456712'],
    ['089 1234567, ext. 12', '089123456712'],
    // Copied from web pages and PDFs: full-width digits, bidi marks, non-breaking spaces, dashes.
    ['＋４９ ８９ １２３４５６７', '+49891234567'],
    ['\u202a+49 89 1234567\u202c', '+49891234567'],
    ['+49\u00a089\u00a01234567', '+49891234567'],
    ['089\u20131234567', '0891234567'],
    ['  089 1234567\n', '0891234567'],
    // A signature block selected with the name line.
    ['Max Mustermann\n+49 89 1234567', '+49891234567'],
    // Internal extensions and service codes.
    ['221', '221'],
    ['2000', '2000'],
    ['*101', '*101'],
    ['*97', '*97'],
    ['*21*0891234567#', '*21*0891234567#'],
    // Percent-encoded and links.
    ['%2B49891234567', '+49891234567'],
    ['tel:%2B4989123456', '+4989123456'],
    ['tel:+49-89-1234567;ext=12', '+4989123456712'],
    ['tel:+49-89-1234567', '+49891234567'],
    ['tel://+49891234567', '+49891234567'],
    ['tel:1234;phone-context=+49-89', '+49891234'],
    ['tel:221;phone-context=pbx.example', '221'],
    ['TEL:0891234567', '0891234567'],
    ['callto://+4989123456', '+4989123456'],
    ['callto:+4989123456?call', '+4989123456'],
    ['callto:089%201234567', '0891234567'],
    ['sip:221@pbx.example', '221'],
    ['sip:+49891234567@pbx.example;user=phone', '+49891234567'],
    ['sips:221@pbx.example', '221'],
    ['sip:221', '221'],
  ])('%j is sent as %s', (raw, digits) => {
    expect(sent(raw)).toBe(digits);
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello world', 'not-a-number'],
    ['Max Mustermann', 'not-a-number'],
    ['max@example.com', 'not-a-number'],
    ['0800-FLOWERS', 'letters'],
    ['089 12x4567', 'letters'],
    ['O89 1234567', 'letters'],
    ['javascript:alert(1)', 'letters'],
    ['089 1234567, 089 7654321', 'several-numbers'],
    ['089 1234567\n089 7654321', 'several-numbers'],
    ['089 1234567 oder 0172 1234567', 'several-numbers'],
    ['089 1234567 / 089 7654321', 'several-numbers'],
    ['0', 'too-short'],
    ['7', 'too-short'],
    ['9'.repeat(30), 'too-long'],
    ['x'.repeat(600), 'too-long'],
    ['+49', 'incomplete-international'],
    ['+999 1234567', 'incomplete-international'],
    ['++49 89 1234567', 'misplaced-symbol'],
    ['089*123', 'misplaced-symbol'],
    ['089 + 123', 'misplaced-symbol'],
    ['50%', 'not-a-number'],
    ['tel:', 'link-without-number'],
    ['tel:1-800-FLOWERS', 'letters'],
    ['tel:+49 89 1234567;ext=1a', 'unsupported-link'],
    ['tel:%E0%A4%A', 'unsupported-link'],
    ['callto:skype.name', 'link-without-number'],
    ['callto://echo123', 'link-without-number'],
    ['sip:alice@example.com', 'link-without-number'],
    ['sip:@pbx.example', 'link-without-number'],
    ['tel:<script>', 'link-without-number'],
    ['tel:089;1234567', 'unsupported-link'],
  ])('%j is refused: %s', (raw, reason) => {
    expect(problem(raw)).toBe(reason);
  });
});

describe('how a number is read', () => {
  test('says whether it is international, national, internal or a service code, and how it reads', () => {
    expect(parseDialInput('0049 89 1234567', munich)).toEqual({
      ok: true,
      digits: '+49891234567',
      display: '089 1234567',
      kind: 'international',
    });
    expect(parseDialInput('+43 1 5875123', munich)).toMatchObject({
      kind: 'international',
      display: '+43 1 5875123',
    });
    expect(parseDialInput('0172-1234567', munich)).toMatchObject({
      kind: 'national',
      display: '0172 1234567',
    });
    expect(parseDialInput('221', munich)).toMatchObject({ kind: 'internal', display: '221' });
    expect(parseDialInput('*97', munich)).toMatchObject({ kind: 'service', display: '*97' });
  });

  test('internal extensions follow the PBX setting for their length', () => {
    expect(parseDialInput('22101', munich)).toMatchObject({ kind: 'national' });
    expect(parseDialInput('22101', { ...munich, internalMaxDigits: 5 })).toMatchObject({ kind: 'internal' });
  });

  test('00 is only read as international where it is the international prefix', () => {
    expect(sent('0049891234567', { ...munich, defaultCountry: 'US' })).toBe('0049891234567');
    expect(sent('011 49 89 1234567', { ...munich, defaultCountry: 'US' })).toBe('01149891234567');
  });
});
