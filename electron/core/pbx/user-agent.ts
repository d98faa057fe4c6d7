/**
 * The User-Agent every PBX request carries, in Electron and in the preview alike: short (it is sent
 * with every poll, some 80 times a minute), and naming the app, so a PBX admin can tell its
 * requests from a browser's in the web server's log.
 */
export function pbxUserAgent(version: string): string {
  const clean = version.replace(/[^\w.+-]/g, '');
  return clean === '' ? 'pascom-companion' : `pascom-companion/${clean}`;
}
