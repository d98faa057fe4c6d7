/**
 * `npm run preview [-- --pbx <url>] [-- --quiet]`: the app in a browser, against the built-in demo
 * PBX (lively: a call every so often) or another PBX whose credentials the settings window asks for.
 */
import { fileURLToPath } from 'node:url';
import { startPreviewHost } from './preview-host';

const args = process.argv.slice(2);
const pbxIndex = args.indexOf('--pbx');
const pbxUrl = pbxIndex >= 0 ? args[pbxIndex + 1] : undefined;
if (pbxIndex >= 0 && !pbxUrl) {
  console.error('--pbx needs the PBX address, e.g. --pbx https://pbx.example.local/yourpbx');
  process.exit(2);
}
const quiet = args.includes('--quiet');
const portText = process.env.PORT;
const port = portText === undefined ? 0 : Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${portText}`);
  process.exit(2);
}

const host = await startPreviewHost({
  rendererDir: fileURLToPath(new URL('../../dist/renderer/', import.meta.url)),
  port,
  pbx: pbxUrl ? { kind: 'external', url: pbxUrl } : { kind: 'demo', options: { lively: !quiet } },
  systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
});
console.log(`pascom Companion preview: ${host.url}`);
if (host.demo)
  console.log(`demo PBX: ${host.demo.baseUrl} (agent ${host.demo.agent}${quiet ? '' : ', lively'})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void host.close().then(() => process.exit(0));
  });
}
