/**
 * The phonebook, indexed for the two jobs the app does all day:
 * - caller lookup by number: one Map lookup per plausible reading of the number (see
 *   phone-number.ts), private entries before global ones, every match kept;
 * - search as you type by name, organisation or number fragment: one native `indexOf` scan over a
 *   prepared text per field kind, instead of normalising 100,000 entries on every keystroke.
 * Entries arrive per source in pages (a large first load must not hold back the first popup);
 * lookups work from the first page on, the search texts are rebuilt lazily.
 */
import type { PhonebookEntry } from '../pbx/schemas/phonebook';
import {
  candidateKeys,
  formatForDisplay,
  type NumberContext,
  primaryKey,
  searchableDigits,
} from '../phone/phone-number';

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
const sourceOrder: Record<ContactSource, number> = { private: 0, global: 1 };
/** Separates records in the search texts; never part of a folded name or of digits. */
const recordSeparator = '\u0001';

interface SearchText {
  text: string;
  /** Start offset of each record in `text`, ascending, and the contact it belongs to. */
  offsets: number[];
  contacts: Contact[];
  /** For number texts: which of the contact's numbers a record is. */
  numbers: (ContactNumber | null)[];
}

export class PhonebookIndex {
  #context: NumberContext;
  readonly #contacts = new Map<string, Contact>();
  readonly #byNumber = new Map<string, Contact[]>();
  #names: SearchText | null = null;
  #digits: SearchText | null = null;
  #revision = 0;

  constructor(context: NumberContext) {
    this.#context = context;
  }

  get size(): number {
    return this.#contacts.size;
  }

  /** Grows with every change (entries added or dropped, numbers read differently): results cached
   * against an older revision may be stale. */
  get revision(): number {
    return this.#revision;
  }

  get context(): NumberContext {
    return this.#context;
  }

  /**
   * Reads every stored number again with another context (the phone settings changed). The one
   * shared instance stays: features hold a reference to it.
   */
  setContext(context: NumberContext): void {
    this.#context = context;
    const contacts = [...this.#contacts.values()];
    this.#byNumber.clear();
    for (const contact of contacts) {
      contact.numbers = contact.numbers.map((number) => {
        const key = primaryKey(number.raw, context);
        return { ...number, key, display: formatForDisplay(number.raw, context, key) };
      });
      this.#indexNumbers(contact);
    }
    this.#names = null;
    this.#digits = null;
    this.#revision += 1;
  }

  /** Adds or replaces entries (a page of a load, or a created contact). */
  add(source: ContactSource, entries: readonly PhonebookEntry[]): void {
    for (const entry of entries) {
      const contact = toContact(source, entry, this.#context);
      this.#remove(contact.key);
      this.#contacts.set(contact.key, contact);
      this.#indexNumbers(contact);
    }
    this.#names = null;
    this.#digits = null;
    this.#revision += 1;
  }

  #indexNumbers(contact: Contact): void {
    for (const number of contact.numbers) {
      if (number.key === null) continue;
      const list = this.#byNumber.get(number.key);
      if (list) {
        if (!list.includes(contact)) list.push(contact);
      } else this.#byNumber.set(number.key, [contact]);
    }
  }

  /** Drops every entry of `source` (before a full reload of it). */
  clear(source?: ContactSource): void {
    for (const contact of [...this.#contacts.values()]) {
      if (source === undefined || contact.source === source) this.#remove(contact.key);
    }
    this.#names = null;
    this.#digits = null;
    this.#revision += 1;
  }

  /** Contacts with this number, private first; tries each reading of the number in turn. */
  lookup(raw: string): ContactMatch[] {
    for (const key of candidateKeys(raw, this.#context)) {
      const contacts = this.#byNumber.get(key);
      if (!contacts?.length) continue;
      return [...contacts]
        .sort((a, b) => sourceOrder[a.source] - sourceOrder[b.source])
        .map((contact) => ({
          contact,
          number: contact.numbers.find((number) => number.key === key) ?? null,
        }));
    }
    return [];
  }

  /**
   * Search as you type. Words match at the start of a word of the name or organisation, case and
   * accents ignored (`mul` finds Müller, `sohne` Söhne); a query of digits matches anywhere in a
   * number, in international or national form. Private contacts first, then by name.
   * `anywhere`: words may also match inside a word (`eiss` finds Weiß), for the dial box's last rank.
   */
  search(query: string, limit = 20, options: { anywhere?: boolean } = {}): ContactMatch[] {
    const trimmed = query.trim();
    if (trimmed === '') return [];
    const digits = trimmed.replace(/[\s\-./()+]/g, '');
    const matches = /^\d{2,}$/.test(digits)
      ? this.#searchDigits(digits, limit)
      : this.#searchNames(trimmed, limit, options.anywhere ? '' : ' ');
    return matches
      .sort(
        (a, b) =>
          sourceOrder[a.contact.source] - sourceOrder[b.contact.source] ||
          a.contact.displayName.localeCompare(b.contact.displayName),
      )
      .slice(0, limit);
  }

  /** `lead`: ' ' matches at the start of a word, '' anywhere. */
  #searchNames(query: string, limit: number, lead: string): ContactMatch[] {
    const words = fold(query).split(' ').filter(Boolean);
    const [longest] = [...words].sort((a, b) => b.length - a.length);
    if (!longest) return [];
    this.#names ??= this.#buildNames();
    const names = this.#names;
    const found = new Map<string, ContactMatch>();
    // Enough candidates to rank well, without walking all of a common prefix like "m".
    const cap = Math.max(limit * 10, 200);
    for (const index of occurrences(names, `${lead}${longest}`, cap * 4)) {
      const contact = names.contacts[index];
      if (!contact || found.has(contact.key)) continue;
      const text = recordText(names, index);
      if (words.every((word) => text.includes(`${lead}${word}`)))
        found.set(contact.key, { contact, number: null });
      if (found.size >= cap) break;
    }
    return [...found.values()];
  }

  #searchDigits(digits: string, limit: number): ContactMatch[] {
    this.#digits ??= this.#buildDigits();
    const texts = this.#digits;
    const found = new Map<string, ContactMatch>();
    for (const index of occurrences(texts, digits, Math.max(limit * 10, 200))) {
      const contact = texts.contacts[index];
      if (contact && !found.has(contact.key))
        found.set(contact.key, { contact, number: texts.numbers[index] ?? null });
    }
    return [...found.values()];
  }

  #buildNames(): SearchText {
    const records: [Contact, ContactNumber | null, string][] = [];
    for (const contact of this.#contacts.values()) {
      records.push([contact, null, ` ${fold(`${contact.displayName} ${contact.organisation ?? ''}`)}`]);
    }
    return buildText(records);
  }

