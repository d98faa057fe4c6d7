import type { hotkeysEn } from './messages.en';

/** German UI text of the hotkeys feature (composed into ../lib/messages/de.ts); typed against the English keys. */
export const hotkeysDe: Record<keyof typeof hotkeysEn, string> = {
  'hotkeys.title': 'Tastenkürzel',
  'hotkeys.intro':
    'Diese wirken in jeder Anwendung. Klicken Sie in ein Feld und drücken Sie die neuen Tasten; die Rücktaste schaltet ein Kürzel aus.',
  'hotkeys.unavailable': 'Globale Tastenkürzel sind hier nicht verfügbar.',
  'hotkeys.wayland':
    'Unter Wayland fragt Ihr Desktop eventuell nach, bevor er ein Kürzel erlaubt. Funktioniert eines nicht, legen Sie in den Tastatureinstellungen Ihres Desktops stattdessen den Befehl "pascom-companion --dial" auf eine Taste (siehe README).',
  'hotkeys.suspended': 'Die Tastenkürzel sind pausiert.',
  'hotkeys.resume': 'Tastenkürzel wieder aktivieren',
  'hotkeys.suspend': 'Tastenkürzel pausieren',
  'hotkeys.action.dial-selection': 'Markierten Text (oder die Zwischenablage) anrufen',
  'hotkeys.action.answer': 'Klingelnden Anruf annehmen',
  'hotkeys.action.hang-up': 'Auflegen',
  'hotkeys.action.toggle-pause': 'Warteschlangen pausieren oder fortsetzen',
  'hotkeys.action.show-panel': 'Panel anzeigen',
  'hotkeys.action.cycle-profile': 'Zum nächsten Erreichbarkeitsprofil wechseln',
  'hotkeys.field': 'Kürzel für: {action}',
  'hotkeys.none': 'Aus',
  'hotkeys.clear': 'Ausschalten',
  'hotkeys.default': 'Standard',
  'hotkeys.status.active': 'Aktiv',
  'hotkeys.status.unverified': 'Angemeldet; wirkt, sobald Ihr Desktop es bestätigt',
  'hotkeys.status.off': 'Aus',
  'hotkeys.status.suspended': 'Pausiert',
  'hotkeys.status.invalid': 'Kein verwendbares Kürzel: Strg, Alt oder ⌘ hinzunehmen',
  'hotkeys.status.conflict': 'Schon belegt für: {action}',
  'hotkeys.status.unavailable': 'Von einer anderen Anwendung belegt oder vom Desktop nicht unterstützt',
  'hotkeys.status.unsupported': 'Hier nicht verfügbar',
  'hotkeys.saveFailed': 'Das Kürzel konnte nicht gespeichert werden: {reason}',
};
