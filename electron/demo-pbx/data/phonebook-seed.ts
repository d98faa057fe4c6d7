import { knownGlobalEntries, knownPrivateEntries } from './known-callers';
import type { PhonebookEntry, UserSeed } from './model';
import { asciiFold, FIRST_NAMES, LABELS, NOTES, ORGANISATIONS, SURNAMES } from './names';
import {
  canonicalDigits,
  formatLandline,
  formatMobile,
  randomLandline,
  randomMobile,
} from './number-formats';
import type { Random } from './random';
import { DEMO_AGENT } from './users';

type EntryDraft = Omit<PhonebookEntry, 'id'>;

function generatedEntry(random: Random, owner: string | null, reserved: ReadonlySet<string>): EntryDraft {
  const firstname = random.pick(FIRST_NAMES);
  const surname = random.pick(SURNAMES);
  const organisation = random.chance(0.6) ? random.pick(ORGANISATIONS) : null;
  const companyOnly = organisation !== null && random.chance(0.15);
  let phone: string | null = null;
  do {
    phone = formatLandline(randomLandline(random), random.int(0, 6));
  } while (reserved.has(canonicalDigits(phone)));
  const mobile = random.chance(0.45) ? formatMobile(randomMobile(random), random.int(0, 3)) : null;
  const person = companyOnly ? null : `${firstname} ${surname}`;
  const domain = organisation
    ? `${asciiFold(organisation.split(' ')[0] ?? 'firma').toLowerCase()}.de`
    : 'example.com';
  return {
    type: '028phonebook',
    owner,
    displayname: organisation && person ? `${organisation} - ${person}` : (person ?? organisation ?? ''),
    firstname: companyOnly ? null : firstname,
    surname: companyOnly ? null : surname,
    phone,
    email: random.chance(0.7)
      ? `${asciiFold(companyOnly ? 'info' : `${firstname}.${surname}`).toLowerCase()}@${domain}`
      : null,
    fax: random.chance(0.2) ? formatLandline(randomLandline(random), random.int(0, 6)) : null,
    mobile,
    homephone: random.chance(0.08) ? formatLandline(randomLandline(random), random.int(0, 6)) : null,
    organisation,
    notes: random.chance(0.15) ? random.pick(NOTES) : null,
    labelList: random.chance(0.3) ? [random.pick(LABELS)] : [],
  };
}

function userEntry(user: UserSeed): PhonebookEntry {
  return {
    id: user.phonebookEntryId,
    type: '011account',
    owner: null,
    displayname: user.displayName,
    firstname: null,
    surname: null,
    phone: user.extension,
    email: user.email,
    fax: user.faxExtension,
    mobile: user.mobileNumber,
    homephone: null,
    organisation: null,
    notes: null,
    labelList: [],
  };
}

/**
 * All phonebook entries: the users (type 011account, ids 1..n like their 028pho_id), the global
 * phonebook with the well-known demo callers first, then private phonebooks. Ids are one sequence.
 */
export function seedPhonebook(
  random: Random,
  users: readonly UserSeed[],
  globalSize: number,
): PhonebookEntry[] {
  const entries: PhonebookEntry[] = users.map(userEntry);
  let nextId = entries.length + 1;
  const add = (entry: EntryDraft): void => {
    entries.push({ ...entry, id: nextId++ });
  };
  const known = [...knownGlobalEntries(), ...knownPrivateEntries(DEMO_AGENT)];
  const reserved = new Set(
    known.flatMap((entry) =>
      [entry.phone, entry.mobile].filter((n): n is string => n !== null).map((n) => canonicalDigits(n)),
    ),
  );
  const globalKnown = knownGlobalEntries();
  globalKnown.slice(0, Math.max(0, globalSize)).forEach(add);
  for (let i = globalKnown.length; i < globalSize; i++) add(generatedEntry(random, null, reserved));
  knownPrivateEntries(DEMO_AGENT).forEach(add);
  for (let i = 0; i < 10; i++) add(generatedEntry(random, DEMO_AGENT, reserved));
  for (const user of users) {
    if (user.name === DEMO_AGENT) continue;
    const count = random.int(1, 4);
    for (let i = 0; i < count; i++) add(generatedEntry(random, user.name, reserved));
  }
  return entries;
}
