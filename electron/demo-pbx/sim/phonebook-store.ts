import type { PhonebookEntry } from '../data/model';
import { canonicalDigits } from '../data/number-formats';

export interface PhonebookQuery {
  /** Private phonebook owner; null = the global phonebook. */
  owner: string | null;
  /** With an owner: also return global entries (scope=all). */
  includeGlobal: boolean;
  search?: string;
  letter?: string;
}

export type PhonebookFields = Omit<PhonebookEntry, 'id' | 'type' | 'owner'>;

const NUMBER_FIELDS = ['phone', 'mobile', 'homephone', 'fax'] as const;
const TEXT_FIELDS = [
  'displayname',
  'firstname',
  'surname',
  'email',
  'organisation',
  'notes',
  ...NUMBER_FIELDS,
] as const;
/** Lower case without accents, ß as ss: German phonebook order and letter filter. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** An entry with its precomputed sort key and search text, so a 100,000-entry phonebook stays fast. */
interface Indexed {
  entry: PhonebookEntry;
  sortKey: string;
  text: string;
  digits: string;
}

function indexEntry(entry: PhonebookEntry): Indexed {
  const text = [...TEXT_FIELDS.map((field) => entry[field] ?? ''), ...entry.labelList]
    .join('\n')
    .toLowerCase();
  const digits = NUMBER_FIELDS.map((field) => entry[field] ?? '')
    .join('|')
    .replace(/[^\d|]/g, '');
  return { entry, sortKey: fold(entry.displayname), text, digits };
}

/** Global and private phonebooks in one id space, with the search the REST API offers. */
export class PhonebookStore {
  private readonly entries = new Map<number, PhonebookEntry>();
  private nextId: number;
  private sortedCache: Indexed[] | null = null;
  private readonly scopeCache = new Map<string, Indexed[]>();
  private numberIndex: Map<string, PhonebookEntry[]> | null = null;

  constructor(entries: readonly PhonebookEntry[]) {
    let maxId = 0;
    for (const entry of entries) {
      this.entries.set(entry.id, entry);
      maxId = Math.max(maxId, entry.id);
    }
    this.nextId = maxId + 1;
  }

  byId(id: number): PhonebookEntry | undefined {
    return this.entries.get(id);
  }

  count(owner: string | null, includeGlobal = false): number {
    return this.scope(owner, includeGlobal).length;
  }

  /** Sorted by display name; search matches any field, digit fragments also ignore punctuation. */
  list(query: PhonebookQuery): PhonebookEntry[] {
    const needle = query.search?.trim().toLowerCase() ?? '';
    const needleDigits = /^[+\d\s()/-]+$/.test(needle) ? needle.replace(/\D/g, '') : '';
    const letter = query.letter ? fold(query.letter).charAt(0) : '';
    const scoped = this.scope(query.owner, query.includeGlobal);
    const result: PhonebookEntry[] = [];
    for (const item of scoped) {
      if (letter !== '' && !item.sortKey.startsWith(letter)) continue;
      if (
        needle !== '' &&
        !item.text.includes(needle) &&
        !(needleDigits.length >= 3 && item.digits.includes(needleDigits))
      ) {
        continue;
      }
      result.push(item.entry);
    }
    return result;
  }

  /** Entries whose phone, mobile or home number is this number in any notation. */
  findByNumber(number: string): PhonebookEntry[] {
    if (this.numberIndex === null) {
      const index = new Map<string, PhonebookEntry[]>();
      for (const entry of this.entries.values()) {
        for (const field of ['phone', 'mobile', 'homephone'] as const) {
          const value = entry[field];
          if (!value) continue;
          const key = canonicalDigits(value);
          const list = index.get(key) ?? [];
          if (!list.includes(entry)) list.push(entry);
          index.set(key, list);
        }
      }
      this.numberIndex = index;
    }
    return this.numberIndex.get(canonicalDigits(number)) ?? [];
  }

  create(owner: string | null, fields: PhonebookFields): PhonebookEntry {
    const entry: PhonebookEntry = { ...fields, id: this.nextId++, type: '028phonebook', owner };
    this.entries.set(entry.id, entry);
    this.invalidate();
    return entry;
  }

  update(
    id: number,
    fields: Partial<PhonebookFields> & { owner?: string | null },
  ): PhonebookEntry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    Object.assign(entry, fields);
    this.invalidate();
    return entry;
  }

  delete(id: number): boolean {
    const deleted = this.entries.delete(id);
    if (deleted) this.invalidate();
    return deleted;
  }

  private scope(owner: string | null, includeGlobal: boolean): Indexed[] {
    const key = `${owner ?? ''}\u0000${includeGlobal}`;
    let scoped = this.scopeCache.get(key);
    if (!scoped) {
      scoped = this.sorted().filter(({ entry }) =>
        entry.owner === null ? owner === null || includeGlobal : entry.owner === owner,
      );
      this.scopeCache.set(key, scoped);
    }
    return scoped;
  }

  private sorted(): Indexed[] {
    this.sortedCache ??= [...this.entries.values()]
      .map(indexEntry)
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.entry.id - b.entry.id));
    return this.sortedCache;
  }

  private invalidate(): void {
    this.sortedCache = null;
    this.scopeCache.clear();
    this.numberIndex = null;
  }
}
