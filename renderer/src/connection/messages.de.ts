import type { connectionEn } from './messages.en';

/** German UI text of the connection's safety checks (composed into ../lib/messages/de.ts). */
export const connectionDe: Record<keyof typeof connectionEn, string> = {
  'plainHttp.title': 'Diese Adresse ist nicht verschlüsselt',
  'plainHttp.body':
    'Mit http:// geht Ihr API-Passwort für jeden im Netzwerk lesbar über die Leitung, bei jeder Anfrage (mehrmals pro Sekunde). Verwenden Sie https://, wenn Ihre Telefonanlage es anbietet.',
  'plainHttp.consent': 'Mein Passwort unverschlüsselt an {origin} senden',
  'plainHttp.failed': 'Ihre Auswahl konnte nicht gespeichert werden: {reason}',

  'detail.plain-http-needs-consent':
    'Es wurde nichts gesendet: Für diese http://-Adresse müssen Sie erst zustimmen, dass das Passwort unverschlüsselt gesendet wird.',
  'detail.not-plain-http':
    'Diese Adresse ist verschlüsselt (https://) oder auf diesem Computer: Eine Zustimmung ist nicht nötig.',
  'detail.certificate-not-presented':
    'Das ist nicht das Zertifikat, das der Server vorgelegt hat. Verbinden Sie sich erneut und prüfen Sie das angezeigte Zertifikat.',
  'detail.window-not-allowed': 'Dieses Fenster kann das nicht ausführen.',
};
