/**
 * The phonebook, indexed for the two jobs the app does all day:
 * - caller lookup by number: one Map lookup per plausible reading of the number (see
 *   phone-number.ts), private entries before global ones, every match kept;
 * - search as you type by name, organisation or number fragment (search-text.ts).
 * Entries arrive per source in pages (a large first load must not hold back the first popup);
 * lookups and search work from the first page on. What would hold the main process for seconds on
 * a large phonebook (a reload, re-keying after the phone settings changed) builds a new generation
 * aside, in time slices, while the current one keeps answering; it is swapped in whole when ready,
 * so no caller is looked up in a half-built index and the first search after it is as fast as any.
 */
import type { PhonebookEntry } from '../pbx/schemas/phonebook';
import { candidateKeys, type NumberContext, searchableDigits } from '../phone/phone-number';
import { type Contact, type ContactMatch, type ContactSource, rekeyed, toContact } from './contact';
import { Generation } from './generation';
import { fold, nameText, SearchText } from './search-text';
import { createSlicer, type Slicer } from './time-slices';

export type { Contact, ContactMatch, ContactNumber, ContactSource, NumberKind } from './contact';
export { fold, foldSpelled, nameText } from './search-text';

const sourceOrder: Record<ContactSource, number> = { private: 0, global: 1 };

/** Entries added while a new generation is built: applied to the new one too before it is swapped in. */
/** What happened to the current index while a build ran, replayed on the new one in order. */
type Change =
  | { kind: 'add'; source: ContactSource; entries: readonly PhonebookEntry[] }
  | { kind: 'clear'; source: ContactSource };

export class PhonebookIndex {
  #current: Generation;
  /** The context the index is (being) keyed with: the current one, or the one being built for. */
  #target: NumberContext;
  #revision = 0;
  /** Moves when everything is cleared: builds under way or waiting then give up. */
  #epoch = 0;
  /** Builds run one after the other, each from what the one before left. */
  #queue: Promise<void> = Promise.resolve();
  /** Entries added while a build runs: they go into the new generation too. */
  #changesDuringBuild: Change[] | null = null;
  readonly #slicer: Slicer;
  readonly #texts: () => SearchText;

  /** `searchText`: makes each generation's search texts (tests count what they join and when). */
  constructor(context: NumberContext, options: { slicer?: Slicer; searchText?: () => SearchText } = {}) {
    this.#texts = options.searchText ?? (() => new SearchText());
    this.#current = new Generation(context, this.#texts);
    this.#target = context;
    this.#slicer = options.slicer ?? createSlicer();
  }

  get size(): number {
    return this.#current.contacts.size;
  }

  /** Grows with every change (entries added or dropped, numbers read differently): results cached
   * against an older revision may be stale. */
  get revision(): number {
    return this.#revision;
  }

  /** The context the index is keyed with, or will be once a running re-keying is swapped in. */
  get context(): NumberContext {
    return this.#target;
  }

  /** Whether a new generation is being built (a reload or re-keying); the current one answers. */
  get building(): boolean {
    return this.#changesDuringBuild !== null;
  }

