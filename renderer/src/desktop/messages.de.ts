import type { desktopEn } from './messages.en';

/** German UI text of the desktop basics (composed into ../lib/messages/de.ts); typed against the English keys. */
export const desktopDe: Record<keyof typeof desktopEn, string> = {
  'desktop.title': 'Start, Updates und Support',
  'desktop.startAtLogin': 'Beim Anmelden starten, nur im Infobereich',
  'desktop.autostartUnavailable': 'In der Browser-Vorschau nicht verfügbar.',
  'desktop.autostartProblem': 'Das ließ sich nicht ändern: {reason}',
  'desktop.updates': 'Updates automatisch installieren',
  'desktop.feedUrl': 'Adresse des Update-Servers',
  'desktop.feedUrlHelp':
    'Die https-Adresse, die Sie von Ihrer IT bekommen. Updates werden im Hintergrund heruntergeladen und beim Beenden der App installiert.',
  'desktop.feedUrlInvalid':
    'Diese Adresse lässt sich nicht verwenden: Sie muss mit https:// beginnen und darf kein Passwort enthalten.',
  'desktop.checkNow': 'Jetzt prüfen',
  'desktop.updatesUnavailable':
    'Updates gibt es nur in der installierten App, nicht in der Vorschau oder einer Entwicklerversion.',
  'desktop.update.off': 'Updates sind ausgeschaltet.',
  'desktop.update.noFeed': 'Es ist kein Update-Server eingetragen.',
  'desktop.update.idle': 'Noch nicht geprüft.',
  'desktop.update.checking': 'Suche nach Updates…',
  'desktop.update.up-to-date': 'pascom Companion ist auf dem neuesten Stand.',
  'desktop.update.downloading': 'Version {version} wird heruntergeladen…',
  'desktop.update.ready': 'Version {version} wird installiert, wenn Sie die App beenden.',
  'desktop.update.failed': 'Die Suche nach Updates ist fehlgeschlagen: {problem}',
  'desktop.redactNumbers': 'Auch Telefonnummern entfernen',
  'desktop.exportLog': 'Support-Protokoll exportieren…',
  'desktop.exportHelp': 'Passwörter und Zugangsschlüssel werden vor dem Speichern immer entfernt.',
  'desktop.exportUnavailable': 'In der Browser-Vorschau nicht verfügbar.',
  'desktop.export.saved': 'Gespeichert: {lines} Zeilen, {redactions} Angaben entfernt.',
  'desktop.export.failed': 'Die Datei konnte nicht gespeichert werden.',
  'desktop.export.empty': 'Es gibt noch nichts zu exportieren.',
  'notice.desktop.updateReady':
    'pascom Companion {version} wurde heruntergeladen und wird installiert, wenn Sie die App beenden.',
};
