/**
 * The connection, as a feature: it signs in to the PBX (the connect form, or what settings and the
 * secret store hold at start), keeps `state.connection` and starts every feature's session part
 * while online (connection-controller.ts). It also notices a sleep the host did not report.
 */
import type { connectionContract } from '../../shared/features/connection';
import { defineFeature } from '../feature';
import { SleepDetector } from '../sync/sleep-detector';
import { ConnectionController } from './connection-controller';
import { type ConnectionSettings, connectionSettings } from './settings';
import { connectionSettingsView, initialConnectionView } from './state';
import { connectionTextsDe } from './texts.de';
import { type ConnectionTexts, connectionTextsEn } from './texts.en';
import { connectionTray } from './tray';

export const connectionFeature = defineFeature<
  typeof connectionContract,
  ConnectionSettings,
  ConnectionTexts
>({
  name: 'connection',
  settings: connectionSettings,
  initialState: initialConnectionView,
  settingsView: (settings) => connectionSettingsView(settings),
  texts: { en: connectionTextsEn, de: connectionTextsDe },
  tray: connectionTray,
  create(deps) {
    const { host } = deps;
    const controller = new ConnectionController({
      fetch: host.fetch,
      clock: deps.clock,
      log: deps.log.child('connection'),
      slice: deps.slice,
      settings: deps.settings,
      pollIntervalMs: () => deps.app.current.polling.presenceIntervalMs,
      secrets: host.secrets.store,
      ...(host.tls ? { tls: host.tls } : {}),
      ...(host.demo ? { demo: host.demo } : {}),
      ...(host.random ? { random: host.random } : {}),
      sessions: deps.sessions,
      notice: (notice) => deps.notice(notice),
    });
    const sleepDetector = new SleepDetector({
      clock: deps.clock,
      onWake: (sleptMs) => {
        deps.log.log('info', 'woke up without a resume event; polling at once', { sleptMs });
        controller.power('resume');
      },
    });
    return {
      handlers: {
        'connection/connect': (input) => controller.connect(input),
        'connection/start-demo': () => controller.startDemo(),
        'connection/disconnect': async () => {
          await controller.disconnect();
          return null;
        },
        'connection/retry': () => {
          controller.retryNow();
          return null;
        },
        'connection/trust-certificate': async (input) => {
          await controller.trustCertificate(input.host, input.fingerprint256);
          return null;
        },
        'connection/allow-plain-http': (input) => {
          controller.allowPlainHttp(input.serverAddress, input.allow);
          return connectionSettingsView(deps.settings.current);
        },
        'secret/forget': async () => {
          await controller.forgetSecret();
          return null;
        },
        'secret/allow-weak-encryption': async (input) => {
          deps.app.update((app) => ({ secrets: { ...app.secrets, allowBasicText: input.allow } }));
          // A fixed store (tests, preview) has no weaker backend to switch to.
          const choose = host.secrets.choose;
          if (choose) await controller.replaceSecretStore(await choose());
          return deps.slice.current.secret;
        },
      },
      async start() {
        sleepDetector.start();
        await controller.resume();
      },
      power: (event) => controller.power(event),
      async dispose() {
        sleepDetector.stop();
        await controller.shutdown();
      },
    };
  },
});
