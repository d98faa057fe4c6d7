import { availabilityDe } from '../../availability/messages.de';
import { callsDe } from '../../calls/messages.de';
import { connectionDe } from '../../connection/messages.de';
import { desktopDe } from '../../desktop/messages.de';
import { dialDe } from '../../dial/messages.de';
import { hotkeysDe } from '../../hotkeys/messages.de';
import { queuesDe } from '../../queues/messages.de';
import { teamDe } from '../../team/messages.de';
import { voicemailDe } from '../../voicemail/messages.de';
import type { en } from './en';

/** German UI text. Typed against the English keys: a missing or extra key fails `tsc`. */
export const de: Record<keyof typeof en, string> = {
  'app.name': 'pascom Companion',
  'app.loading': 'Wird geladen…',
  'app.unavailable.title': 'pascom Companion ist nicht erreichbar',
  'app.unavailable.body':
    'Dieses Fenster muss von pascom Companion geöffnet werden. Schließen Sie es und öffnen Sie es erneut über das Tray-Symbol.',
  'app.stateFailed': 'Der aktuelle Zustand konnte nicht geladen werden: {reason}',

  'status.label': 'Verbindung',
  'status.setup': 'Noch nicht eingerichtet',
  'status.connecting': 'Verbindung wird aufgebaut…',
  'status.online': 'Online',
  'status.onlineDemo': 'Online (Demo-Telefonanlage)',
  'status.offline': 'Offline',
  'status.offlineRetryIn': 'Offline, neuer Versuch in {seconds} s',
  'status.offlineRetryNow': 'Offline, neuer Versuch läuft',
  'status.askedToWait': 'Die Telefonanlage hat uns gebeten, bis {time} Uhr zu warten',
  'status.retryNow': 'Jetzt erneut versuchen',
  'status.auth-failed': 'Die Telefonanlage hat die Zugangsdaten abgelehnt',
  'status.cert-untrusted': 'Dem Serverzertifikat wird nicht vertraut',
  'status.action.setup': 'Verbindung einrichten',
  'status.action.auth-failed': 'Neues Passwort eingeben',
  'status.action.cert-untrusted': 'Zertifikat prüfen',

  'agent.extension': 'Durchwahl {extension}',
  'agent.extensionWord': 'Durchwahl',

  'panel.openSettings': 'Einstellungen',
  'panel.sections': 'Bereiche',
  'panel.tab.calls': 'Anrufe',

  'calls.title': 'Aktive Anrufe',
  'calls.empty': 'Gerade keine aktiven Anrufe.',
  'calls.phase.ringing': 'Klingelt',
  'calls.phase.answering': 'Wird angenommen…',
  'calls.phase.connected': 'Verbunden',
  'calls.phase.held': 'Gehalten',
  'calls.direction.inbound': 'Eingehend',
  'calls.direction.outbound': 'Ausgehend',
  'calls.internal': 'Intern',
  'calls.viaQueue': 'über {queue}',
  'calls.unknownNumber': 'Unbekannte Nummer',
  'calls.duration': 'Dauer {duration}',

  'toast.details': 'Details',
  'toast.close': 'Meldung schließen',
  'toast.errors': 'Probleme',
  'toast.news': 'Neuigkeiten',

  'notices.title': 'Hinweise',
  'notices.dismiss': 'Ausblenden',
  'notice.unknown': 'Etwas erfordert Ihre Aufmerksamkeit. Details stehen im Protokoll.',
  'notice.settingsReset':
    'Die Einstellungsdatei konnte nicht gelesen werden. Sie wurde als {file} beiseitegelegt, es gelten die Standardwerte.',
  'notice.secretMemoryOnly':
    'Kein Schlüsselbund verfügbar: Das Passwort wird nur im Arbeitsspeicher gehalten und beim nächsten Start erneut abgefragt.',
  'notice.secretMissing':
    'Das gespeicherte Passwort wurde nicht gefunden. Bitte geben Sie es in den Einstellungen erneut ein.',
  'notice.demoStarted': 'Mit der eingebauten Demo-Telefonanlage verbunden.',
  'notice.settingsUnusable':
    'Die Einstellungsdatei konnte weder gelesen noch beiseitegelegt werden. Es gelten die Standardwerte; die Datei blieb unverändert.',
  'notice.secretNotStored':
    'Das Passwort konnte nicht gespeichert werden. Es bleibt bis zum Beenden der App im Speicher.',
  'notice.sandboxOff':
    'Die App wurde mit --no-sandbox gestartet: Ihre Fenster laufen ohne die Chromium-Sandbox. Starten Sie sie ohne diese Option (unter Linux müssen dafür unprivilegierte User-Namespaces erlaubt sein), damit die Sandbox wieder greift.',

  'popup.title': 'Eingehender Anruf',
  'popup.announce': 'Eingehender Anruf von {caller}',
  'popup.announceQueue': 'Eingehender Anruf von {caller} über Warteschlange {queue}',
  'popup.viaQueue': 'über Warteschlange {queue}',
  'popup.dismiss': 'Ausblenden',
  'popup.callEnded': 'Dieser Anruf ist beendet.',

  'settings.title': 'Einstellungen',
  'settings.saved': 'Gespeichert',
  'settings.tab.connection': 'Verbindung',
  'settings.tab.calls': 'Anrufe',
  'settings.tab.queues': 'Warteschlangen',
  'settings.tab.team': 'Team',
  'settings.tab.availability': 'Erreichbarkeit',
  'settings.tab.hotkeys': 'Tastenkürzel',
  'settings.tab.general': 'Allgemein',
  'settings.welcome.title': 'Willkommen bei pascom Companion',
  'settings.welcome.body':
    'Verbinden Sie sich mit Ihrer pascom-Telefonanlage, um schon beim Klingeln zu sehen, wer anruft. Alles andere hat bis danach Zeit.',
  'settings.done.title': 'Alles bereit – Sie finden mich im Infobereich',
  'settings.done.body':
    'Anrufe für Sie erscheinen als Fenster in der Bildschirmecke. Ein Klick auf das pascom-Symbol im Infobereich (neben der Uhr) zeigt Ihre Anrufe, Warteschlangen und Sprachnachrichten.',
  'settings.done.preferences': 'Einstellungen',
  'settings.connection.title': 'Verbindung',
  'settings.currentStatus': 'Status: {status}',
  'settings.serverAddress': 'Serveradresse',
  'settings.serverAddress.hint': 'Adresse der pascom-Weboberfläche, z. B. https://pascom.cloud/ihreanlage',
  'settings.authKind': 'Anmelden mit',
  'settings.authKind.password': 'Benutzername und Passwort',
  'settings.authKind.basic': 'Basic-Auth',
  'settings.apiUser': 'API-Benutzername',
  'settings.apiUser.hint': 'In der Weboberfläche: Information → Developer → Show Rest Credentials.',
  'settings.apiPassword': 'API-Passwort',
  'settings.basicAuth': 'Basic-Auth-Zeichenkette',
  'settings.basicAuth.hint': 'Der Base64-Text nach „Basic “ in einem Authorization-Header.',
  'settings.username': 'Ihr pascom-Benutzername',
  'settings.username.hint': 'Der Name, mit dem Sie sich am pascom-Client anmelden.',
  'settings.clearPasswordOnFailure': 'Passwort nach einem fehlgeschlagenen Versuch leeren',
  'settings.connect': 'Verbinden',
  'settings.tryDemo': 'Demo-Telefonanlage ausprobieren',
  'settings.progress.connect': 'Verbindung zur Telefonanlage wird aufgebaut…',
  'settings.progress.demo': 'Demo-Telefonanlage wird gestartet…',
  'settings.connected': 'Verbunden als {name}, Durchwahl {extension}.',
  'settings.connectedNoExtension': 'Verbunden als {name}.',
  'settings.failed': 'Verbindung fehlgeschlagen: {reason}',

  'connect.error.offline':
    'Unter dieser Adresse ist die Telefonanlage nicht erreichbar. Prüfen Sie die Adresse; steht die Anlage im Firmennetz, verbinden Sie sich zuerst mit dem VPN.',
  'connect.error.timeout':
    'Die Telefonanlage hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und, wenn Sie außerhalb des Büros arbeiten, Ihre VPN-Verbindung.',
  'connect.error.host-not-found':
    'Einen Server mit diesem Namen gibt es nicht. Prüfen Sie die Adresse auf Tippfehler; eine Anlage im Firmennetz braucht eventuell das VPN.',
  'connect.error.not-pascom':
    'Unter dieser Adresse antwortet keine pascom-Telefonanlage. Nehmen Sie die Adresse Ihrer pascom-Weboberfläche, z. B. https://pascom.cloud/ihreanlage',
  'connect.error.auth':
    'Die Telefonanlage hat API-Benutzername oder -Passwort abgelehnt. Kopieren Sie beides aus der pascom-Weboberfläche: Information → Developer → Show Rest Credentials.',
  'connect.error.forbidden':
    'Dieser API-Benutzer darf nicht, was die App braucht. Bitten Sie Ihre pascom-Administration, den REST-API-Benutzer zu prüfen.',
  'connect.error.unknown-user':
    'Die Telefonanlage kennt keinen Benutzer mit diesem Namen. Nehmen Sie den Namen, mit dem Sie sich am pascom-Client anmelden (nicht den API-Benutzernamen).',
  'connect.error.certificate':
    'Dem Zertifikat des Servers wird nicht vertraut. Vergleichen Sie den Fingerabdruck oben mit dem, den Ihnen Ihre Administration nennt.',

  'secret.stored.password':
    'Ein Passwort ist gespeichert ({store}). Lassen Sie das Feld leer, um es weiter zu verwenden.',
  'secret.stored.basic':
    'Eine Basic-Auth-Zeichenkette ist gespeichert ({store}). Lassen Sie das Feld leer, um sie weiter zu verwenden.',
  'secret.where': 'Ihr Passwort ist {store} gespeichert.',
  'secret.store.keychain': 'im Passwortspeicher Ihres Computers',
  'secret.store.safe-storage': 'verschlüsselt in der Einstellungsdatei der App',
  'secret.store.memory': 'nur, solange die App läuft,',
  'secret.store.none': 'nirgends',
  'secret.reason.no-keychain':
    'Dieser Computer hat keinen Passwortspeicher, den die App nutzen kann. Das Passwort wird deshalb verschlüsselt in der Einstellungsdatei der App gespeichert.',
  'secret.reason.no-encryption':
    'Dieser Computer hat weder einen Passwortspeicher noch eine Verschlüsselung, die die App nutzen kann. Das Passwort bleibt deshalb nur, solange die App läuft: Nach jedem Neustart werden Sie danach gefragt.',
  'secret.reason.basic-text-allowed':
    'Sie haben zugestimmt, das Passwort mit der einfachen Verschlüsselung dieses Desktops zu speichern. Wer Ihre Dateien lesen kann, kann sie aufheben.',
  'secret.reason.basic-text-refused':
    'Dieser Desktop hat keinen Passwortspeicher, nur eine einfache Verschlüsselung, die das Passwort nicht schützt. Die App verwendet sie deshalb nicht.',
  'secret.reason.preview': 'Browser-Vorschau: Das Passwort bleibt nur, bis die Vorschau endet.',
  'secret.reason.unknown':
    'Das Passwort bleibt nur, solange die App läuft: Nach einem Neustart werden Sie wieder danach gefragt.',
  'secret.weak.warning':
    'Dieser Desktop bietet keinen Passwortspeicher, nur eine Verschlüsselung, deren Schlüssel im Klartext neben Ihren Dateien liegt: Wer Ihre Dateien lesen kann, kann das Passwort lesen. Ohne Ihre Zustimmung bleibt das Passwort nur, solange die App läuft, und wird bei jedem Start abgefragt.',
  'secret.weak.allow': 'Passwort trotzdem mit der einfachen Verschlüsselung speichern',
  'secret.weak.revoke': 'Einfache Verschlüsselung nicht mehr verwenden',
  'secret.forget': 'Gespeichertes Passwort vergessen',
  'secret.forgotten': 'Das gespeicherte Passwort wurde entfernt.',
  'secret.forgetFailed': 'Das gespeicherte Passwort konnte nicht entfernt werden: {reason}',

  'cert.title': 'Dem Serverzertifikat wird nicht vertraut',
  'cert.body':
    'Viele Telefonanlagen im Haus verwenden ein eigenes Zertifikat. Vergleichen Sie den Fingerabdruck mit dem Ihres Administrators, bevor Sie ihm vertrauen.',
  'cert.changed':
    'Achtung: Dieser Server hat zuvor ein anderes Zertifikat vorgelegt. Vertrauen Sie ihm nur, wenn Ihr Administrator das Zertifikat geändert hat.',
  'cert.host': 'Server',
  'cert.fingerprint': 'SHA-256-Fingerabdruck',
  'cert.subject': 'Ausgestellt für',
  'cert.issuer': 'Ausgestellt von',
  'cert.validity': 'Gültig',
  'cert.validRange': 'vom {from} bis {to}',
  'cert.trust': 'Diesem Zertifikat vertrauen',
  'cert.trusted': 'Dem Zertifikat wird für {host} vertraut.',
  'cert.trustFailed': 'Dem Zertifikat konnte nicht vertraut werden: {reason}',

  'prefs.title': 'Sprache und Darstellung',
  'prefs.language': 'Sprache',
  'prefs.language.system': 'System',
  'prefs.language.en': 'English',
  'prefs.language.de': 'Deutsch',
  'prefs.theme': 'Farbschema',
  'prefs.theme.system': 'System',
  'prefs.theme.light': 'Hell',
  'prefs.theme.dark': 'Dunkel',
  'prefs.saveFailed': 'Die Einstellung konnte nicht gespeichert werden: {reason}',

  'error.offline': 'Die Telefonanlage ist nicht erreichbar.',
  'error.timeout': 'Die Telefonanlage hat nicht rechtzeitig geantwortet.',
  'error.auth': 'Die Telefonanlage hat die API-Zugangsdaten abgelehnt.',
  'error.forbidden': 'Die Telefonanlage erlaubt diesem API-Benutzer das nicht.',
  'error.not-found': 'Die Telefonanlage hat das Gesuchte nicht gefunden.',
  'error.conflict': 'Die Telefonanlage meldet einen Konflikt. Bitte versuchen Sie es erneut.',
  'error.rate-limited': 'Die Telefonanlage bittet um weniger Anfragen. Bitte versuchen Sie es gleich erneut.',
  'error.server': 'Die Telefonanlage meldet einen internen Fehler.',
  'error.bad-response': 'Die Telefonanlage hat eine unverständliche Antwort geschickt.',
  'error.bad-request': 'Die Telefonanlage hat die Anfrage abgelehnt.',
  'error.certificate': 'Dem Serverzertifikat wird nicht vertraut.',
  'error.invalid-input': 'Eine Eingabe ist ungültig.',
  'error.not-connected': 'Die App ist nicht mit der Telefonanlage verbunden.',
  'error.unavailable': 'pascom Companion ist nicht erreichbar.',
  'error.internal': 'In der App ist ein Fehler aufgetreten.',

  'detail.empty': 'Bitte füllen Sie dieses Feld aus.',
  'detail.not-a-url': 'Das ist keine Webadresse. Beispiel: https://pbx.example.com/meinefirma',
  'detail.unsupported-scheme': 'Nur Adressen, die mit https:// oder http:// beginnen, werden unterstützt.',
  'detail.host-not-found': 'Unter diesem Namen wurde kein Server gefunden.',
  'detail.not-pascom': 'Dieser Server antwortet nicht wie eine pascom REST-API.',
  'detail.unknown-user': 'Es gibt keinen pascom-Benutzer mit diesem Benutzernamen.',
  'detail.bad-basic-string':
    'Das ist keine gültige Basic-Auth-Zeichenkette (Base64 von "benutzer:passwort").',
  'detail.certificate-untrusted': 'Dem Serverzertifikat wird nicht vertraut.',
  'detail.username-chars':
    'Der Benutzername darf keine Leerzeichen und keines der Zeichen / \\ ? # enthalten.',
  'detail.certificate-changed': 'Das Serverzertifikat hat sich geändert, seit Sie ihm vertraut haben.',
  'detail.has-credentials':
    'Bitte Benutzername und Passwort nicht in die Adresse schreiben, sondern in die Felder unten.',
  'detail.has-query': 'Die Adresse darf keine Abfrage enthalten (den Teil nach „?“).',
  'detail.has-fragment': 'Die Adresse darf kein Fragment enthalten (den Teil nach „#“).',
  'detail.missing-secret':
    'Bitte das Passwort eingeben (für diesen Server und Benutzer ist keins gespeichert).',
  'detail.empty-username': 'Bitte den API-Benutzernamen eingeben.',
  'detail.empty-password': 'Bitte das API-Passwort eingeben.',
  'detail.username-has-colon': 'Der API-Benutzername darf keinen Doppelpunkt enthalten.',
  'detail.control-characters': 'Dieses Feld enthält unsichtbare Steuerzeichen.',
  'detail.unsafe-path-segment':
    'Es wurde nichts an die Telefonanlage gesendet: Dieser Eintrag hat einen Namen (etwa „..“), der sich nicht sicher in einer Anfrage verwenden lässt.',

  ...callsDe,
  ...connectionDe,
  ...dialDe,
  ...hotkeysDe,
  ...queuesDe,
  ...teamDe,
  ...voicemailDe,
  ...desktopDe,
  ...availabilityDe,
};
