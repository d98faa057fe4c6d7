/**
 * Global hotkeys, as a feature: the registry lives as long as the app (show-panel works offline
 * too), keeps the desktop's registrations in step with the settings, and runs an action's command
 * when its shortcut fires (hotkey-actions.ts).
 */
import { type HotkeyAction, hotkeyActions, type hotkeysContract } from '../../shared/features/hotkeys';
import { defineFeature } from '../feature';
import { checkAccelerator } from './accelerator';
import { defaultHotkeys } from './default-hotkeys';
import { runHotkeyAction } from './hotkey-actions';
import { type HotkeyBindings, HotkeyRegistry } from './hotkey-registry';
import { type HotkeysSettings, hotkeysSettings } from './settings';
import { hotkeysTextsDe } from './texts.de';
import { type HotkeysTexts, hotkeysTextsEn } from './texts.en';
import { hotkeysTray } from './tray';

export const hotkeysFeature = defineFeature<typeof hotkeysContract, HotkeysSettings, HotkeysTexts>({
  name: 'hotkeys',
  settings: hotkeysSettings,
  initialState: () => ({ available: false, suspended: false, wayland: false, bindings: [] }),
  texts: { en: hotkeysTextsEn, de: hotkeysTextsDe },
  tray: hotkeysTray,
  create(deps) {
    const { platform, desktop } = deps.host;
    const log = deps.log.child('hotkeys');
    const defaults = defaultHotkeys(platform);
    const registry = new HotkeyRegistry({
      port: desktop?.shortcuts ?? null,
      platform,
      wayland: desktop?.wayland ?? false,
      defaults,
      log,
      onTrigger: (action) =>
        void runHotkeyAction(action, {
          windows: deps.windows,
          run: deps.run,
          notice: deps.notice,
          log,
          readSelection: () => desktop?.readSelection() ?? '',
          focusPanel: () => deps.emit('dial/focus', { reason: 'show-panel' }),
        }),
      onChange: (view) => deps.slice.update(view),
    });
    const bindings = (): HotkeyBindings => {
      const stored = deps.settings.current.bindings;
      const result = { ...defaults } as HotkeyBindings;
      for (const action of hotkeyActions) {
        const value = stored[action];
        if (value !== undefined) result[action] = value;
      }
      return result;
    };
    const storeBinding = (action: HotkeyAction | undefined, value: string | null | undefined) => {
      // Stored the one way the app writes shortcuts; one the registry refuses is kept as typed, to show why.
      const checked = typeof value === 'string' ? checkAccelerator(value, platform) : null;
      const stored = checked?.ok ? checked.normalized : value;
      deps.settings.update((section) => {
        const next = { ...section.bindings };
        for (const key of action ? [action] : hotkeyActions) {
          if (stored === undefined) delete next[key];
          else next[key] = stored;
        }
        return { bindings: next };
      });
      registry.apply(bindings());
      return registry.view();
    };
    registry.apply(bindings());

    return {
      handlers: {
        'hotkeys/set': (input) => storeBinding(input.action, input.accelerator),
        'hotkeys/reset': (input) => storeBinding(input.action, undefined),
        'hotkeys/suspend': (input) => {
          registry.setSuspended(input.suspended);
          return registry.view();
        },
      },
      dispose: () => registry.dispose(),
    };
  },
});
