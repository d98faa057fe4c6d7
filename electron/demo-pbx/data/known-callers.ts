import type { PhonebookEntry } from './model';

/**
 * Well-known demo callers, fixed for every seed, so tests can script "a call from a known contact"
 * and "the same contact calling in another format". `callsFrom` is what the PBX shows as srcNumber;
 * `sameInOtherFormat` is the same line as another carrier would deliver it.
 */
export interface DemoCaller {
  displayname: string;
  organisation: string | null;
  /** As stored in the phonebook entry. */
  storedAs: string;
  callsFrom: string;
  sameInOtherFormat: string;
  phonebook: 'global' | 'private';
}

export const DEMO_CALLERS = {
  /** Global contact stored as "+49 89 1234567". */
  lukasMueller: {
    displayname: 'Müller & Söhne GmbH - Lukas Müller',
    organisation: 'Müller & Söhne GmbH',
    storedAs: '+49 89 1234567',
    callsFrom: '+49891234567',
    sameInOtherFormat: '0891234567',
    phonebook: 'global',
  },
  /** Global contact with a mobile number stored as "0172-1234567" and an ß in the name. */
  sabineWeiss: {
    displayname: 'Sabine Weiß',
    organisation: null,
    storedAs: '0172-1234567',
    callsFrom: '01721234567',
    sameInOtherFormat: '+491721234567',
    phonebook: 'global',
  },
  /** Austrian contact stored as "+43 1 5875123". */
  franzHofer: {
    displayname: 'Wiener Versicherung AG - Franz Hofer',
    organisation: 'Wiener Versicherung AG',
    storedAs: '+43 1 5875123',
    callsFrom: '+4315875123',
    sameInOtherFormat: '004315875123',
    phonebook: 'global',
  },
  /** Apostrophe in the name; stored as "0049 9421 778899" (Straubing). */
  seanOBrien: {
    displayname: "Landratsamt Straubing - Seán O'Brien",
    organisation: 'Landratsamt Straubing',
    storedAs: '0049 9421 778899',
    callsFrom: '+499421778899',
    sameInOtherFormat: '09421 778899',
    phonebook: 'global',
  },
  /** Two global entries share this switchboard number: a lookup finds both. */
  stadtwerkeZentrale: {
    displayname: 'Stadtwerke Süd AG',
    organisation: 'Stadtwerke Süd AG',
    storedAs: '089 2380 000',
    callsFrom: '+49892380000',
    sameInOtherFormat: '0892380000',
    phonebook: 'global',
  },
  stadtwerkeOeztuerk: {
    displayname: 'Stadtwerke Süd AG - Petra Öztürk',
    organisation: 'Stadtwerke Süd AG',
    storedAs: '+49 (0)89 2380000',
    callsFrom: '+49892380000',
    sameInOtherFormat: '0892380000',
    phonebook: 'global',
  },
  /** In tsander's private phonebook AND (written differently) in the global one: private wins. */
  kaetheGross: {
    displayname: 'Käthe Groß',
    organisation: null,
    storedAs: '+49 151 23456789',
    callsFrom: '+4915123456789',
    sameInOtherFormat: '015123456789',
    phonebook: 'private',
  },
  /** Only in tsander's private phonebook. */
  tobiasMustermann: {
    displayname: 'Chaos Computer - Tobias Mustermann',
    organisation: 'Chaos Computer',
    storedAs: '0991 123455677',
    callsFrom: '+49991123455677',
    sameInOtherFormat: '0991123455677',
    phonebook: 'private',
  },
} as const satisfies Record<string, DemoCaller>;

/** A number that is in no phonebook. */
export const UNKNOWN_CALLER_NUMBER = '+49 30 99998888';

type EntryDraft = Omit<PhonebookEntry, 'id'>;

function draft(owner: string | null, fields: Partial<EntryDraft> & { displayname: string }): EntryDraft {
  return {
    type: '028phonebook',
    owner,
    firstname: null,
    surname: null,
    phone: null,
    email: null,
    fax: null,
    mobile: null,
    homephone: null,
    organisation: null,
    notes: null,
    labelList: [],
    ...fields,
  };
}

export function knownGlobalEntries(): EntryDraft[] {
  const c = DEMO_CALLERS;
  return [
    draft(null, {
      displayname: c.lukasMueller.displayname,
      firstname: 'Lukas',
      surname: 'Müller',
      organisation: c.lukasMueller.organisation,
      phone: c.lukasMueller.storedAs,
      mobile: '0170 9876543',
      email: 'l.mueller@mueller-soehne.de',
      notes: 'Rahmenvertrag 2024, Ansprechpartner Einkauf.',
      labelList: ['Kunde', 'VIP'],
    }),
    draft(null, {
      displayname: c.sabineWeiss.displayname,
      firstname: 'Sabine',
      surname: 'Weiß',
      mobile: c.sabineWeiss.storedAs,
      email: 'sabine.weiss@example.org',
      labelList: ['Interessent'],
    }),
    draft(null, {
      displayname: c.franzHofer.displayname,
      firstname: 'Franz',
      surname: 'Hofer',
      organisation: c.franzHofer.organisation,
      phone: c.franzHofer.storedAs,
      fax: '+43 1 5875199',
      email: 'franz.hofer@wiener-vers.at',
      labelList: ['Partner'],
    }),
    draft(null, {
      displayname: c.seanOBrien.displayname,
      firstname: 'Seán',
      surname: "O'Brien",
      organisation: c.seanOBrien.organisation,
      phone: c.seanOBrien.storedAs,
      notes: 'Bürgerservice, Zimmer 2.14',
    }),
    draft(null, {
      displayname: c.stadtwerkeZentrale.displayname,
      organisation: c.stadtwerkeZentrale.organisation,
      phone: c.stadtwerkeZentrale.storedAs,
      fax: '089 2380 001',
      labelList: ['Lieferant'],
    }),
    draft(null, {
      displayname: c.stadtwerkeOeztuerk.displayname,
      firstname: 'Petra',
      surname: 'Öztürk',
      organisation: c.stadtwerkeOeztuerk.organisation,
      phone: c.stadtwerkeOeztuerk.storedAs,
      email: 'p.oeztuerk@stadtwerke-sued.de',
      labelList: ['Lieferant'],
    }),
    draft(null, {
      displayname: 'Technik Groß GmbH & Co. KG - Käthe Groß',
      firstname: 'Käthe',
      surname: 'Groß',
      organisation: 'Technik Groß GmbH & Co. KG',
      mobile: c.kaetheGross.sameInOtherFormat,
    }),
  ];
}

export function knownPrivateEntries(owner: string): EntryDraft[] {
  const c = DEMO_CALLERS;
  return [
    draft(owner, {
      displayname: c.kaetheGross.displayname,
      firstname: 'Käthe',
      surname: 'Groß',
      mobile: c.kaetheGross.storedAs,
      notes: 'Privat: Nachbarin, hat den Zweitschlüssel.',
    }),
    draft(owner, {
      displayname: c.tobiasMustermann.displayname,
      firstname: 'Tobias',
      surname: 'Mustermann',
      organisation: c.tobiasMustermann.organisation,
      phone: c.tobiasMustermann.storedAs,
      email: 'tmustermann@cc.de',
      fax: '0991123455671',
      mobile: '017712345678',
      homephone: '0991123455677',
      notes: 'Some Notes about the contact',
    }),
  ];
}
