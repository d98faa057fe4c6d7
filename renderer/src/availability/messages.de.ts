import type { availabilityEn } from './messages.en';

/** German UI text of the availability feature (composed into ../lib/messages/de.ts). */
export const availabilityDe: Record<keyof typeof availabilityEn, string> = {
  'availability.tab': 'Status',
  'availability.offline': 'Profil, Umleitung und Standort erscheinen hier, sobald die App verbunden ist.',
  'availability.loading': 'Erreichbarkeit wird geladen…',
  'availability.hidden.forbidden':
    'Nicht angezeigt: Die Telefonanlage erlaubt diesem API-Benutzer nicht, es zu lesen.',
  'availability.hidden.not-offered': 'Nicht angezeigt: Diese Telefonanlage bietet das nicht an.',
  'availability.pending': 'Warte auf die Telefonanlage…',

  'availability.profile.title': 'Profil',
  'availability.profile.menu': 'Profil: {profile}',
  'availability.profile.menuLabel': 'Erreichbarkeitsprofile',
  'availability.profile.none': 'Kein Profil aktiv',
  'availability.profile.unnamed': 'Profil {id}',
  'availability.profile.vanished': 'Ihr aktives Profil gibt es in der Telefonanlage nicht mehr.',
  'availability.profile.admin': 'vom Administrator eingerichtet',
  'availability.profile.empty': 'Die Telefonanlage führt keine Profile für Sie.',

  'availability.forward.title': 'Rufumleitung',
  'availability.forward.off': 'Ihre Anrufe werden nicht umgeleitet.',
  'availability.forward.on': 'Umgeleitet auf {target}',
  'availability.forward.onMobile': 'Umgeleitet auf Ihr Handy ({number})',
  'availability.forward.banner': 'Anrufe umgeleitet auf {target}',
  'availability.forward.bannerMobile': 'Anrufe umgeleitet auf Ihr Handy ({number})',
  'availability.forward.stop': 'Umleitung beenden',
  'availability.forward.noExtension': 'Sie haben keine Durchwahl, deren Anrufe umgeleitet werden könnten.',
  'availability.forward.target': 'Umleiten auf',
  'availability.forward.targetHint':
    'Eine Rufnummer oder Durchwahl, oder suchen Sie eine Kollegin oder einen Kollegen nach Namen.',
  'availability.forward.submit': 'Umleiten',
  'availability.forward.mobile': 'Mein Handy ({number})',
  'availability.forward.previous': 'Letztes Ziel ({number})',
  'availability.forward.quick': 'Schnellziele',
  'availability.forward.search': 'Kollegen suchen',
  'availability.forward.colleagues': 'Kollegen',
  'availability.forward.colleague': '{name}, Durchwahl {extension}',
  'availability.forward.noColleagues': 'Niemand gefunden.',

  'availability.location.title': 'Standort',
  'availability.location.here': 'Sie sind am Standort {location} angemeldet.',
  'availability.location.nowhere': 'Sie sind an keinem Standort angemeldet.',
  'availability.location.relocate': 'Anmelden',
  'availability.location.relocateTo': 'Am Standort {location} anmelden',
  'availability.location.leave': 'Vom Standort {location} abmelden',
  'availability.location.occupied': 'jetzt: {name}',
  'availability.location.current': 'Sie sind hier',
  'availability.location.none': 'Ihnen steht kein Standort offen.',
  'availability.location.scopeAll': 'Alle dynamischen Standorte der Telefonanlage.',

  'availability.switches.title': 'Schalter',
  'availability.switches.none':
    'Wählen Sie in den Einstellungen (Erreichbarkeit) die Schalter aus, die Sie nutzen.',
  'availability.switches.on': 'Ein',
  'availability.switches.off': 'Aus',
  'availability.switches.unknown': 'Zustand unbekannt',
  'availability.switches.vanished': 'Nicht mehr in der Telefonanlage',
  'availability.switches.confirmOn':
    '„{name}“ einschalten? Schalter ändern die Anrufverteilung für alle, die darüber anrufen, nicht nur für Sie.',
  'availability.switches.confirmOff':
    '„{name}“ ausschalten? Schalter ändern die Anrufverteilung für alle, die darüber anrufen, nicht nur für Sie.',
  'availability.switches.turnOn': 'Einschalten',
  'availability.switches.turnOff': 'Ausschalten',
  'availability.switches.cancel': 'Abbrechen',

  'availability.outcome.activate-profile': 'Profil „{subject}“ ist aktiv.',
  'availability.outcome.forward': 'Ihre Anrufe werden auf {subject} umgeleitet.',
  'availability.outcome.clear-forward': 'Umleitung beendet.',
  'availability.outcome.relocate': 'Sie sind am Standort {subject} angemeldet.',
  'availability.outcome.leave-location': 'Sie haben sich vom Standort {subject} abgemeldet.',
  'availability.outcome.set-switch': '„{subject}“ umgeschaltet.',
  'availability.pbxSays': 'Die Telefonanlage meldet: „{message}“',
  'availability.outcome.failed': 'Nicht ausgeführt: {reason}',
  'availability.outcome.failedSubject': '„{subject}“ nicht ausgeführt: {reason}',

  'availability.settings.title': 'Erreichbarkeit',
  'availability.settings.switches': 'Schalter im Panel',
  'availability.settings.switchesHint':
    'Wählen Sie die Schalter, die Sie selbst ein- und ausschalten, z. B. eine Nachtschaltung.',
  'availability.settings.noSwitches':
    'Die Telefonanlage führt keine Schalter (oder die App ist nicht verbunden).',
  'availability.settings.automations': 'Profil-Automatiken',
  'availability.settings.automationsIntro':
    'Jede ist aus, bis Sie ein Profil wählen. Keine überschreibt ein Profil, das Sie selbst gewählt haben. Sie arbeiten mit den Sicherheitsnetzen der Warteschlangen zusammen: Beim Sperren des Bildschirms können Ihre Warteschlangen pausieren und Ihr Profil wechseln.',
  'availability.settings.quit': 'Wenn die App beendet wird oder Sie sich abmelden',
  'availability.settings.start': 'Wenn die App startet und sich anmeldet',
  'availability.settings.lock': 'Solange der Bildschirm gesperrt ist (danach kommt das vorige Profil zurück)',
  'availability.settings.off': 'Aus',
  'availability.settings.vanished': '{profile} (nicht mehr in der Telefonanlage)',
  'availability.settings.saveFailed': 'Die Einstellung konnte nicht gespeichert werden: {reason}',
  'availability.settings.last': 'Zuletzt: {what}',
  'availability.settings.last.activated': '{trigger}: {profile} aktiviert',
  'availability.settings.last.skipped': '{trigger}: Ihr Profil blieb, wie es war ({reason})',
  'availability.settings.last.failed': '{trigger}: Die Telefonanlage hat {profile} nicht übernommen',
  'availability.settings.trigger.quit': 'Beenden',
  'availability.settings.trigger.start': 'Start',
  'availability.settings.trigger.lock': 'Bildschirm gesperrt',
  'availability.settings.trigger.unlock': 'Bildschirm entsperrt',
  'availability.settings.reason.manual': 'Sie hatten ein anderes gewählt',
  'availability.settings.reason.already': 'es war schon aktiv',
  'availability.settings.reason.vanished': 'nicht mehr in der Telefonanlage',
  'availability.settings.reason.offline': 'nicht verbunden',
  'availability.settings.reason.no-previous': 'vorher war kein Profil aktiv',

  'detail.availability-vanished': 'Das gibt es in der Telefonanlage nicht mehr.',
  'detail.availability-hidden': 'Die Telefonanlage erlaubt das hier nicht.',
  'detail.availability-no-extension': 'Sie haben keine Durchwahl, deren Anrufe umgeleitet werden könnten.',
  'detail.availability-not-at-location': 'Sie sind an keinem Standort angemeldet.',
  'detail.availability-no-profiles': 'Die Telefonanlage führt keine Profile für Sie.',
  'detail.forward-empty': 'Geben Sie eine Nummer ein, auf die umgeleitet werden soll.',
  'detail.forward-not-a-number': 'Das ist keine Rufnummer. Es wurde nichts gesendet.',
  'detail.forward-letters':
    'Die Nummer enthält Buchstaben. Geben Sie die Ziffern ein. Es wurde nichts gesendet.',
  'detail.forward-several-numbers':
    'Der Text enthält mehr als eine Nummer. Wählen Sie eine. Es wurde nichts gesendet.',
  'detail.forward-too-short': 'Die Nummer ist zu kurz. Es wurde nichts gesendet.',
  'detail.forward-too-long': 'Die Nummer ist zu lang. Es wurde nichts gesendet.',
  'detail.forward-misplaced-symbol':
    'Ein +, * oder # steht an der falschen Stelle. Es wurde nichts gesendet.',
  'detail.forward-incomplete-international':
    'Diese internationale Nummer ist unvollständig. Es wurde nichts gesendet.',
  'detail.forward-unsupported-link': 'Dieser Link kann nicht gelesen werden. Es wurde nichts gesendet.',
  'detail.forward-link-without-number': 'Dieser Link enthält keine Rufnummer. Es wurde nichts gesendet.',
  'detail.forward-service-code': 'Ein Dienstcode kann kein Umleitungsziel sein. Es wurde nichts gesendet.',
  'detail.forward-own-extension': 'Das ist Ihre eigene Durchwahl. Es wurde nichts gesendet.',

  'notice.availability.profileNow': 'Profil „{profile}“ ist aktiv.',
  'notice.availability.cycleFailed':
    'Das Profil konnte nicht gewechselt werden. Einzelheiten stehen im Panel.',
};
