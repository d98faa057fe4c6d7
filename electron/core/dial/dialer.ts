/**
 * Dialing: every path (dial box, popup, voicemail, hotkey, link, command line) ends here, in one
 * request to the PBX or in a clear reason and no request at all.
 *
 * 1. The text is read with dial-input.ts; what is not a number is refused with the reason.
 * 2. A link or launch from another app waits for the agent's confirmation (a setting turns that off),
 *    and so does one that arrives while the app is not online yet (a link that started the app).
 *    So does what the dial hotkey read from the selection or clipboard (another setting).
 * 3. The call goes to the default device; without one, to the remembered device; else the agent
 *    picks one of their devices (and may have the choice remembered).
 */
import {
  type DialAttemptView,
  type DialOutcome,
  type DialSource,
  type DialView,
  outsideDialSources,
  type PendingDialView,
} from '../../shared/features/dial';
import { CommandFailure, toCommandError } from '../commands/dispatch';
import { isPbxError } from '../pbx/errors';
import type { DeviceTarget } from '../pbx/index';
import { type DialInput, parseDialInput } from '../phone/dial-input';
import type { NumberContext } from '../phone/phone-number';
import type { PhonebookIndex } from '../phonebook/phonebook-index';
import type { Clock, Logger, TimerHandle, WindowManager } from '../ports';
import type { SettingsSection } from '../settings/section';
import type { Slice } from '../state/slice';
import { armDelayMs, confirmationNeeded } from './confirmation-policy';
import { type DeviceSession, type DeviceTracker, deviceView } from './device-tracker';
import { rememberRecent } from './recent-dials';
import type { DialSettings } from './settings';

export const pendingLifetimeMs = 120_000;

type ReadNumber = Extract<DialInput, { ok: true }>;

interface Pending {
  view: PendingDialView;
  number: ReadNumber;
  timer: TimerHandle;
  /** Monotonic ms before which a confirmation is ignored (requests from outside the app). */
  armedAtMs: number;
}

export interface DialerOptions {
  /** The connection is online (a link that started the app waits for it). */
  online(): boolean;
  slice: Slice<DialView>;
  settings: SettingsSection<DialSettings>;
  clock: Clock;
  log: Logger;
  windows: WindowManager;
  phonebook: PhonebookIndex;
  numberContext(): NumberContext;
  devices: DeviceTracker;
  session(): DeviceSession | null;
  /** The panel should take the keyboard (a pending dial waits for the agent). */
  focusPanel(reason: 'pending' | 'attempt'): void;
  /** After a dial the PBX has a new call: follow it at once. */
  afterDial(): void;
}

export class Dialer {
  readonly #o: DialerOptions;
  #pending: Pending | null = null;
  #counter = 0;

  constructor(options: DialerOptions) {
    this.#o = options;
  }

  async dial(target: string, source: DialSource): Promise<DialOutcome> {
    const number = parseDialInput(target, this.#o.numberContext());
    if (!number.ok) {
      const error = { kind: 'invalid-input' as const, detail: `dial-${number.problem}` };
      this.#attempt({ status: 'failed', source, number: null, display: shorten(target), error });
      throw new CommandFailure(error);
    }
    if (confirmationNeeded(source, this.#o.online(), this.#o.settings.current)) {
      return this.#wait('confirm-link', number, source, []);
    }
    return this.#proceed(number, source, null);
  }

  async confirm(id: string, device: string | null, remember: boolean): Promise<DialOutcome> {
    const waiting = this.#pending;
    if (waiting?.view.id === id && this.#o.clock.monotonicMs() < waiting.armedAtMs) {
      // A key press or click this soon was aimed at the app the request came from: ignored.
      this.#o.log.log('info', 'dial confirmation ignored: too soon after the request', {
        source: waiting.view.source,
      });
      return { status: 'pending', pending: waiting.view };
    }
    const pending = this.#take(id);
    if (device !== null && remember) {
      this.#o.settings.update({ preferredDevice: device });
      this.#o.devices.settingsChanged();
    }
    return this.#proceed(pending.number, pending.view.source, device);
  }

  cancel(id: string): void {
    this.#take(id);
  }