  #buildDigits(): SearchText {
    const records: [Contact, ContactNumber | null, string][] = [];
    for (const contact of this.#contacts.values()) {
      for (const number of contact.numbers) {
        if (number.key === null) continue;
        for (const digits of searchableDigits(number.key, this.#context))
          records.push([contact, number, digits]);
      }
    }
    return buildText(records);
  }

  #remove(key: string): void {
    const old = this.#contacts.get(key);
    if (!old) return;
    this.#contacts.delete(key);
    for (const number of old.numbers) {
      if (number.key === null) continue;
      const list = this.#byNumber.get(number.key)?.filter((contact) => contact !== old);
      if (list?.length) this.#byNumber.set(number.key, list);
      else this.#byNumber.delete(number.key);
    }
  }
}

function toContact(source: ContactSource, entry: PhonebookEntry, context: NumberContext): Contact {
  const numbers: ContactNumber[] = [];
  for (const kind of numberKinds) {
    const raw = entry.numbers[kind];
    if (!raw) continue;
    const key = primaryKey(raw, context);
    numbers.push({ kind, raw, key, display: formatForDisplay(raw, context, key) });
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

/** Lower case, accents and umlauts folded (`Müller-Lüdenscheidt` -> `muller ludenscheidt`). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function buildText(records: [Contact, ContactNumber | null, string][]): SearchText {
  const offsets: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const [, , text] of records) {
    offsets.push(length);
    parts.push(text, recordSeparator);
    length += text.length + 1;
  }
  return {
    text: parts.join(''),
    offsets,
    contacts: records.map(([contact]) => contact),
    numbers: records.map(([, number]) => number),
  };
}

/** Record indexes where `needle` occurs, in text order, at most `max`. */
function* occurrences(search: SearchText, needle: string, max: number): Generator<number> {
  let from = 0;
  let yielded = 0;
  while (yielded < max) {
    const at = search.text.indexOf(needle, from);
    if (at < 0) return;
    const record = recordAt(search.offsets, at);
    yield record;
    yielded += 1;
    // Continue after this record: one hit per record is enough.
    from = search.offsets[record + 1] ?? search.text.length;
  }
}

function recordAt(offsets: readonly number[], position: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

function recordText(search: SearchText, record: number): string {
  const start = search.offsets[record] ?? 0;
  const end = (search.offsets[record + 1] ?? search.text.length + 1) - 1;
  return search.text.slice(start, end);
}
