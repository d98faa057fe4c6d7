/**
 * The windows' sizes, in Electron's DIP, for both hosts: Electron's BrowserWindows
 * (main/window-options.ts) and the preview's desk, which mirrors them. A caller popup is as wide
 * as given and as tall as its content, between the popup limits: it grows to fit the caller and
 * its buttons, and what is taller than the maximum scrolls inside it.
 */
export interface WindowSize {
  width: number;
  height: number;
}

export const panelSize: WindowSize = { width: 360, height: 520 };
export const settingsSize: WindowSize = { width: 560, height: 680 };
/** A popup's first size, before its content has been measured. */
export const popupSize: WindowSize = { width: 360, height: 200 };
export const popupHeightLimits = { min: 120, max: 440 } as const;

/** The popup's height for a content this tall: whole pixels, within the limits. */
export function fittedPopupHeight(contentHeight: number): number {
  if (!Number.isFinite(contentHeight)) return popupSize.height;
  return Math.min(popupHeightLimits.max, Math.max(popupHeightLimits.min, Math.ceil(contentHeight)));
}
