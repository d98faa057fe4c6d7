/**
 * Search as you type over 100,000 contacts: one native `indexOf` scan over a prepared text per
 * field kind (folded names, number digits), instead of normalising every entry on every keystroke.
 * The text only grows: added contacts are appended, and a record whose contact was replaced or
 * removed stays in the text but no longer counts (`isLive`), so adding a page or a contact never
 * rebuilds it. It is built anew with the index when a phonebook is reloaded or re-keyed.
 */
import type { Contact, ContactNumber } from './contact';

/** Separates records in the search texts; never part of a folded name or of digits. */
const recordSeparator = '\u0001';

export class SearchText {
  #text = '';
  /** Records appended since the text was last joined (joined lazily, in one piece). */
  #pending: string[] = [];
  #length = 0;
  /** Start offset of each record in the text, ascending, and the contact it belongs to. */
  readonly #offsets: number[] = [];
  readonly #contacts: Contact[] = [];
  /** For number texts: which of the contact's numbers a record is. */
  readonly #numbers: (ContactNumber | null)[] = [];

  append(contact: Contact, number: ContactNumber | null, text: string): void {
    this.#offsets.push(this.#length);
    this.#contacts.push(contact);
    this.#numbers.push(number);
    this.#pending.push(text, recordSeparator);
    this.#length += text.length + 1;
    // Joined in pieces as it grows: one join of 200,000 parts would hold the event loop itself.
    if (this.#pending.length >= 2048) this.settle();
  }

  /** Joins what was appended, so the first search after a change costs no more than any other. */
  settle(): void {
    if (this.#pending.length === 0) return;
    this.#text += this.#pending.join('');
    this.#pending = [];
  }

  /**
   * Settles and makes the text one flat string now (V8 keeps `a + b` as a rope and copies it flat
   * on the first search otherwise), at the end of a build rather than on the agent's keystroke.
   */
  flatten(): void {
    this.settle();
    this.#text.indexOf(recordSeparator + recordSeparator);
  }

  contactAt(record: number): Contact | undefined {
    return this.#contacts[record];
  }

  numberAt(record: number): ContactNumber | null {
    return this.#numbers[record] ?? null;
  }

  /** Record indexes where `needle` occurs, in text order, at most `max` (live or not). */
  *occurrences(needle: string, max: number): Generator<number> {
    this.settle();
    const text = this.#text;
    let from = 0;
    let yielded = 0;
    while (yielded < max) {
      const at = text.indexOf(needle, from);
      if (at < 0) return;
      const record = this.#recordAt(at);
      yield record;
      yielded += 1;
      // Continue after this record: one hit per record is enough.
      from = this.#offsets[record + 1] ?? text.length;
    }
  }

  recordText(record: number): string {
    this.settle();
    const start = this.#offsets[record] ?? 0;
    // Every record ends with the separator, the last one too.
    const end = (this.#offsets[record + 1] ?? this.#text.length) - 1;
    return this.#text.slice(start, end);
  }

  #recordAt(position: number): number {
    const offsets = this.#offsets;
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((offsets[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }
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
