/**
 * One complete, consistent phonebook index: what lookups and searches read. The phonebook index
 * keeps the current one and builds the next aside (reload, re-keying) before swapping it in.
 */
import { type NumberContext, searchableDigits } from '../phone/phone-number';
import type { Contact } from './contact';
import { nameText, type SearchText } from './search-text';

/** One complete, consistent index: what lookups and searches read. */
export class Generation {
  readonly contacts = new Map<string, Contact>();
  readonly byNumber = new Map<string, Contact[]>();
  /** The agent's own contacts (a small book), for searches that must not leave them out. */
  readonly privates = new Set<Contact>();
  readonly names: SearchText;
  readonly digits: SearchText;

  constructor(
    readonly context: NumberContext,
    texts: () => SearchText,
  ) {
    this.names = texts();
    this.digits = texts();
  }

  /** Joins what was appended to the search texts, so no search has to. */
  settle(): void {
    this.names.settle();
    this.digits.settle();
  }

  /** Whether a record of a search text still stands for the contact under its key. */
  isLive(contact: Contact): boolean {
    return this.contacts.get(contact.key) === contact;
  }

  put(contact: Contact): void {
    this.remove(contact.key);
    this.contacts.set(contact.key, contact);
    if (contact.source === 'private') this.privates.add(contact);
    for (const number of contact.numbers) {
      if (number.key === null) continue;
      const list = this.byNumber.get(number.key);
      if (list) {
        if (!list.includes(contact)) list.push(contact);
      } else this.byNumber.set(number.key, [contact]);
    }
    this.names.append(contact, null, ` ${nameText(`${contact.displayName} ${contact.organisation ?? ''}`)}`);
    for (const number of contact.numbers) {
      if (number.key === null) continue;
      for (const digits of searchableDigits(number.key, this.context))
        this.digits.append(contact, number, digits);
    }
  }

  remove(key: string): void {
    const old = this.contacts.get(key);
    if (!old) return;
    this.contacts.delete(key);
    this.privates.delete(old);
    for (const number of old.numbers) {
      if (number.key === null) continue;
      const list = this.byNumber.get(number.key)?.filter((contact) => contact !== old);
      if (list?.length) this.byNumber.set(number.key, list);
      else this.byNumber.delete(number.key);
    }
  }
}
