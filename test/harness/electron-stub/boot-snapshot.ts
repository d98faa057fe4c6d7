/**
 * The shapes the boot driver's probes answer with (see boot-driver.ts), for the boot tests.
 */
export interface WindowSummary {
  index: number;
  webContentsId: number;
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loadedUrls: string[];
  calls: string[];
  alwaysOnTopLevel: string | null;
  bounds: { x: number; y: number; width: number; height: number };
  visible: boolean;
  destroyed: boolean;
  sentChannels: string[];
}

export interface TrayItemSummary {
  id: string | null;
  label: string | null;
  type: string;
  enabled: boolean;
  /** The item runs something when clicked (not a separator, an info line or a submenu). */
  clickable: boolean;
  /** The item's menu icon: a PNG, its representations' scale factors, and which picture (a digest). */
  image: { png: boolean; scaleFactors: number[]; template: boolean; digest: string } | null;
  submenu?: TrayItemSummary[];
}

export interface BootSnapshot {
  sandboxEnabledBeforeReady: boolean | null;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean>; beforeReady: boolean }[];
  protocolSchemes: string[];
  ipcChannels: string[];
  ipcListenerChannels: string[];
  windows: WindowSummary[];
  trays: {
    tooltip: string;
    iconIsPng: boolean;
    iconRepresentations: number[];
    menu: TrayItemSummary[];
  }[];
  singleInstanceData: unknown[];
  fetches: { partition: string; url: string; verifyProcSetBefore: boolean }[];
  verifyProcs: Record<string, number>;
  openedExternally: string[];
  quitCompleted: boolean;
  exitCode: number | null;
  logErrors: string[];
}

export interface ServedResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** `panel.html` for `app://companion/panel.html`. */
export const pageOf = (window: WindowSummary): string =>
  new URL(window.loadedUrls[0] ?? 'app://none/').pathname.slice(1);
