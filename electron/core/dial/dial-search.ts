/**
 * Suggestions for the dial box: contacts from the shared phonebook index as the agent types (one
 * per contact, with the numbers it can be called on: a fax number is never a dial target), ranked
 * as dial-ranking.ts says; the last numbers dialed when the box is empty. Until the index has been
 * loaded once (the first load of a large phonebook takes a while) the PBX's own search answers.
 */
import type { DialSuggestion, DialSuggestionNumber } from '../../shared/features/dial';
import type { PhonebookEntry } from '../pbx/index';
import type { NumberContext } from '../phone/phone-number';
import { type ContactMatch, PhonebookIndex } from '../phonebook/phonebook-index';
import type { SettingsSection } from '../settings/section';
import type { DeviceSession } from './device-tracker';
import { rankNameMatches } from './dial-ranking';
import type { DialSettings } from './settings';

export const defaultSuggestionLimit = 8;
/** Enough entries for the words the PBX did not filter by to still leave a full list. */
const pbxSearchLimit = 200;

export interface DialSearchOptions {
  phonebook: PhonebookIndex;
  /** The index has been loaded in full once (a later reload keeps the old entries meanwhile). */
  indexLoaded(): boolean;
  settings: SettingsSection<DialSettings>;
  numberContext(): NumberContext;
  session(): DeviceSession | null;
}

export async function searchDialTargets(
  options: DialSearchOptions,
  query: string,
  limit = defaultSuggestionLimit,
): Promise<DialSuggestion[]> {
  const trimmed = query.trim();
  if (trimmed === '') return recentSuggestions(options.settings, limit);
  if (options.indexLoaded() && options.phonebook.size > 0) {
    return ranked(options.phonebook, trimmed, limit);
  }
  const session = options.session();
  if (!session) return [];
  // The PBX matches one text anywhere in an entry: ask for the longest word, filter by all of them here.
  const longest = [...trimmed.split(/\s+/)].sort((a, b) => b.length - a.length)[0] ?? trimmed;
  const page = await session.api.phonebook.listPrivate(session.me, {
    search: longest,
    scope: 'all',
    limit: pbxSearchLimit,
  });
  const found = new PhonebookIndex(options.numberContext());
  found.add(
    'private',
    page.entries.filter((entry) => isPrivate(entry, session.me)),
  );
  found.add(
    'global',
    page.entries.filter((entry) => !isPrivate(entry, session.me)),
  );
  return ranked(found, trimmed, limit);
}

/** Enough candidates of each kind that the best ranks are among them. */
const candidateFactor = 10;

/**
 * Word-start matches first; only when they do not fill the list, matches inside words as well
 * (a common prefix must not be crowded out by the many names that merely contain it).
 */
function ranked(index: PhonebookIndex, query: string, limit: number): DialSuggestion[] {
  const wanted = limit * candidateFactor;
  const atWordStart = index.search(query, wanted);
  const dialable = (matches: ContactMatch[]) =>
    matches.map(toSuggestion).filter((suggestion) => suggestion.numbers.length > 0);
  let suggestions = dialable(rankNameMatches(query, atWordStart));
  if (suggestions.length < limit) {
    const seen = new Set(atWordStart.map((match) => match.contact.key));
    const inside = index.search(query, wanted, { anywhere: true }).filter((m) => !seen.has(m.contact.key));
    suggestions = [...suggestions, ...dialable(rankNameMatches(query, inside))];
  }
  return suggestions.slice(0, limit);
}

function isPrivate(entry: PhonebookEntry, me: string): boolean {
  return entry.phonebookType === 'identity' && entry.phonebookName === me;
}

function recentSuggestions(settings: SettingsSection<DialSettings>, limit: number): DialSuggestion[] {
  return settings.current.recent.slice(0, limit).map((recent) => ({
    key: `recent:${recent.target}`,
    name: recent.name ?? recent.display,
    organisation: null,
    source: 'recent',
    numbers: [{ kind: 'recent', display: recent.display, target: recent.target }],
  }));
}

function toSuggestion(match: ContactMatch): DialSuggestion {
  const numbers: DialSuggestionNumber[] = match.contact.numbers
    .filter((number) => number.kind !== 'fax')
    .map((number) => ({ kind: number.kind, display: number.display, target: number.raw }));
  // A search by number puts the number that matched first.
  const matched = match.number;
  if (matched) numbers.sort((a, b) => Number(b.target === matched.raw) - Number(a.target === matched.raw));
  return {
    key: match.contact.key,
    name: match.contact.displayName,
    organisation: match.contact.organisation,
    source: match.contact.source,
    numbers,
  };
}