  /**
   * Reads every stored number again with another context (the phone settings changed), in slices;
   * the current numbers answer until then. The one shared instance stays: features hold it.
   */
  setContext(context: NumberContext): Promise<boolean> {
    this.#target = context;
    return this.#build((current, next, cancelled) =>
      this.#slicer.each(
        current.contacts.values(),
        (contact) => next.put(rekeyed(contact, context)),
        cancelled,
      ),
    );
  }

  /**
   * Replaces every entry of `source` with `entries` (a reload), built in slices aside; the other
   * source's entries are carried over. Resolves true once swapped in, false when a clear made it
   * give up.
   */
  replace(source: ContactSource, entries: readonly PhonebookEntry[]): Promise<boolean> {
    return this.#build(async (current, next, cancelled) => {
      const context = next.context;
      // Walked in slices too: copying 100,000 contacts into a list first held the loop in one step.
      const carried = await this.#slicer.each(
        current.contacts.values(),
        (contact) => {
          if (contact.source !== source) next.put(contact);
        },
        cancelled,
      );
      return (
        carried &&
        this.#slicer.each(entries, (entry) => next.put(toContact(source, entry, context)), cancelled)
      );
    });
  }

  /** Adds or replaces entries (a page of a first load, or a created contact): at once. */
  add(source: ContactSource, entries: readonly PhonebookEntry[]): void {
    const generation = this.#current;
    for (const entry of entries) generation.put(toContact(source, entry, generation.context));
    generation.settle();
    this.#changesDuringBuild?.push({ kind: 'add', source, entries });
    this.#revision += 1;
  }

  /**
   * Drops every entry (another PBX or agent: builds under way or waiting give up too), or every
   * entry of `source` (cheap: its search records just stop counting).
   */
  clear(source?: ContactSource): void {
    if (source === undefined) {
      this.#epoch += 1;
      this.#changesDuringBuild = null;
      this.#current = new Generation(this.#target, this.#texts);
    } else {
      dropSource(this.#current, source);
      // A build may have carried this source's contacts over already: it drops them too.
      this.#changesDuringBuild?.push({ kind: 'clear', source });
    }
    this.#revision += 1;
  }

  /** Contacts with this number, private first; tries each reading of the number in turn. */
  lookup(raw: string): ContactMatch[] {
    const generation = this.#current;
    for (const key of candidateKeys(raw, generation.context)) {
      const contacts = generation.byNumber.get(key);
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
   * accents ignored (`mul` finds Müller, `sohne` Söhne), umlauts also as German writes them
   * without (`mueller` finds Müller); a query of digits matches anywhere in a number, in
   * international or national form. Private contacts first, then by name.
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
    const generation = this.#current;
    const names = generation.names;
    const found = new Map<string, ContactMatch>();
    // Enough candidates to rank well, without walking all of a common prefix like "m".
    const cap = Math.max(limit * 10, 200);
    let walked = 0;
    for (const record of names.occurrences(`${lead}${longest}`, cap * 4)) {
      walked += 1;
      const contact = names.contactAt(record);
      if (!contact || found.has(contact.key) || !generation.isLive(contact)) continue;
      const text = names.recordText(record);
      if (words.every((word) => text.includes(`${lead}${word}`)))
        found.set(contact.key, { contact, number: null });
      if (found.size >= cap) break;
    }
    if (found.size >= cap || walked >= cap * 4)
      this.#addPrivate(generation, found, (contact) => {
        const text = ` ${nameText(`${contact.displayName} ${contact.organisation ?? ''}`)}`;
        return words.every((word) => text.includes(`${lead}${word}`)) ? { contact, number: null } : null;
      });
    return [...found.values()];
  }

  /**
   * A walk that stopped at its cap may have left out the agent's own contacts, which rank first: the
   * private book (small) is looked at contact by contact then.
   */
  #addPrivate(
    generation: Generation,
    found: Map<string, ContactMatch>,
    match: (contact: Contact) => ContactMatch | null,
  ): void {
    for (const contact of generation.privates) {
      if (found.has(contact.key)) continue;
      const matched = match(contact);
      if (matched) found.set(contact.key, matched);
    }
  }

  #searchDigits(digits: string, limit: number): ContactMatch[] {
    const generation = this.#current;
    const texts = generation.digits;
    const found = new Map<string, ContactMatch>();
    const cap = Math.max(limit * 10, 200);
    let walked = 0;
    for (const record of texts.occurrences(digits, cap)) {
      walked += 1;
      const contact = texts.contactAt(record);
      if (contact && !found.has(contact.key) && generation.isLive(contact))
        found.set(contact.key, { contact, number: texts.numberAt(record) });
    }
    if (walked >= cap)
      this.#addPrivate(generation, found, (contact) => {
        const number = contact.numbers.find(
          (n) =>
            n.key !== null &&
            searchableDigits(n.key, generation.context).some((text) => text.includes(digits)),
        );
        return number ? { contact, number } : null;
      });
    return [...found.values()];
  }

  /**
   * Builds a generation aside with `fill` (in slices), after any build before it, applies what was
   * added meanwhile, and swaps it in; a clear of everything makes it give up.
   */
  #build(
    fill: (current: Generation, next: Generation, cancelled: () => boolean) => Promise<boolean>,
  ): Promise<boolean> {
    const epoch = this.#epoch;
    const cancelled = () => epoch !== this.#epoch;
    const run = async (): Promise<boolean> => {
      if (cancelled()) return false;
      const current = this.#current;
      const next = new Generation(this.#target, this.#texts);
      const changes: Change[] = [];
      this.#changesDuringBuild = changes;
      if (!(await fill(current, next, cancelled))) return false;
      for (const change of this.#changesDuringBuild ?? changes) applyChange(next, change);
      next.settle();
      this.#changesDuringBuild = null;
      this.#current = next;
      this.#revision += 1;
      return true;
    };
    const result = this.#queue.then(run);
    this.#queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

function applyChange(next: Generation, change: Change): void {
  if (change.kind === 'add') {
    for (const entry of change.entries) next.put(toContact(change.source, entry, next.context));
    return;
  }
  dropSource(next, change.source);
}

function dropSource(generation: Generation, source: ContactSource): void {
  for (const contact of [...generation.contacts.values()])
    if (contact.source === source) generation.remove(contact.key);
}
