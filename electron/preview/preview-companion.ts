/**
 * The core as the preview host runs it: the real Companion with Node adapters (global fetch,
 * settings in memory or a folder, secrets in memory) and the demo PBX started in-process.
 */

import Conf from 'conf';
import { Companion } from '../core/companion';
import { createLogger } from '../core/log';
import { pbxUserAgent } from '../core/pbx/user-agent';
import type { DemoLauncher, FetchLike, SettingsFile } from '../core/ports';
import { MemorySecretStore } from '../core/secrets/memory-secret-store';
import { ConfSettingsFile } from '../core/settings/conf-settings-file';
import { MemorySettingsFile } from '../core/settings/memory-settings-file';
import { currentSettingsVersion } from '../core/settings/schema';
import { type DemoPbx, type DemoPbxOptions, startDemoPbx } from '../demo-pbx/index';
import { DeskWindowManager } from './desk-window-manager';
import { createNodeTlsTrust } from './node-tls-trust';

/** The preview's app version, also in its PBX requests' User-Agent. */
const previewVersion = '0.1.0-preview';

export interface PreviewCompanionOptions {
  /**
   * `demo` (default): start the demo PBX and connect to it. `external`: a PBX elsewhere; the
   * settings window opens (with `url` filled in, when given) and asks for the credentials.
   */
  pbx?: { kind: 'demo'; options?: DemoPbxOptions } | { kind: 'external'; url?: string };
  /** Settings folder (a real `settings.json` through `conf`); in memory when omitted. */
  dataDir?: string;
  settingsFile?: SettingsFile;
  systemLocale?: string;
  fetch?: FetchLike;
  /** Every log line (JSON) is passed here as well as kept in `logLines`. */
  onLog?: (line: string) => void;
}

export interface PreviewCompanion {
  readonly companion: Companion;
  readonly windows: DeskWindowManager;
  /** The demo PBX the companion is connected to, once one runs. */
  readonly demo: DemoPbx | null;
  readonly logLines: readonly string[];
  close(): Promise<void>;
}

const maxKeptLogLines = 20_000;

export async function createPreviewCompanion(options: PreviewCompanionOptions): Promise<PreviewCompanion> {
  const logLines: string[] = [];
  const log = createLogger({
    sink: (line) => {
      logLines.push(line);
      // `npm run preview` runs for hours at debug level: keep the recent past, not all of it.
      if (logLines.length > maxKeptLogLines) logLines.splice(0, logLines.length - maxKeptLogLines);
      options.onLog?.(line);
    },
    level: 'debug',
  });
  const windows = new DeskWindowManager();
  let demo: DemoPbx | null = null;
  const demoOptions = options.pbx?.kind === 'external' ? {} : (options.pbx?.options ?? {});
  const launcher: DemoLauncher = {
    async start() {
      demo ??= await startDemoPbx(demoOptions);
      return {
        baseUrl: demo.baseUrl,
        apiUser: demo.apiUser,
        apiPassword: demo.apiPassword,
        agent: demo.agent,
      };
    },
    async stop() {
      const running = demo;
      demo = null;
      await running?.close();
    },
  };
  const settingsFile: SettingsFile =
    options.settingsFile ??
    (options.dataDir
      ? new ConfSettingsFile({
          directory: options.dataDir,
          createStore: (storeOptions) => new Conf<Record<string, unknown>>(storeOptions),
        })
      : new MemorySettingsFile());
  if (options.pbx?.kind === 'external' && options.pbx.url && settingsFile.read().kind === 'missing') {
    // `--pbx <url>`: the settings window opens with the address filled in.
    settingsFile.write({
      version: currentSettingsVersion,
      connection: { serverAddress: options.pbx.url, authKind: 'password' },
    });
  }
  // Onsite PBXs with self-signed certificates are trusted by fingerprint, as in the app.
  const network = createNodeTlsTrust({ log: log.child('tls'), userAgent: pbxUserAgent(previewVersion) });
  const companion = await Companion.create({
    fetch: options.fetch ?? network.fetch,
    tls: network.trust,
    log,
    settingsFile,
    secrets: new MemorySecretStore('preview'),
    windows,
    demo: launcher,
    app: {
      version: previewVersion,
      platform: 'browser',
      preview: true,
      systemLocale: options.systemLocale ?? 'en-US',
    },
  });
  windows.onPanelVisibility = (shown) => companion.panelVisibility(shown);
  companion.panelVisibility(windows.panelShown);
  await companion.start();
  if (options.pbx?.kind === 'external') {
    windows.openSettings();
  } else if (companion.state.connection.status === 'setup') {
    await companion.runCommand('connection/start-demo', {}, { window: 'panel' });
  }
  return {
    companion,
    windows,
    get demo() {
      return demo;
    },
    logLines,
    async close() {
      await companion.dispose();
      await network.close();
    },
  };
}
