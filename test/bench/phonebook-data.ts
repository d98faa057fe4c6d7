/**
 * A phonebook of `size` entries, generated deterministically in the formats agents really store
 * (`+49 89 …`, `089 …`, `0172-…`, `0049 …`, `+43 …`, extensions), with callers' numbers as a PBX
 * would deliver them and what agents type into the search. Shared by the phonebook benchmarks.
 */
import type { PhonebookEntry } from '../../electron/core/pbx/schemas/phonebook';

export function generatePhonebook(size: number, seedValue = 42) {
  let seed = seedValue;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

  const firstNames = [
    'Lukas',
    'Anna',
    'Jürgen',
    'Käthe',
    'Sabine',
    'Mehmet',
    'Sophie',
    'Paul',
    'Marie',
    'Jonas',
  ];
  const surnames = [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Weiß',
    'Öztürk',
    'Wagner',
    'Becker',
    'Hofer',
    'Groß',
  ];
  const companies = [
    'Stadtwerke',
    'Bäckerei',
    'Autohaus',
    'Kanzlei',
    'Praxis',
    'Versicherung',
    'Spedition',
    'Bau',
  ];
  const areas = ['89', '30', '40', '221', '911', '9421', '711'];

  /** A stored number and the same line as a caller's PBX would deliver it. */
  function line(): { stored: string; calling: string } {
    const kind = random();
    if (kind < 0.5) {
      const area = pick(areas);
      const subscriber = digits(7);
      const stored = pick([
        `+49 ${area} ${subscriber}`,
        `0${area} ${subscriber}`,
        `0049 ${area} ${subscriber}`,
      ]);
      return { stored, calling: `+49${area}${subscriber}` };
    }
    if (kind < 0.8) {
      const mobile = `17${Math.floor(random() * 10)}${digits(7)}`;
      return {
        stored: pick([`0${mobile.slice(0, 3)}-${mobile.slice(3)}`, `+49 ${mobile}`]),
        calling: `0${mobile}`,
      };
    }
    if (kind < 0.95) {
      const subscriber = digits(7);
      return { stored: `+43 1 ${subscriber}`, calling: `00431${subscriber}` };
    }
    const extension = String(100 + Math.floor(random() * 900));
    return { stored: extension, calling: extension };
  }

  const callers: string[] = [];
  const entries: PhonebookEntry[] = Array.from({ length: size }, (_, id) => {
    const phone = line();
    const mobile = random() < 0.4 ? line() : null;
    if (id % 97 === 0) callers.push(phone.calling);
    const person = `${pick(firstNames)} ${pick(surnames)}`;
    const organisation = random() < 0.6 ? `${pick(companies)} ${pick(surnames)} ${id % 1000}` : null;
    return {
      id,
      type: '028phonebook',
      phonebookType: null,
      phonebookName: null,
      displayName: organisation ? `${organisation} - ${person}` : person,
      firstName: null,
      surname: null,
      organisation,
      notes: null,
      email: null,
      numbers: { phone: phone.stored, mobile: mobile?.stored ?? null, homephone: null, fax: null },
      labels: [],
    };
  });
  const unknownCallers = Array.from({ length: 200 }, () => `+4930${digits(8)}`);
  const lookups = [...callers.slice(0, 800), ...unknownCallers];
  /** What agents type, one keystroke at a time. */
  const typed = [
    'Müller',
    'schm',
    'Käthe Groß',
    'stadtwerke 12',
    'öztürk',
    '0891',
    '1723',
    '+43 1',
    'Bäck',
    'Jon',
  ];
  const keystrokes = typed.flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
  );

  return { entries, callers, unknownCallers, lookups, keystrokes };
}
