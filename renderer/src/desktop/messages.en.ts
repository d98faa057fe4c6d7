/** English UI text of the desktop basics (composed into ../lib/messages/en.ts). */
export const desktopEn = {
  'desktop.title': 'Start, updates and support',
  'desktop.startAtLogin': 'Start when I log in, hidden in the tray',
  'desktop.autostartUnavailable': 'Not available in the browser preview.',
  'desktop.autostartProblem': 'This could not be changed: {reason}',
  'desktop.updates': 'Install updates automatically',
  'desktop.feedUrl': 'Update feed address',
  'desktop.feedUrlHelp':
    'The https address your administrator gives you. Updates are downloaded in the background and installed when you quit the app.',
  'desktop.feedUrlInvalid':
    'This address cannot be used: it must start with https:// and contain no password.',
  'desktop.checkNow': 'Check now',
  'desktop.updatesUnavailable':
    'Updates are only available in the installed app, not in the preview or a development build.',
  'desktop.update.off': 'Updates are off.',
  'desktop.update.noFeed': 'No update server is set.',
  'desktop.update.idle': 'Not checked yet.',
  'desktop.update.checking': 'Checking for updates…',
  'desktop.update.up-to-date': 'pascom Companion is up to date.',
  'desktop.update.downloading': 'Downloading version {version}…',
  'desktop.update.ready': 'Version {version} will be installed when you quit the app.',
  'desktop.update.failed': 'The update check failed: {problem}',
  'desktop.redactNumbers': 'Also remove phone numbers',
  'desktop.exportLog': 'Export support log…',
  'desktop.exportHelp': 'Passwords and access keys are always removed before the file is saved.',
  'desktop.exportUnavailable': 'Not available in the browser preview.',
  'desktop.export.saved': 'Saved: {lines} lines, {redactions} items removed.',
  'desktop.export.failed': 'The file could not be saved.',
  'desktop.export.empty': 'There is nothing to export yet.',
  'notice.desktop.updateReady':
    'pascom Companion {version} has been downloaded and will be installed when you quit the app.',
};