  /** Drops a pending dial when the session ends: a confirmation must not outlive its context. */
  clearPending(): void {
    if (!this.#pending) return;
    this.#o.clock.clearTimeout(this.#pending.timer);
    this.#pending = null;
    this.#o.slice.update({ pending: null });
  }

  async #proceed(number: ReadNumber, source: DialSource, chosen: string | null): Promise<DialOutcome> {
    const session = this.#o.session();
    if (!session || !this.#o.online()) {
      const error = { kind: 'not-connected' as const };
      this.#attempt({ status: 'failed', source, number, display: number.display, error });
      throw new CommandFailure(error);
    }
    if (chosen !== null && !(await this.#canDialWith(chosen))) {
      throw this.#failed(source, number, { kind: 'not-found', detail: 'dial-device-gone' });
    }
    let target: DeviceTarget | null;
    try {
      target = await this.#sendToDevice(session, chosen, number.digits);
    } catch (error) {
      this.#attempt({ status: 'failed', source, number, display: number.display, error: null, cause: error });
      throw error;
    }
    if (target === null) return this.#askForDevice(number, source);
    this.#o.devices.usedForDialing(target);
    const label = this.#deviceLabel(target);
    const name = this.#nameOf(number.digits);
    rememberRecent(this.#o.settings, {
      target: number.digits,
      display: number.display,
      name,
      atMs: this.#o.clock.now(),
    });
    this.#o.afterDial();
    const attempt = this.#attempt({
      status: 'dialing',
      source,
      number,
      display: number.display,
      device: label,
      error: null,
    });
    return { status: 'dialing', attempt };
  }

  /** Sends the dial; the device it went to, or null when there is none to send it to. */
  async #sendToDevice(
    session: DeviceSession,
    chosen: string | null,
    destination: string,
  ): Promise<DeviceTarget | null> {
    const target = chosen ?? (await this.#targetWithoutChoice());
    if (target === null) return null;
    try {
      await this.#send(session, target, destination);
      return target;
    } catch (error) {
      if (target !== 'default' || !isPbxError(error) || error.kind !== 'not-found') throw error;
    }
    // The default device went away since we asked (the agent closed the pascom client).
    this.#o.log.log('info', 'default device refused the dial; looking for another device');
    const next = (await this.#o.devices.defaultDeviceGone()) ? 'default' : await this.#fallbackDevice();
    if (next !== null) await this.#send(session, next, destination);
    return next;
  }

  async #send(session: DeviceSession, target: DeviceTarget, destination: string): Promise<void> {
    await session.api.identity.deviceAction(session.me, target, {
      action: 'dial',
      destination,
      prefix: 'auto',
    });
  }

  async #targetWithoutChoice(): Promise<DeviceTarget | null> {
    if (await this.#o.devices.defaultDevice()) return 'default';
    return this.#fallbackDevice();
  }

  async #fallbackDevice(): Promise<DeviceTarget | null> {
    const preferred = this.#o.settings.current.preferredDevice;
    if (preferred === null) return null;
    return (await this.#canDialWith(preferred)) ? preferred : null;
  }

  async #canDialWith(name: string): Promise<boolean> {
    return (await this.#o.devices.dialCapableDevices()).some((device) => device.name === name);
  }

  async #askForDevice(number: ReadNumber, source: DialSource): Promise<DialOutcome> {
    const devices = await this.#o.devices.dialCapableDevices();
    if (devices.length === 0)
      throw this.#failed(source, number, { kind: 'unavailable', detail: 'dial-no-device' });
    return this.#wait('no-default-device', number, source, devices.map(deviceView));
  }

  #wait(
    reason: PendingDialView['reason'],
    number: ReadNumber,
    source: DialSource,
    devices: PendingDialView['devices'],
  ): DialOutcome {
    this.clearPending();
    this.#counter += 1;
    const id = `p${this.#counter}`;
    const view: PendingDialView = {
      id,
      reason,
      destination: number.digits,
      display: number.display,
      name: this.#nameOf(number.digits),
      source,
      devices,
      expiresAtMs: this.#o.clock.now() + pendingLifetimeMs,
    };
    const timer = this.#o.clock.setTimeout(() => {
      if (this.#pending?.view.id === id) this.clearPending();
    }, pendingLifetimeMs);
    const outside = outsideDialSources.includes(source);
    const armedAtMs = this.#o.clock.monotonicMs() + armDelayMs(source);
    this.#pending = { view, number, timer, armedAtMs };
    this.#o.slice.update({ pending: view });
    this.#o.windows.showPanel(outside ? 'inactive' : 'focus');
    this.#o.focusPanel('pending');
    return { status: 'pending', pending: view };
  }

  #take(id: string): Pending {
    const pending = this.#pending;
    if (!pending || pending.view.id !== id)
      throw new CommandFailure({ kind: 'not-found', detail: 'dial-pending-gone' });
    this.clearPending();
    return pending;
  }

  #failed(
    source: DialSource,
    number: ReadNumber,
    error: { kind: 'not-found' | 'unavailable'; detail: string },
  ) {
    this.#attempt({ status: 'failed', source, number, display: number.display, error });
    return new CommandFailure(error);
  }

  #attempt(input: {
    status: DialAttemptView['status'];
    source: DialSource;
    number: ReadNumber | null;
    display: string;
    device?: string | null;
    error: DialAttemptView['error'];
    cause?: unknown;
  }): DialAttemptView {
    this.#counter += 1;
    const error = input.error ?? errorOf(input.cause);
    const attempt: DialAttemptView = {
      id: `a${this.#counter}`,
      atMs: this.#o.clock.now(),
      status: input.status,
      source: input.source,
      destination: input.number?.digits ?? null,
      display: input.display,
      name: input.number ? this.#nameOf(input.number.digits) : null,
      device: input.device ?? null,
      error,
    };
    this.#o.slice.update({ lastAttempt: attempt });
    // Nobody watches a hotkey or a link: a failure there brings the panel up with the reason.
    if (input.status === 'failed' && input.source !== 'panel' && input.source !== 'popup') {
      this.#o.windows.showPanel(outsideDialSources.includes(input.source) ? 'inactive' : 'focus');
      this.#o.focusPanel('attempt');
    }
    this.#o.log.log('info', 'dial', {
      status: input.status,
      source: input.source,
      error: error?.kind ?? null,
    });
    return attempt;
  }

  #deviceLabel(target: DeviceTarget): string | null {
    const dial = this.#o.slice.current;
    if (target === 'default') return dial.defaultDevice?.label ?? null;
    return dial.devices.find((device) => device.name === target)?.label ?? target;
  }

  #nameOf(digits: string): string | null {
    return this.#o.phonebook.lookup(digits)[0]?.contact.displayName ?? null;
  }
}

function errorOf(cause: unknown): DialAttemptView['error'] {
  if (cause === undefined) return null;
  return toCommandError(cause) ?? { kind: 'internal' };
}

/** What the attempt line shows of a text that was no number: enough to recognise it, no more. */
function shorten(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
