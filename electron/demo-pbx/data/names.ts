// Word lists for the generated phonebook. German names on purpose: umlauts, ß and apostrophes are
// what breaks naive search, sorting and display code.

export const FIRST_NAMES = [
  'Jürgen',
  'Sören',
  'Björn',
  'Jörg',
  'Günther',
  'Käthe',
  'Hans-Peter',
  'Anna',
  'Lena',
  'Lukas',
  'Maximilian',
  'Sophie',
  'Marie',
  'Felix',
  'Jonas',
  'Leonie',
  'Paul',
  'Emma',
  'Ben',
  'Mia',
  'Katharina',
  'Stefan',
  'Andrea',
  'Michael',
  'Sabine',
  'Thomas',
  'Ute',
  'Wolfgang',
  'Ingrid',
  'Uwe',
  'Zoë',
  'Chloé',
  'René',
  'Ömer',
  'Ayşe',
  'Mehmet',
  'Agnieszka',
  'Dragan',
  'Élodie',
  'Niklas',
] as const;

export const SURNAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Weiß',
  'Groß',
  'Öztürk',
  'Jäger',
  'Böhm',
  'Strauß',
  "O'Brien",
  "D'Angelo",
  'von der Heide',
  'Fuchs',
] as const;

export const ORGANISATIONS = [
  'Müller & Söhne GmbH',
  'Bäckerei Schäfer KG',
  'Stadtwerke Süd AG',
  'Ötztaler Bergbahnen GmbH',
  'Brauerei Weißbräu e.K.',
  'Grün & Partner Steuerberater',
  "D'Amico Feinkost OHG",
  'Technik Groß GmbH & Co. KG',
  'Autohaus Köhler',
  'Praxis Dr. Jäger',
  'Landratsamt Straubing',
  'Schreinerei Fuchs',
  'Wiener Versicherung AG',
  'Züricher Treuhand AG',
  'Hotel Zur Post',
  'Kanzlei Böhm & Strauß',
  'Elektro Krüger',
  'IT-Systemhaus Nord',
] as const;

export const NOTES = [
  'Rückruf bitte nur vormittags.',
  'Ansprechpartner für Rechnungen.',
  'Spricht Englisch und Französisch.',
  'Wartungsvertrag läuft bis Dezember.',
  'VIP-Kunde: immer direkt durchstellen.',
  'Bevorzugt E-Mail statt Anruf.',
  'Zentrale, fragt meist nach dem Vertrieb.',
] as const;

export const LABELS = ['Kunde', 'Lieferant', 'VIP', 'Partner', 'Interessent', 'Presse'] as const;

/** Area codes for believable landline numbers: [country code, area code without trunk prefix]. */
export const AREAS: readonly (readonly [string, string])[] = [
  ['49', '89'],
  ['49', '30'],
  ['49', '40'],
  ['49', '221'],
  ['49', '69'],
  ['49', '711'],
  ['49', '911'],
  ['49', '9421'],
  ['43', '1'],
  ['43', '316'],
  ['41', '44'],
];

export const MOBILE_PREFIXES = ['151', '160', '170', '171', '172', '175', '176', '179'] as const;

/** ASCII form for e-mail addresses and user names. */
export function asciiFold(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]/g, '');
}
