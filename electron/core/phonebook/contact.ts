/** A phonebook entry as the index keeps it: its numbers read once, for lookups and display. */
import type { PhonebookEntry } from '../pbx/schemas/phonebook';
import { formatForDisplay, type NumberContext, primaryKey } from '../phone/phone-number';

export type ContactSource = 'private' | 'global';
export type NumberKind = 'phone' | 'mobile' | 'homephone' | 'fax';

export interface ContactNumber {
  kind: NumberKind;
  raw: string;
  /** Comparable key (`+49891234567`, `int:221`), null when the text is no number. */
  key: string | null;
  display: string;
}

export interface Contact {
  /** `private:23`, `global:7`: unique across both phonebooks. */
  key: string;
  source: ContactSource;
  id: number;
  displayName: string;
  organisation: string | null;
  notes: string | null;
  labels: string[];
  email: string | null;
  numbers: ContactNumber[];
}

export interface ContactMatch {
  contact: Contact;
  /** The number that matched (lookup, number search); null for a match by name. */
  number: ContactNumber | null;
}

const numberKinds: readonly NumberKind[] = ['phone', 'mobile', 'homephone', 'fax'];

export function toContact(source: ContactSource, entry: PhonebookEntry, context: NumberContext): Contact {
  const numbers: ContactNumber[] = [];
  for (const kind of numberKinds) {
    const raw = entry.numbers[kind];
    if (raw) numbers.push(readNumber(kind, raw, context));
  }
  return {
    key: `${source}:${entry.id}`,
    source,
    id: entry.id,
    displayName: entry.displayName,
    organisation: entry.organisation,
    notes: entry.notes,
    labels: entry.labels,
    email: entry.email,
    numbers,
  };
}

/** The same contact with its numbers read in another context (the phone settings changed). */
export function rekeyed(contact: Contact, context: NumberContext): Contact {
  return { ...contact, numbers: contact.numbers.map((n) => readNumber(n.kind, n.raw, context)) };
}

function readNumber(kind: NumberKind, raw: string, context: NumberContext): ContactNumber {
  const key = primaryKey(raw, context);
  return { kind, raw, key, display: formatForDisplay(raw, context, key) };
}
