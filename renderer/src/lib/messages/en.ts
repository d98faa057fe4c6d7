/**
 * English UI text: the reference catalogue. Its keys define `MessageKey`; every other language must
 * have exactly these keys (`de.ts` is typed against them, so a missing translation fails `tsc`).
 * Placeholders are `{name}`; the same names must appear in every translation.
 */
import { callsEn } from '../../calls/messages.en';
import { dialEn } from '../../dial/messages.en';
import { hotkeysEn } from '../../hotkeys/messages.en';
import { queuesEn } from '../../queues/messages.en';
import { voicemailEn } from '../../voicemail/messages.en';

export const en = {
  'app.name': 'pascom Companion',
  'app.loading': 'Loading…',
  'app.unavailable.title': 'pascom Companion is not reachable',
  'app.unavailable.body':
    'This window must be opened by pascom Companion. Close it and open it again from the tray icon.',
  'app.stateFailed': 'The current state could not be loaded: {reason}',

  'status.label': 'Connection',
  'status.setup': 'Not set up yet',
  'status.connecting': 'Connecting…',
  'status.online': 'Online',
  'status.onlineDemo': 'Online (demo PBX)',
  'status.offline': 'Offline',
  'status.offlineRetryIn': 'Offline, retrying in {seconds} s',
  'status.offlineRetryNow': 'Offline, retrying now',
  'status.askedToWait': 'The PBX asked us to wait until {time}',
  'status.retryNow': 'Retry now',
  'status.auth-failed': 'The PBX refused the credentials',
  'status.cert-untrusted': 'The server certificate is not trusted',
  'status.action.setup': 'Set up connection',
  'status.action.auth-failed': 'Enter new password',
  'status.action.cert-untrusted': 'Review certificate',

  'agent.extension': 'Ext. {extension}',

  'panel.openSettings': 'Settings',
  'panel.sections': 'Sections',
  'panel.tab.calls': 'Calls',

  'calls.title': 'Active calls',
  'calls.empty': 'No active calls right now.',
  'calls.phase.ringing': 'Ringing',
  'calls.phase.answering': 'Answering…',
  'calls.phase.connected': 'Connected',
  'calls.phase.held': 'On hold',
  'calls.direction.inbound': 'Incoming',
  'calls.direction.outbound': 'Outgoing',
  'calls.internal': 'Internal',
  'calls.viaQueue': 'via {queue}',
  'calls.unknownNumber': 'Unknown number',
  'calls.duration': 'Duration {duration}',

  'toast.details': 'Details',
  'toast.close': 'Close message',
  'toast.errors': 'Problems',
  'toast.news': 'News',

  'notices.title': 'Notices',
  'notices.dismiss': 'Dismiss',
  'notice.unknown': 'Something needs your attention. Details are in the log.',
  'notice.settingsReset':
    'The settings file could not be read. It was set aside as {file} and the defaults are in use.',
  'notice.secretMemoryOnly':
    'No keychain is available: the password is kept in memory only and will be asked for at the next start.',
  'notice.secretMissing': 'The stored password could not be found. Please enter it again in the settings.',
  'notice.demoStarted': 'Connected to the built-in demo PBX.',
  'notice.settingsUnusable':
    'The settings file could not be read and could not be moved aside either. The defaults are in use; the file was left as it is.',
  'notice.secretNotStored': 'The password could not be stored. It is kept until the app quits.',
  'notice.sandboxOff':
    'The app was started with --no-sandbox: its windows run without the Chromium sandbox. Start it without that option (on Linux, allow unprivileged user namespaces) to turn the sandbox back on.',

  'popup.title': 'Incoming call',
  'popup.announce': 'Incoming call from {caller}',
  'popup.announceQueue': 'Incoming call from {caller} via queue {queue}',
  'popup.viaQueue': 'via queue {queue}',
  'popup.dismiss': 'Dismiss',
  'popup.callEnded': 'This call has ended.',

  'settings.title': 'Settings',
  'settings.welcome.title': 'Welcome to pascom Companion',
  'settings.welcome.body': 'Connect to your pascom phone system to see who is calling, right when it rings.',
  'settings.connection.title': 'Connection',
  'settings.currentStatus': 'Status: {status}',
  'settings.serverAddress': 'Server address',
  'settings.serverAddress.hint': 'For example https://pbx.example.com/mycompany',
  'settings.authKind': 'Sign in with',
  'settings.authKind.password': 'Username and password',
  'settings.authKind.basic': 'Basic auth',
  'settings.apiUser': 'API username',
  'settings.apiPassword': 'API password',
  'settings.basicAuth': 'Basic auth string',
  'settings.basicAuth.hint': 'The base64 text after "Basic " in an Authorization header.',
  'settings.username': 'Your pascom username',
  'settings.username.hint': 'The user you log in to the pascom client with.',
  'settings.clearPasswordOnFailure': 'Clear the password after a failed attempt',
  'settings.connect': 'Connect',
  'settings.tryDemo': 'Try the demo PBX',
  'settings.progress.connect': 'Connecting to the PBX…',
  'settings.progress.demo': 'Starting the demo PBX…',
  'settings.connected': 'Connected as {name}, extension {extension}.',
  'settings.connectedNoExtension': 'Connected as {name}.',
  'settings.failed': 'Could not connect: {reason}',

  'secret.stored.password': 'A password is stored ({store}). Leave the field empty to keep using it.',
  'secret.stored.basic': 'A Basic auth string is stored ({store}). Leave the field empty to keep using it.',
  'secret.where': 'Passwords are kept {store}.',
  'secret.store.keychain': 'in the system keychain',
  'secret.store.safe-storage': 'encrypted in the settings file',
  'secret.store.memory': 'in memory only, until the app quits',
  'secret.store.none': 'nowhere',
  'secret.reason.no-keychain':
    'No system keychain answered on this computer, so the password is encrypted with the system key instead.',
  'secret.reason.no-encryption': 'Neither a keychain nor system encryption is available on this computer.',
  'secret.reason.basic-text-allowed':
    'You allowed the weak text encryption this desktop offers instead of a keychain.',
  'secret.reason.basic-text-refused': 'The only encryption available here is not secure, so it is not used.',
  'secret.reason.unknown': 'A stronger store is not available on this computer.',
  'secret.weak.warning':
    'This desktop offers no keychain, only an encryption whose key is stored in plain text next to your files. Anyone who can read your files can read the password. Without your consent the password is kept in memory only and asked for at every start.',
  'secret.weak.allow': 'Store the password with the weak encryption anyway',
  'secret.weak.revoke': 'Stop using the weak encryption',
  'secret.forget': 'Forget stored password',
  'secret.forgotten': 'The stored password was removed.',
  'secret.forgetFailed': 'The stored password could not be removed: {reason}',

  'cert.title': 'The server certificate is not trusted',
  'cert.body':
    'Many PBXs in the office use their own certificate. Compare the fingerprint with the one your administrator gives you before you trust it.',
  'cert.changed':
    'Warning: this server presented a different certificate before. Do not trust it unless your administrator changed the certificate.',
  'cert.host': 'Server',
  'cert.fingerprint': 'SHA-256 fingerprint',
  'cert.subject': 'Issued to',
  'cert.issuer': 'Issued by',
  'cert.validity': 'Valid',
  'cert.validRange': 'from {from} to {to}',
  'cert.trust': 'Trust this certificate',
  'cert.trusted': 'The certificate is trusted for {host}.',
  'cert.trustFailed': 'The certificate could not be trusted: {reason}',

  'prefs.title': 'Language and appearance',
  'prefs.language': 'Language',
  'prefs.language.system': 'System',
  'prefs.language.en': 'English',
  'prefs.language.de': 'Deutsch',
  'prefs.theme': 'Theme',
  'prefs.theme.system': 'System',
  'prefs.theme.light': 'Light',
  'prefs.theme.dark': 'Dark',
  'prefs.saveFailed': 'The setting could not be saved: {reason}',

  'error.offline': 'The PBX cannot be reached.',
  'error.timeout': 'The PBX did not answer in time.',
  'error.auth': 'The PBX refused the API credentials.',
  'error.forbidden': 'The PBX does not allow this API user to do that.',
  'error.not-found': 'The PBX did not find what was asked for.',
  'error.conflict': 'The PBX reported a conflict. Please try again.',
  'error.rate-limited': 'The PBX asked to slow down. Please try again shortly.',
  'error.server': 'The PBX reported an internal error.',
  'error.bad-response': 'The PBX sent an answer the app does not understand.',
  'error.bad-request': 'The PBX rejected the request.',
  'error.certificate': 'The server certificate is not trusted.',
  'error.invalid-input': 'Some input is not valid.',
  'error.not-connected': 'The app is not connected to the PBX.',
  'error.unavailable': 'pascom Companion is not reachable.',
  'error.internal': 'Something went wrong inside the app.',

  'detail.empty': 'Please fill in this field.',
  'detail.not-a-url': 'This is not a web address. Example: https://pbx.example.com/mycompany',
  'detail.unsupported-scheme': 'Only addresses starting with https:// or http:// are supported.',
  'detail.host-not-found': 'No server was found under this name.',
  'detail.not-pascom': 'This server does not answer like a pascom REST API.',
  'detail.unknown-user': 'No pascom user with this username exists.',
  'detail.bad-basic-string': 'This is not a valid Basic auth string (base64 of "user:password").',
  'detail.certificate-untrusted': 'The server certificate is not trusted.',
  'detail.username-chars': 'The username cannot contain spaces or the characters / \\ ? #.',
  'detail.certificate-changed': 'The server certificate has changed since you trusted it.',
  'detail.has-credentials':
    'Leave user name and password out of the address; enter them in the fields below.',
  'detail.has-query': 'The address cannot contain a query (the part after "?").',
  'detail.has-fragment': 'The address cannot contain a fragment (the part after "#").',
  'detail.missing-secret': 'Please enter the password (none is stored for this server and user).',
  'detail.empty-username': 'Please enter the API username.',
  'detail.empty-password': 'Please enter the API password.',
  'detail.username-has-colon': 'The API username cannot contain a colon.',
  'detail.control-characters': 'This field contains invisible control characters.',
  'detail.unsafe-path-segment':
    'Nothing was sent to the PBX: this item has a name (like "..") that cannot be used in a request safely.',

  ...callsEn,
  ...dialEn,
  ...hotkeysEn,
  ...queuesEn,
  ...voicemailEn,
};
