import type { teamEn } from './messages.en';

/** German UI text of the team board (composed into ../lib/messages/de.ts); typed against the English keys. */
export const teamDe: Record<keyof typeof teamEn, string> = {
  'team.tab': 'Team',
  'team.title': 'Ihr Team',
  'team.list': 'Kolleginnen und Kollegen',
  'team.offline': 'Ihr Team erscheint hier, sobald die App verbunden ist.',
  'team.loading': 'Ihr Team wird geladen…',
  'team.empty': 'Noch niemand in Ihrer Teamliste. Suchen Sie unten nach Kollegen, um Favoriten hinzuzufügen.',
  'team.reason.roles-forbidden':
    'Ihre Teamrollen konnten nicht gelesen werden (keine Berechtigung): nur Favoriten werden angezeigt.',
  'team.reason.roles-missing': 'Diese Telefonanlage bietet keine Teamrollen: nur Favoriten werden angezeigt.',
  'team.reason.no-roles': 'Die Telefonanlage hat keine Teamrollen: nur Favoriten werden angezeigt.',
  'team.reason.not-in-role':
    'Sie sind in keiner Teamrolle der Telefonanlage: nur Favoriten werden angezeigt.',
  'team.lines.unsupported':
    'Diese Telefonanlage meldet keinen Leitungsstatus: nur die Präsenz wird angezeigt.',
  'team.filter': 'Kollegen filtern',
  'team.filter.placeholder': 'Name oder Durchwahl ({shortcut})',
  'team.filter.shortcut': 'Strg+K',
  'team.filter.none': 'Niemand in Ihrer Teamliste passt zur Eingabe.',
  'team.more': '{count} weitere: tippen Sie, um die Liste einzugrenzen.',
  'team.extension': 'Durchwahl {extension}',

  'team.line.idle': 'Frei',
  'team.line.ringing': 'Klingelt',
  'team.line.inUse': 'Im Gespräch',
  'team.line.busy': 'Besetzt',
  'team.line.onHold': 'Gehalten',
  'team.line.unavailable': 'Nicht erreichbar',
  'team.line.unknown': 'Leitungsstatus unbekannt',
  'team.line.waiting': 'Leitungsstatus folgt…',
  'team.line.for': 'seit {duration}',
  'team.line.forAtLeast': 'seit mindestens {duration}',

  'team.presence.available': 'Verfügbar',
  'team.presence.away': 'Abwesend',
  'team.presence.busy': 'Beschäftigt',
  'team.presence.unknown': 'Präsenz unbekannt',
  'team.notFound': 'Nicht in der Telefonanlage gefunden',
  'team.favourite': 'Favorit',

  'team.call': 'Anrufen',
  'team.callTo': '{name} anrufen',
  'team.transfer': 'Vermitteln',
  'team.transferTo': 'Gespräch an {name} vermitteln',
  'team.copy': 'Kopieren',
  'team.copyExtension': 'Durchwahl von {name} kopieren',
  'team.copied': 'Durchwahl {extension} kopiert.',
  'team.copyFailed': 'Die Durchwahl konnte nicht kopiert werden.',
  'team.addFavourite': '{name} zu den Favoriten hinzufügen',
  'team.removeFavourite': '{name} aus den Favoriten entfernen',
  'team.failed': 'Nicht ausgeführt: {reason}',

  'team.search.title': 'Alle in der Telefonanlage',
  'team.search.searching': 'Wird gesucht…',
  'team.search.none': 'In der Telefonanlage passt sonst niemand zur Eingabe.',
  'team.search.onBoard': 'In Ihrer Teamliste',

  'team.announce.line': '{name}: {state}',

  'team.settings.title': 'Teamliste',
  'team.settings.favourites': 'Favoriten',
  'team.settings.favouritesHint':
    'Favoriten stehen oben in der Teamliste und im Tray-Menü. Hinzufügen können Sie sie im Tab „Team“.',
  'team.settings.noFavourites': 'Noch keine Favoriten.',
  'team.settings.moveUp': '{name} nach oben',
  'team.settings.moveDown': '{name} nach unten',
  'team.settings.remove': '{name} entfernen',
  'team.settings.hidden': 'Ausgeblendete Personen',
  'team.settings.hiddenHint': 'Ausgeblendete Personen erscheinen weder in der Teamliste noch im Tray-Menü.',
  'team.settings.noHidden': 'Niemand ist ausgeblendet.',
  'team.settings.hideWho': 'Person zum Ausblenden',
  'team.settings.hide': 'Ausblenden',
  'team.settings.show': '{name} wieder anzeigen',
  'team.settings.announce': 'Änderungen am Leitungsstatus von Favoriten per Screenreader ansagen',
};
