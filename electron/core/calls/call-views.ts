/**
 * What the UI sees of a call: the tracker's call plus the caller as the phonebook knows them
 * (every match, private first), the number formatted for reading, and how often the number called
 * before. Lookups are cached per call and phonebook revision, so a state push per poll does not
 * look up every caller again, and a phonebook page that arrives later still names a call on screen.
 */
import type { CallerContactView, CallView, PreviousCallsView } from '../../shared/features/calls';
import { formatForDisplay, type NumberContext, primaryKey } from '../phone/phone-number';
import type { ContactMatch, PhonebookIndex } from '../phonebook/phonebook-index';
import type { TrackedCall } from './call-tracker';

const maxContactsPerCall = 5;

export interface ResolvedNumber {
  name: string | null;
  displayNumber: string;
  e164: string | null;
  contacts: CallerContactView[];
}

interface CachedLookup {
  number: string;
  revision: number;
  resolved: ResolvedNumber;
}

export class CallViewBuilder {
  readonly #phonebook: PhonebookIndex;
  readonly #numberContext: () => NumberContext;
  readonly #tracked = new Map<string, TrackedCall>();
  readonly #lookups = new Map<string, CachedLookup>();
  readonly #previous = new Map<string, PreviousCallsView>();

  constructor(options: { phonebook: PhonebookIndex; numberContext: () => NumberContext }) {
    this.#phonebook = options.phonebook;
    this.#numberContext = options.numberContext;
  }

  build(call: TrackedCall): CallView {
    this.#tracked.set(call.id, call);
    const resolved = this.#resolveCached(call.id, call.remoteNumber, call.remoteName);
    return {
      ...call,
      remoteName: resolved.name,
      remoteDisplayNumber: resolved.displayNumber,
      remoteE164: resolved.e164,
      contacts: resolved.contacts,
      previousCalls: this.#previous.get(call.id) ?? null,
    };
  }

  /** The view of a call built before, again (the phonebook changed, or its history arrived). */
  rebuild(view: CallView): CallView {
    const tracked = this.#tracked.get(view.id);
    return tracked ? this.build(tracked) : view;
  }

  setPreviousCalls(callId: string, previous: PreviousCallsView): void {
    if (this.#tracked.has(callId)) this.#previous.set(callId, previous);
  }

  /** Drops what is kept for calls no longer on screen. */
  retain(callIds: ReadonlySet<string>): void {
    for (const map of [this.#tracked, this.#lookups, this.#previous]) {
      for (const id of map.keys()) if (!callIds.has(id)) map.delete(id);
    }
  }

  /** Name, display form and phonebook matches of a number (recent calls, CRM links). */
  resolve(number: string, pbxName: string | null): ResolvedNumber {
    const context = this.#numberContext();
    syncIndexContext(this.#phonebook, context);
    const matches = number.trim() === '' ? [] : this.#phonebook.lookup(number);
    const contacts = matches.slice(0, maxContactsPerCall).map(toContactView);
    const key = number.trim() === '' ? null : primaryKey(number, context);
    return {
      name: contacts[0]?.displayName ?? nonEmpty(pbxName),
      displayNumber: number.trim() === '' ? '' : formatForDisplay(number, context, key),
      e164: key?.startsWith('+') ? key : null,
      contacts,
    };
  }

  #resolveCached(callId: string, number: string, pbxName: string | null): ResolvedNumber {
    syncIndexContext(this.#phonebook, this.#numberContext());
    const cached = this.#lookups.get(callId);
    if (cached && cached.number === number && cached.revision === this.#phonebook.revision) {
      return { ...cached.resolved, name: cached.resolved.contacts[0]?.displayName ?? nonEmpty(pbxName) };
    }
    const resolved = this.resolve(number, pbxName);
    this.#lookups.set(callId, { number, revision: this.#phonebook.revision, resolved });
    return resolved;
  }
}

/** Re-keys the shared index when the phone settings changed since it was built. */
export function syncIndexContext(index: PhonebookIndex, context: NumberContext): Promise<boolean> | null {
  const current = index.context;
  if (
    current.defaultCountry !== context.defaultCountry ||
    current.areaCode !== context.areaCode ||
    current.outsideLinePrefix !== context.outsideLinePrefix ||
    current.internalMaxDigits !== context.internalMaxDigits
  ) {
    // Re-keyed in slices; the numbers as read so far answer until it is done.
    return index.setContext(context);
  }
  return null;
}

function toContactView(match: ContactMatch): CallerContactView {
  const { contact } = match;
  return {
    key: contact.key,
    source: contact.source,
    displayName: contact.displayName,
    organisation: contact.organisation,
    notes: contact.notes,
    labels: [...contact.labels],
    numberKind: match.number?.kind ?? null,
  };
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}
