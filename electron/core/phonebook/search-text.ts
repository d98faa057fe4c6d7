/**
 * Search as you type over 100,000 contacts: native `indexOf` scans over prepared texts per field
 * kind (folded names, number digits), instead of normalising every entry on every keystroke.
 * The text only grows: added contacts are appended, and a record whose contact was replaced or
 * removed stays in the text but no longer counts (`isLive`), so adding a page or a contact never
 * rebuilds it. It is built anew with the index when a phonebook is reloaded or re-keyed.
 *
 * The text is kept in flat segments of about `segmentChars` characters, not as one string: one
 * string of several MB would be copied whole (V8 flattens `text + added` on the next search) after
 * every added contact, holding the event loop for tens of ms and making the old-space garbage that
 * triggers long collections. Appending copies only the open last segment, at once, never on a search.
 */
import type { Contact, ContactNumber } from './contact';

export { fold, foldSpelled, nameText } from '../../shared/name-fold';

/** Separates records in the search texts; never part of a folded name or of digits. */
const recordSeparator = '\u0001';

/** 64 Ki characters: copied in microseconds, and small enough to stay out of V8's large-object space. */
export const DEFAULT_SEGMENT_CHARS = 65_536;

interface Segment {
  text: string;
  /** Offset of its first character in the whole (conceptual) text. */
  start: number;
}

export class SearchText {
  /** Flat segments in record order; the last one is open for appends. */
  readonly #segments: Segment[] = [{ text: '', start: 0 }];
  /** Records appended since the text was last joined. */
  #pending: string[] = [];
  #length = 0;
  #copied = 0;
  readonly #segmentChars: number;
  /** Start offset of each record in the whole text, ascending, and the contact it belongs to. */
  readonly #offsets: number[] = [];
  readonly #contacts: Contact[] = [];
  /** For number texts: which of the contact's numbers a record is. */
  readonly #numbers: (ContactNumber | null)[] = [];

  constructor(options: { segmentChars?: number } = {}) {
    this.#segmentChars = options.segmentChars ?? DEFAULT_SEGMENT_CHARS;
  }

  get records(): number {
    return this.#offsets.length;
  }

  /** Records appended but not joined into the text yet: a search would have to join them first. */
  get unsettled(): number {
    return this.#pending.length / 2;
  }

  /** Characters copied while joining so far (what appending costs; a search copies none once settled). */
  get copied(): number {
    return this.#copied;
  }

  get segments(): number {
    return this.#segments.length;
  }

  append(contact: Contact, number: ContactNumber | null, text: string): void {
    this.#offsets.push(this.#length);
    this.#contacts.push(contact);
    this.#numbers.push(number);
    this.#pending.push(text, recordSeparator);
    this.#length += text.length + 1;
    // Joined in pieces as it grows: one join of 200,000 parts would hold the event loop itself.
    if (this.#pending.length >= 2048) this.settle();
  }

  /**
   * Joins what was appended into the open segment, as one flat string (`join` builds it flat; `a + b`
   * would stay a rope that the next search copies), and closes the segment once it is full.
   */
  settle(): void {
    if (this.#pending.length === 0) return;
    const open = this.#segments[this.#segments.length - 1] as Segment;
    this.#pending.unshift(open.text);
    open.text = this.#pending.join('');
    this.#copied += open.text.length;
    this.#pending = [];
    if (open.text.length >= this.#segmentChars)
      this.#segments.push({ text: '', start: open.start + open.text.length });
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
    let yielded = 0;
    for (const { text, start } of this.#segments) {
      let from = 0;
      while (yielded < max) {
        const at = text.indexOf(needle, from);
        if (at < 0) break;
        const record = this.#recordAt(start + at);
        yield record;
        yielded += 1;
        // Continue after this record: one hit per record is enough.
        from = (this.#offsets[record + 1] ?? this.#length) - start;
      }
      if (yielded >= max) return;
    }
  }

  recordText(record: number): string {
    this.settle();
    const begin = this.#offsets[record] ?? 0;
    const end = (this.#offsets[record + 1] ?? this.#length) - 1;
    const { text, start } = this.#segmentAt(begin);
    return text.slice(begin - start, end - start);
  }

  #segmentAt(position: number): Segment {
    const segments = this.#segments;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((segments[middle] as Segment).start <= position) low = middle;
      else high = middle - 1;
    }
    return segments[low] as Segment;
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
