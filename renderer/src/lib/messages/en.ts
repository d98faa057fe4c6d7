/**
 * English UI text: the reference catalogue. Its keys define `MessageKey`; every other language must
 * have exactly these keys (`de.ts` is typed against them, so a missing translation fails `tsc`).
 * Placeholders are `{name}`; the same names must appear in every translation.
 */
import { availabilityEn } from '../../availability/messages.en';
import { callsEn } from '../../calls/messages.en';
import { connectionEn } from '../../connection/messages.en';
import { desktopEn } from '../../desktop/messages.en';
import { dialEn } from '../../dial/messages.en';
import { hotkeysEn } from '../../hotkeys/messages.en';
import { queuesEn } from '../../queues/messages.en';
import { teamEn } from '../../team/messages.en';
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
  'agent.extensionWord': 'Extension',

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
  'settings.saved': 'Saved',
  'settings.tab.connection': 'Connection',
  'settings.tab.calls': 'Calls',
  'settings.tab.queues': 'Queues',
  'settings.tab.team': 'Team',
  'settings.tab.availability': 'Availability',
  'settings.tab.hotkeys': 'Shortcuts',
  'settings.tab.general': 'General',
  'settings.welcome.title': 'Welcome to pascom Companion',
  'settings.welcome.body':
    'Connect to your pascom phone system to see who is calling, right when it rings. Everything else can wait until then.',
  'settings.done.title': 'You’re set — find me in the tray',
  'settings.done.body':
    'Calls that ring for you pop up in the corner of your screen. Click the pascom icon in the tray (next to the clock) for your calls, queues and voicemail.',
  'settings.done.preferences': 'Preferences',
  'settings.connection.title': 'Connection',
  'settings.currentStatus': 'Status: {status}',
  'settings.serverAddress': 'Server address',
  'settings.serverAddress.hint': 'The address of your pascom web UI, e.g. https://pascom.cloud/yourpbx',
  'settings.authKind': 'Sign in with',
  'settings.authKind.password': 'Username and password',
  'settings.authKind.basic': 'Basic auth',
  'settings.apiUser': 'API username',
  'settings.apiUser.hint': 'In the pascom web UI: Information → Developer → Show Rest Credentials.',
  'settings.apiPassword': 'API password',
  'settings.basicAuth': 'Basic auth string',
  'settings.basicAuth.hint': 'The base64 text after "Basic " in an Authorization header.',
  'settings.username': 'Your pascom username',
  'settings.username.hint': 'The name you log in to the pascom client with.',
  'settings.clearPasswordOnFailure': 'Clear the password after a failed attempt',
  'settings.connect': 'Connect',
  'settings.tryDemo': 'Try the demo PBX',
  'settings.progress.connect': 'Connecting to the PBX…',
  'settings.progress.demo': 'Starting the demo PBX…',
  'settings.connected': 'Connected as {name}, extension {extension}.',
  'settings.connectedNoExtension': 'Connected as {name}.',
  'settings.failed': 'Could not connect: {reason}',

  'connect.error.offline':
    'The PBX cannot be reached at this address. Check the address; if the PBX is in your office network, connect to the VPN first.',
  'connect.error.timeout':
    'The PBX did not answer in time. Check the address and, if you work from outside the office, your VPN connection.',
  'connect.error.host-not-found':
    'No server has this name. Check the address for typos; a PBX in your office network may need the VPN.',
  'connect.error.not-pascom':
    'This address does not answer like a pascom PBX. Use the address of your pascom web UI, e.g. https://pascom.cloud/yourpbx',
  'connect.error.auth':
    'The PBX refused the API username or password. Copy both from the pascom web UI: Information → Developer → Show Rest Credentials.',
  'connect.error.forbidden':
    'This API user may not do what the app needs. Ask your pascom administrator to check the REST API user.',
  'connect.error.unknown-user':
    'The PBX has no user with this name. Use the name you log in to the pascom client with (not the API username).',
  'connect.error.certificate':
    'The server’s certificate is not trusted. Compare its fingerprint above with the one your administrator gives you.',

  'secret.stored.password': 'A password is saved ({store}). Leave the field empty to keep using it.',
  'secret.stored.basic': 'A Basic auth string is saved ({store}). Leave the field empty to keep using it.',
  'secret.where': 'Your password is saved {store}.',
  'secret.store.keychain': 'in your computer’s password safe',
  'secret.store.safe-storage': 'encrypted in the app’s settings file',
  'secret.store.memory': 'only while the app runs',
  'secret.store.none': 'nowhere',
  'secret.reason.no-keychain':
    'This computer has no password safe the app can use, so the password is saved encrypted in the app’s settings file.',
  'secret.reason.no-encryption':
    'This computer has no password safe and no encryption the app can use, so the password is kept only while the app runs: you will be asked for it after each restart.',
  'secret.reason.basic-text-allowed':
    'You agreed to save the password with this desktop’s simple encryption, which anyone who can read your files can undo.',
  'secret.reason.basic-text-refused':
    'This desktop has no password safe, only a simple encryption that does not protect the password, so the app does not use it.',
  'secret.reason.preview': 'Browser preview: the password is kept only until the preview stops.',
  'secret.reason.unknown':
    'The password is kept only while the app runs: you will be asked for it again after a restart.',
  'secret.weak.warning':
    'This desktop offers no password safe, only an encryption whose key lies in plain text next to your files: anyone who can read your files can read the password. Without your consent the password is kept only while the app runs and asked for at every start.',
  'secret.weak.allow': 'Save the password with the simple encryption anyway',
  'secret.weak.revoke': 'Stop using the simple encryption',
  'secret.forget': 'Forget the saved password',
  'secret.forgotten': 'The saved password was removed.',
  'secret.forgetFailed': 'The saved password could not be removed: {reason}',

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
  ...connectionEn,
  ...dialEn,
  ...hotkeysEn,
  ...queuesEn,
  ...teamEn,
  ...voicemailEn,
  ...desktopEn,
  ...availabilityEn,
};
