import { z } from 'zod';
import {
  countOrZero,
  int,
  isPlainObject,
  listOf,
  optionalInt,
  optionalNote,
  optionalText,
  pickField,
  record,
} from '../normalize';
import { cleanPbxText } from '../normalize-text';

export interface PhonebookNumbers {
  phone: string | null;
  mobile: string | null;
  homephone: string | null;
  fax: string | null;
}

export interface PhonebookEntry {
  id: number;
  /** `028phonebook` for contacts, `011account` for users, ... */
  type: string | null;
  /** `identity` for a private phonebook, null for the global one. */
  phonebookType: string | null;
  /** The owner's username for a private phonebook, null for the global one. */
  phonebookName: string | null;
  displayName: string;
  firstName: string | null;
  surname: string | null;
  organisation: string | null;
  notes: string | null;
  email: string | null;
  numbers: PhonebookNumbers;
  labels: string[];
}

export interface PhonebookPage {
  total: number;
  offset: number;
  limit: number;
  entries: PhonebookEntry[];
}

const LABEL_NAME_FIELDS = ['name', 'label', 'bez', 'text', 'title', 'caption'] as const;

/** `labelList`: the reference shows only `[]`; strings, numbers and objects with a name are read. */
const labelList = z.preprocess((value) => {
  const items = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [];
  const labels: string[] = [];
  for (const item of items) {
    const label = isPlainObject(item) ? pickField(item, LABEL_NAME_FIELDS) : item;
    const clean = typeof label === 'string' ? cleanPbxText(label) : '';
    if (clean !== '') labels.push(clean);
    else if (typeof label === 'number') labels.push(String(label));
  }
  return labels;
}, z.array(z.string()));

export const phonebookEntrySchema = record(
  'phonebook entry',
  z
    .object({
      id: int,
      type: optionalText,
      phonebookType: optionalText,
      phonebookName: optionalText,
      displayname: optionalText,
      firstname: optionalText,
      surname: optionalText,
      organisation: optionalText,
      notes: optionalNote,
      email: optionalText,
      phone: optionalText,
      mobile: optionalText,
      homephone: optionalText,
      fax: optionalText,
      labelList: labelList,
    })
    .transform((raw): PhonebookEntry => {
      const fullName = [raw.firstname, raw.surname].filter((part) => part !== null).join(' ');
      return {
        id: raw.id,
        type: raw.type,
        phonebookType: raw.phonebookType,
        phonebookName: raw.phonebookName,
        displayName: raw.displayname ?? (fullName || raw.organisation || raw.phone || raw.mobile || ''),
        firstName: raw.firstname,
        surname: raw.surname,
        organisation: raw.organisation,
        notes: raw.notes,
        email: raw.email,
        numbers: { phone: raw.phone, mobile: raw.mobile, homephone: raw.homephone, fax: raw.fax },
        labels: raw.labelList,
      };
    }),
);

const pageObjectSchema = record(
  'phonebook page',
  z
    .object({
      total: countOrZero,
      offset: countOrZero,
      limit: countOrZero,
      entries: listOf(phonebookEntrySchema, { label: 'phonebook entry' }),
    })
    // A missing total must not claim fewer entries than were delivered.
    .transform(
      (raw): PhonebookPage => ({ ...raw, total: Math.max(raw.total, raw.offset + raw.entries.length) }),
    ),
);

/** A search answer `{ total, limit, offset, scroll, entries }`; a bare list of entries is accepted too. */
export const phonebookPageSchema = z.preprocess(
  (value) => (Array.isArray(value) ? { total: value.length, offset: 0, limit: 0, entries: value } : value),
  pageObjectSchema,
);

export interface PhonebookTotals {
  /** `x-total`: all entries. */
  total: number | null;
  /** `x-totalfiltered`: entries matching the search. */
  totalFiltered: number | null;
  offset: number | null;
  limit: number | null;
}

/** Response headers of `HEAD /phonebook/` as a lower-cased record. */
export const phonebookTotalsSchema = record(
  'phonebook totals',
  z
    .object({
      'x-total': optionalInt,
      'x-totalfiltered': optionalInt,
      'x-offset': optionalInt,
      'x-limit': optionalInt,
    })
    .transform(
      (raw): PhonebookTotals => ({
        total: raw['x-total'],
        totalFiltered: raw['x-totalfiltered'],
        offset: raw['x-offset'],
        limit: raw['x-limit'],
      }),
    ),
);
