import { describe, expect, test } from 'vitest';
import { callerLines } from '../../../../renderer/src/calls/caller-text';
import { createTranslator } from '../../../../renderer/src/lib/i18n';
import { makeCall } from '../fake-companion';

const en = createTranslator('en');
const contact = (displayName: string, organisation: string | null) => ({
  key: 'global:1',
  source: 'global' as const,
  displayName,
  organisation,
  notes: null,
  labels: [],
  numberKind: 'phone' as const,
});
const lines = (displayName: string, organisation: string | null) =>
  callerLines(makeCall({ remoteName: displayName, contacts: [contact(displayName, organisation)] }), en);

describe('who calls, in two lines', () => {
  test('"Company - Person" shows the person first and the company below', () => {
    expect(
      lines(
        'Müller & Söhne Gebäudereinigung GmbH - Lukas Schneider-Bergmann',
        'Müller & Söhne Gebäudereinigung GmbH',
      ),
    ).toEqual({ name: 'Lukas Schneider-Bergmann', company: 'Müller & Söhne Gebäudereinigung GmbH' });
    expect(lines("Landratsamt Straubing - Seán O'Brien", 'Landratsamt Straubing')).toEqual({
      name: "Seán O'Brien",
      company: 'Landratsamt Straubing',
    });
  });

  test('a name that is only the company stays whole, with no second line', () => {
    expect(lines('Stadtwerke Süd AG', 'Stadtwerke Süd AG')).toEqual({
      name: 'Stadtwerke Süd AG',
      company: null,
    });
    expect(lines('Stadtwerke Südhang', 'Stadtwerke Süd')).toEqual({
      name: 'Stadtwerke Südhang',
      company: null,
    });
  });

  test('a person with a company elsewhere: the company goes below; without one, nothing', () => {
    expect(lines('Anna Berg', 'Schulz AG')).toEqual({ name: 'Anna Berg', company: 'Schulz AG' });
    expect(lines('Sabine Weiß', null)).toEqual({ name: 'Sabine Weiß', company: null });
  });

  test('an unknown caller is the number', () => {
    expect(
      callerLines(makeCall({ remoteName: null, remoteDisplayNumber: '089 1234567', contacts: [] }), en),
    ).toEqual({ name: '089 1234567', company: null });
  });
});
