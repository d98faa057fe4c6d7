/**
 * Which device the agent dials and controls calls with. The PBX's default device (the one the agent
 * is logged in to a pascom client with, or their outgoing device) first; without one, the device
 * the agent chose and asked to remember; else the agent picks one. The agent's device list is
 * fetched only when it is needed (no default device, or a remembered one), never on every dial.
 */
import type { DialDeviceView, DialView } from '../../shared/features/dial';
import type { DeviceTarget, PbxApi, PbxDevice } from '../pbx/index';
import type { Logger } from '../ports';
import type { SettingsSection } from '../settings/section';
import type { Slice } from '../state/slice';
import type { DialSettings } from './settings';

export interface DeviceSession {
  api: PbxApi;
  me: string;
}

export function deviceView(device: PbxDevice): DialDeviceView {
  return {
    name: device.name,
    label: device.caption ?? device.name,
    typeName: device.typeName,
    capabilities: [...device.capabilities],
  };
}

export class DeviceTracker {
  readonly #slice: Slice<DialView>;
  readonly #settings: SettingsSection<DialSettings>;
  readonly #log: Logger;
  #session: DeviceSession | null = null;
  #defaultDevice: PbxDevice | null = null;
  #known = false;
  #devices: PbxDevice[] = [];
  /** The device last dialed with when there was no default device: calls run on it. */
  #lastUsed: string | null = null;

  constructor(options: { slice: Slice<DialView>; settings: SettingsSection<DialSettings>; log: Logger }) {
    this.#slice = options.slice;
    this.#settings = options.settings;
    this.#log = options.log;
  }

  start(session: DeviceSession): void {
    this.#session = session;
    this.#defaultDevice = null;
    this.#known = false;
    this.#devices = [];
    this.#lastUsed = null;
    this.#publish();
  }

  stop(): void {
    this.#session = null;
    this.#defaultDevice = null;
    this.#known = false;
    this.#devices = [];
    this.#publish();
  }

  /** Asks the PBX for the default device, and for the device list where it is needed (or asked for). */
  async refresh(signal?: AbortSignal, options: { withList?: boolean } = {}): Promise<void> {
    const session = this.#session;
    if (!session) return;
    await this.#readDefault(session, signal);
    const listNeeded = this.#defaultDevice === null || this.#settings.current.preferredDevice !== null;
    if (listNeeded || options.withList) await this.#readDevices(session, signal);
    this.#publish();
  }

  /** The default device as the PBX says now; the cached answer when it named one. */
  async defaultDevice(): Promise<PbxDevice | null> {
    const session = this.#session;
    if (!session) return null;
    if (this.#known && this.#defaultDevice !== null) return this.#defaultDevice;
    await this.#readDefault(session);
    this.#publish();
    return this.#defaultDevice;
  }

  /** The PBX refused the default device (it went away since we asked): forget it, ask again. */
  async defaultDeviceGone(): Promise<PbxDevice | null> {
    this.#known = false;
    this.#defaultDevice = null;
    return this.defaultDevice();
  }

  /** The agent's devices that can dial, fetched fresh. */
  async dialCapableDevices(): Promise<PbxDevice[]> {
    const session = this.#session;
    if (!session) return [];
    await this.#readDevices(session);
    this.#publish();
    return this.#devices.filter((device) => device.capabilities.includes('dial'));
  }

  usedForDialing(device: DeviceTarget): void {
    this.#lastUsed = device === 'default' ? null : device;
    this.#publish();
  }

  /** Where call control goes: the default device, else the device the last call was dialed with. */
  controlTarget(): { target: DeviceTarget; device: PbxDevice | null } {
    if (this.#defaultDevice) return { target: 'default', device: this.#defaultDevice };
    const name = this.#lastUsed ?? this.#settings.current.preferredDevice;
    const device = name ? (this.#devices.find((candidate) => candidate.name === name) ?? null) : null;
    // Unknown either way: let the PBX answer for the default device.
    return device ? { target: device.name, device } : { target: 'default', device: null };
  }

  /** Re-publishes after the remembered device changed. */
  settingsChanged(): void {
    this.#publish();
  }

  async #readDefault(session: DeviceSession, signal?: AbortSignal): Promise<void> {
    const device = await session.api.identity.getDefaultDevice(session.me, signal ? { signal } : undefined);
    if (this.#session !== session) return;
    if ((device?.name ?? null) !== (this.#defaultDevice?.name ?? null) || !this.#known) {
      this.#log.log('info', 'default device', { present: device !== null });
    }
    this.#defaultDevice = device;
    this.#known = true;
  }

  async #readDevices(session: DeviceSession, signal?: AbortSignal): Promise<void> {
    const devices = await session.api.identity.listDevices(session.me, signal ? { signal } : undefined);
    if (this.#session === session) this.#devices = devices;
  }

  #publish(): void {
    const control = this.controlTarget().device;
    // The periodic refresh mostly finds what it found before: the slice sends no state push for that.
    this.#slice.update({
      defaultDevice: this.#defaultDevice ? deviceView(this.#defaultDevice) : null,
      deviceKnown: this.#known,
      devices: this.#devices.map(deviceView),
      controlDevice: control ? deviceView(control) : null,
    });
  }
}
