import { describe, expect, test } from 'vitest';
import { syncIndexContext } from '../../../../electron/core/calls/call-views';
import type { PhonebookEntry } from '../../../../electron/core/pbx/schemas/phonebook';
import { defaultNumberContext } from '../../../../electron/core/phone/phone-number';
import { PhonebookIndex } from '../../../../electron/core/phonebook/phonebook-index';

const entry = (id: number, phone: string): PhonebookEntry => ({
  id,
  type: '028phonebook',
  phonebookType: null,
  phonebookName: null,
  displayName: `Contact ${id}`,
  firstName: null,
  surname: null,
  organisation: null,
  notes: null,
  email: null,
  numbers: { phone, mobile: null, homephone: null, fax: null },
  labels: [],
});

describe('the shared index when the phone settings change', () => {
  test('is re-keyed aside: a number stored as a local one finds its caller once the area code is known', async () => {
    const index = new PhonebookIndex(defaultNumberContext);
    index.add('global', [entry(1, '1234567'), entry(2, '+49 89 7654321')]);
    expect(index.lookup('+49891234567')).toEqual([]);
    const revision = index.revision;

    const rekeying = syncIndexContext(index, { ...defaultNumberContext, areaCode: '89' });
    // The old keys answer until the new ones are ready.
    expect(index.lookup('+49891234567')).toEqual([]);
    await rekeying;
    expect(index.revision).toBeGreaterThan(revision);
    expect(index.lookup('+49891234567').map((match) => match.contact.id)).toEqual([1]);
    expect(index.lookup('089 7654321').map((match) => match.contact.id)).toEqual([2]);
    expect(index.search('0891234').map((match) => match.contact.id)).toEqual([1]);

    const unchanged = index.revision;
    expect(syncIndexContext(index, { ...defaultNumberContext, areaCode: '89' })).toBeNull();
    expect(index.revision).toBe(unchanged);
  });
});
