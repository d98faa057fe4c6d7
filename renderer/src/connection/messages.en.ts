/**
 * English UI text of the connection's safety checks (composed into ../lib/messages/en.ts): the
 * consent an `http:` address needs, and the refusals the core words with a `detail`.
 */
export const connectionEn = {
  'plainHttp.title': 'This address is not encrypted',
  'plainHttp.body':
    'With http:// your API password crosses the network readable to anyone on it, once for every request (several a second). Use https:// if your PBX offers it.',
  'plainHttp.consent': 'Send my password unencrypted to {origin}',
  'plainHttp.failed': 'Your choice could not be saved: {reason}',

  'detail.plain-http-needs-consent':
    'Nothing was sent: this http:// address needs your consent to send the password unencrypted.',
  'detail.not-plain-http': 'This address is encrypted (https://) or on this computer: no consent is needed.',
  'detail.certificate-not-presented':
    'This is not the certificate the server presented. Connect again and check the certificate shown.',
  'detail.window-not-allowed': 'This window cannot do that.',
};
