/**
 * The desktop basics as a feature (issue 15): start at login hidden to the tray, updates from the
 * configured feed, and "Export support log". The decisions are here and in the files beside this
 * one; the host's ports (ports.ts) do what only Electron can, and are absent in the preview, where
 * all three show as unavailable and no update is ever looked for.
 */
import type { desktopContract } from '../../shared/features/desktop';
import { defineFeature } from '../feature';
import { secretAccountFor } from '../secrets/secret-account';
import { applyAutostart } from './autostart';
import { type DesktopSettings, desktopSettings } from './settings';
import { desktopSettingsView, initialDesktopView } from './state';
import { exportSupportLog } from './support-log';
import { desktopTextsDe } from './texts.de';
import { type DesktopTexts, desktopTextsEn } from './texts.en';
import { UpdateChecks } from './update-checks';

export const desktopFeature = defineFeature<typeof desktopContract, DesktopSettings, DesktopTexts>({
  name: 'desktop',
  settings: desktopSettings,
  initialState: (settings) => initialDesktopView(settings),
  settingsView: (settings) => desktopSettingsView(settings),
  texts: { en: desktopTextsEn, de: desktopTextsDe },
  create(deps) {
    const log = deps.log.child('desktop');
    const preview = deps.state().app.preview;
    const ports = preview ? null : (deps.host.basics ?? null);
    const view = () => deps.slice.current;
    deps.slice.update((current) => ({
      autostart: { ...current.autostart, available: ports?.autostart != null },
      updates: { ...current.updates, available: ports?.updater != null },
      supportLog: { ...current.supportLog, available: ports?.supportLog != null },
    }));
    const updates = new UpdateChecks({
      updater: ports?.updater ?? null,
      clock: deps.clock,
      log,
      settings: () => deps.settings.current,
      view: () => view().updates,
      update: (patch) => deps.slice.update((current) => ({ updates: { ...current.updates, ...patch } })),
      onReady: (version) => {
        deps.notice({ level: 'info', key: 'notice.desktop.updateReady', params: { version } });
        const text = deps.texts();
        deps.notifier?.notify({ title: text.updateReadyTitle, body: text.updateReadyBody(version) });
      },
    });
    const syncAutostart = async () => {
      const patch = await applyAutostart(ports?.autostart ?? null, deps.settings.current.startAtLogin, log);
      deps.slice.update((current) => ({ autostart: { ...current.autostart, ...patch } }));
    };
    /** What the support log must not carry: the connection's secret and its user name. */
    const secrets = async (): Promise<{ secrets: string[]; users: string[] }> => {
      const connection = deps.state().connection.settings;
      const key = secretAccountFor(connection)?.key;
      const secret = key ? await deps.host.secrets.store.get(key).catch(() => null) : null;
      const users = [connection.apiUser, connection.username].filter((user): user is string => !!user);
      return { secrets: secret ? [secret] : [], users };
    };

    return {
      start: async () => {
        await syncAutostart();
        updates.apply();
      },
      handlers: {
        'desktop/update-settings': async (input) => {
          const before = deps.settings.current;
          deps.settings.update({
            ...(input.startAtLogin === undefined ? {} : { startAtLogin: input.startAtLogin }),
            ...(input.updates === undefined ? {} : { updates: input.updates }),
            ...(input.updateFeedUrl === undefined ? {} : { updateFeedUrl: input.updateFeedUrl }),
            ...(input.redactNumbers === undefined ? {} : { redactNumbers: input.redactNumbers }),
          });
          const after = deps.settings.current;
          if (after.startAtLogin !== before.startAtLogin) await syncAutostart();
          // Switched on or pointed elsewhere: look at once; switched off: nothing more happens.
          if (after.updates !== before.updates || after.updateFeedUrl !== before.updateFeedUrl)
            updates.apply(0);
          return view();
        },
        'desktop/check-updates': async () => {
          await updates.checkNow();
          return view();
        },
        'desktop/export-log': async () => {
          const { secrets: known, users } = await secrets();
          const numbers = deps.settings.current.redactNumbers;
          const result = await exportSupportLog({
            port: ports?.supportLog ?? null,
            redact: { secrets: known, users, numbers },
            texts: deps.texts(),
            app: deps.state().app,
            nowMs: deps.clock.now(),
            log,
          });
          deps.slice.update({
            supportLog: { ...view().supportLog, last: { ...result, atMs: deps.clock.now() } },
          });
          return result;
        },
      },
      dispose: () => updates.dispose(),
    };
  },
});
