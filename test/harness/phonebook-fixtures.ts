/**
 * Phonebook entries as the PBX lists them, and the number context the phonebook and dial tests
 * read them in (a Munich office: area code 89, 0 for an outside line, extensions up to 4 digits).
 */
import type { PhonebookEntry } from '../../electron/core/pbx/schemas/phonebook';
import type { NumberContext } from '../../electron/core/phone/phone-number';

export const munich: NumberContext = {
  defaultCountry: 'DE',
  areaCode: '89',
  outsideLinePrefix: '0',
  internalMaxDigits: 4,
};

/** An entry with only the fields a test names; every other field empty as the PBX sends it. */
export function contactEntry(
  id: number,
  displayName: string,
  numbers: Partial<PhonebookEntry['numbers']> = {},
  extra: Partial<PhonebookEntry> = {},
): PhonebookEntry {
  return {
    id,
    type: '028phonebook',
    phonebookType: null,
    phonebookName: null,
    displayName,
    firstName: null,
    surname: null,
    organisation: null,
    notes: null,
    email: null,
    labels: [],
    numbers: { phone: null, mobile: null, homephone: null, fax: null, ...numbers },
    ...extra,
  };
}
