import { z } from 'zod';
import type { PbxClient, QueryValue, RequestOptions } from './client';
import { nullWhenNotFound } from './errors';
import { type DroppedDataSink, isPlainObject, trackDrops } from './normalize';
import { checkSchema, parseJsonBody } from './response-body';
import {
  type PhonebookEntry,
  type PhonebookPage,
  type PhonebookTotals,
  phonebookEntrySchema,
  phonebookPageSchema,
  phonebookTotalsSchema,
} from './schemas/phonebook';

export interface PhonebookQuery {
  /** A text or number fragment; entries with any field containing it match. */
  search?: string;
  /** A single first letter. */
  letter?: string;
  offset?: number;
  limit?: number;
}

export interface PrivatePhonebookQuery extends PhonebookQuery {
  /** `all` includes the global phonebook in the result. */
  scope?: 'all';
}

export interface NewPhonebookEntry {
  displayName: string;
  firstName?: string;
  surname?: string;
  organisation?: string;
  notes?: string;
  email?: string;
  numbers?: Partial<Record<'phone' | 'mobile' | 'homephone' | 'fax', string>>;
}

export interface CreatedPhonebookEntry {
  /** The new entry's id, when the PBX names it in its answer. */
  id: number | null;
}

export interface PhonebookApi {
  /** The global phonebook (`GET /phonebook/`). */
  search(query?: PhonebookQuery, options?: RequestOptions): Promise<PhonebookPage>;
  /** A user's private phonebook; with `scope: 'all'` global entries too. */
  listPrivate(
    username: string,
    query?: PrivatePhonebookQuery,
    options?: RequestOptions,
  ): Promise<PhonebookPage>;
  getEntry(id: number, options?: RequestOptions): Promise<PhonebookEntry | null>;
  /** `HEAD /phonebook/`: counts from `x-total`/`x-totalfiltered` without the entries. */
  totals(query?: PhonebookQuery, options?: RequestOptions): Promise<PhonebookTotals>;
  /** The same counts for a private phonebook (HEAD there is not in the reference; the GET is). */
  privateTotals(
    username: string,
    query?: PrivatePhonebookQuery,
    options?: RequestOptions,
  ): Promise<PhonebookTotals>;
  createGlobal(entry: NewPhonebookEntry, options?: RequestOptions): Promise<CreatedPhonebookEntry>;
  createPrivate(
    username: string,
    entry: NewPhonebookEntry,
    options?: RequestOptions,
  ): Promise<CreatedPhonebookEntry>;
}

const EMPTY_PAGE: PhonebookPage = { total: 0, offset: 0, limit: 0, entries: [] };

export function createPhonebookApi(client: PbxClient, sink?: DroppedDataSink): PhonebookApi {
  const parsed = {
    phonebookEntrySchema: trackDrops(phonebookEntrySchema, sink),
    phonebookPageSchema: trackDrops(phonebookPageSchema, sink),
    phonebookTotalsSchema: trackDrops(phonebookTotalsSchema, sink),
  };
  async function page(path: readonly string[], query: Record<string, QueryValue>, options?: RequestOptions) {
    const trailingSlash = path.length === 1;
    return (
      (await client.getJson(path, parsed.phonebookPageSchema, { ...options, query, trailingSlash })) ??
      EMPTY_PAGE
    );
  }

  async function create(path: readonly string[], entry: NewPhonebookEntry, options?: RequestOptions) {
    const trailingSlash = path.length === 1;
    const response = await client.send('POST', path, { ...options, body: entryBody(entry), trailingSlash });
    const answer = parseJsonBodyOrText(response.bytes, response.origin);
    return checkSchema(answer, createdEntrySchema, response.origin);
  }

  async function totals(
    path: readonly string[],
    query: Record<string, QueryValue>,
    options?: RequestOptions,
  ) {
    const trailingSlash = path.length === 1;
    const response = await client.send('HEAD', path, { ...options, query, trailingSlash });
    return checkSchema(Object.fromEntries(response.headers), parsed.phonebookTotalsSchema, response.origin);
  }

  return {
    search: (query = {}, options) => page(['phonebook'], { ...query }, options),

    listPrivate: (username, query = {}, options) =>
      page(['phonebook', 'identity', username], { ...query }, options),

    getEntry: (id, options) =>
      nullWhenNotFound(() => client.getJson(['phonebook', id], parsed.phonebookEntrySchema, options)),

    totals: (query = {}, options) => totals(['phonebook'], { ...query }, options),

    privateTotals: (username, query = {}, options) =>
      totals(['phonebook', 'identity', username], { ...query }, options),

    createGlobal: (entry, options) => create(['phonebook'], entry, options),

    createPrivate: (username, entry, options) => create(['phonebook', 'identity', username], entry, options),
  };
}

/** The documented create body; empty fields are sent as `""` like the reference's examples. */
function entryBody(entry: NewPhonebookEntry): Record<string, unknown> {
  return {
    type: '028phonebook',
    displayname: entry.displayName,
    firstname: entry.firstName ?? '',
    surname: entry.surname ?? '',
    phone: entry.numbers?.phone ?? '',
    email: entry.email ?? '',
    fax: entry.numbers?.fax ?? '',
    mobile: entry.numbers?.mobile ?? '',
    homephone: entry.numbers?.homephone ?? '',
    organisation: entry.organisation ?? '',
    notes: entry.notes ?? '',
    labelList: [],
  };
}

function parseJsonBodyOrText(bytes: Uint8Array, origin: { method: string; path: string }): unknown {
  try {
    return parseJsonBody(bytes, origin);
  } catch {
    // The reference shows no answer for creating an entry; a non-JSON one carries no id.
    return null;
  }
}

/** The answer to a create is undocumented: the entry, `{ id }`, a bare id, or nothing. */
export const createdEntrySchema = z.unknown().transform((value): CreatedPhonebookEntry => {
  const candidate = isPlainObject(value) ? value.id : value;
  const id = typeof candidate === 'string' && /^\d+$/.test(candidate) ? Number(candidate) : candidate;
  return { id: typeof id === 'number' && Number.isInteger(id) ? id : null };
});
