import { describe, expect, test } from 'vitest';
import { forwardTargetOf } from '../../../../electron/core/availability/forward-target';
import { defaultNumberContext } from '../../../../electron/core/phone/phone-number';

const context = { ...defaultNumberContext, defaultCountry: 'DE' as const };
const target = (raw: string, own: string | null = '221') => forwardTargetOf(raw, context, own);

describe('what a forward may point at', () => {
  test('a number as people paste it, sent as the digits the dial input reads', () => {
    expect(target('Mobil: 0160 / 555 02 21')).toEqual({
      ok: true,
      digits: '01605550221',
      display: '0160 5550221',
    });
    expect(target('+49 (0)89 1234567')).toMatchObject({ ok: true, digits: '+49891234567' });
    expect(target('230')).toEqual({ ok: true, digits: '230', display: '230' });
  });

  test('no number, a service code or the own extension: refused with the reason', () => {
    expect(target('Katrin Schäfer')).toEqual({ ok: false, reason: 'forward-not-a-number' });
    expect(target('0800-FLOWERS')).toEqual({ ok: false, reason: 'forward-letters' });
    expect(target('  ')).toEqual({ ok: false, reason: 'forward-empty' });
    expect(target('*21*0891234567#')).toEqual({ ok: false, reason: 'forward-service-code' });
    expect(target('221')).toEqual({ ok: false, reason: 'forward-own-extension' });
    expect(target('221', null)).toMatchObject({ ok: true });
  });
});
