/** The desktop basics' slice at start, and the view of their settings. */
import type { DesktopSettingsView, DesktopView } from '../../shared/features/desktop';
import type { DesktopSettings } from './settings';

export function desktopSettingsView(settings: DesktopSettings): DesktopSettingsView {
  return {
    startAtLogin: settings.startAtLogin,
    updates: settings.updates,
    updateFeedUrl: settings.updateFeedUrl,
    redactNumbers: settings.redactNumbers,
  };
}

/** Nothing is available until create() sees the host's ports. */
export function initialDesktopView(settings: DesktopSettings): DesktopView {
  return {
    autostart: { available: false, active: false, problem: null },
    updates: { available: false, status: 'off', version: null, checkedAtMs: null, problem: null },
    supportLog: { available: false, last: null },
    settings: desktopSettingsView(settings),
  };
}
