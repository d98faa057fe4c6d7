/**
 * The agent's availability commands: activate a profile, forward and stop forwarding, relocate and
 * leave a location, toggle a switch. Each one queues behind the feature's other requests
 * (serial.ts), sends nothing when the PBX already shows what is asked (a double click), and reads
 * its part again at once, so what the panel shows is what the PBX confirmed. A profile or location
 * the PBX no longer has is `availability-vanished`; a refused switch keeps showing its previous state
 * and the outcome says why.
 */
import type { AgentView, CommandError } from '../../shared/contract';
import type {
  AvailabilityAction,
  AvailabilityOutcomeView,
  AvailabilityPart,
  AvailabilityView,
} from '../../shared/features/availability';
import { CommandFailure, toCommandError } from '../commands/dispatch';
import { isPbxError, type PbxApi } from '../pbx/index';
import type { NumberContext } from '../phone/phone-number';
import type { Clock, Logger } from '../ports';
import type { Slice } from '../state/slice';
import type { AvailabilityReader } from './availability-reader';
import { forwardTargetOf } from './forward-target';
import { FRESH_MS, type ReadKey } from './read-schedule';
import type { SerialQueue } from './serial';

export interface ActionSession {
  api: PbxApi;
  agent: AgentView;
  reader: AvailabilityReader;
}

export interface ActionsDeps {
  slice: Slice<AvailabilityView>;
  clock: Clock;
  log: Logger;
  serial: SerialQueue;
  session(): ActionSession | null;
  numberContext(): NumberContext;
}

/** Who asked: the agent (panel, tray, hotkey) or an automation (which then owns the change). */
export type ProfileCause = 'manual' | 'automation';

const refusal = (detail: string, kind: CommandError['kind'] = 'invalid-input') =>
  new CommandFailure({ kind, detail });

export class AvailabilityActions {
  readonly #deps: ActionsDeps;
  #outcomeId = 0;
  /** Heard when the agent chose a profile by hand (the automations let go of theirs). */
  onManualProfile: () => void = () => {};

  constructor(deps: ActionsDeps) {
    this.#deps = deps;
  }

  activateProfile(profileId: number, cause: ProfileCause = 'manual'): Promise<AvailabilityOutcomeView> {
    return this.#act('activate-profile', 'profiles', async ({ api, agent, reader }, subject) => {
      const find = () => this.#view.profiles.list.find((profile) => profile.id === profileId);
      if (!find()) await reader.read('profiles');
      const profile = find();
      if (!profile) throw refusal('availability-vanished', 'not-found');
      subject(profile.name ?? `#${profile.id}`);
      if (cause === 'manual') this.onManualProfile();
      if (this.#view.profiles.activeId === profileId && this.#fresh(reader, 'me')) return;
      this.#update((view) => ({ profiles: { ...view.profiles, pendingId: profileId } }));
      try {
        await api.identity.activateProfile(agent.username, profileId);
      } catch (error) {
        if (isPbxError(error) && error.kind === 'not-found') {
          await reader.read('profiles');
          throw refusal('availability-vanished', 'not-found');
        }
        throw error;
      } finally {
        this.#update((view) => ({ profiles: { ...view.profiles, pendingId: null } }));
      }
      await reader.read('me');
    });
  }

  /** The next profile in the PBX's list after the active one (the hotkey). */
  async cycleProfile(): Promise<AvailabilityOutcomeView> {
    const session = this.#requireSession();
    if (this.#view.profiles.list.length === 0 && this.#view.profiles.status !== 'hidden')
      await this.#deps.serial.run(() => session.reader.read('profiles'));
    const { list, activeId } = this.#view.profiles;
    if (list.length === 0) throw refusal('availability-no-profiles', 'not-found');
    const index = list.findIndex((profile) => profile.id === activeId);
    const next = list[(index + 1) % list.length] ?? list[0];
    return this.activateProfile(next?.id ?? 0);
  }

  forward(raw: string): Promise<AvailabilityOutcomeView> {
    return this.#act('forward', 'forward', async ({ api, reader }, subject) => {
      const extension = await this.#extension(reader);
      const target = forwardTargetOf(raw, this.#deps.numberContext(), extension);
      if (!target.ok) throw refusal(target.reason);
      subject(target.display);
      if (this.#view.forward.target === target.digits && this.#fresh(reader, 'forward')) return;
      await this.#pending('set', () => api.redirect.set(extension, target.digits));
      await reader.read('forward');
    });
  }

  clearForward(): Promise<AvailabilityOutcomeView> {
    return this.#act('clear-forward', 'forward', async ({ api, reader }, subject) => {
      const extension = await this.#extension(reader);
      subject(this.#view.forward.display);
      if (this.#view.forward.target === null && this.#fresh(reader, 'forward')) return;
      await this.#pending('clear', () => api.redirect.clear(extension));
      await reader.read('forward');
    });
  }

  relocate(locationId: number): Promise<AvailabilityOutcomeView> {
    return this.#act('relocate', 'location', async ({ api, agent, reader }, subject) => {
      const find = () => this.#view.location.list.find((location) => location.id === locationId);
      if (!find()) await reader.read('location');
      const location = find();
      if (!location) throw refusal('availability-vanished', 'not-found');
      subject(location.name);
      if (this.#view.location.current?.id === locationId && this.#fresh(reader, 'location')) return;
      await this.#locationRequest('relocate', locationId, () =>
        api.location.relocate(locationId, { username: agent.username }),
      );
      await reader.read('location');
    });
  }

  leaveLocation(): Promise<AvailabilityOutcomeView> {
    return this.#act('leave-location', 'location', async ({ api, agent, reader }, subject) => {
      if (!this.#fresh(reader, 'location')) await reader.read('location');
      const current = this.#view.location.current;
      if (current === null) throw refusal('availability-not-at-location', 'conflict');
      subject(current.name);
      await this.#locationRequest('logout', current.id, () =>
        api.location.logout(current.id, { username: agent.username }),
      );
      await reader.read('location');
    });
  }

  setSwitch(extension: string, on: boolean): Promise<AvailabilityOutcomeView> {
    return this.#act('set-switch', 'switches', async ({ api, reader }, subject) => {
      const named = () =>
        this.#view.switches.picked.find((item) => item.extension === extension && !item.vanished) ??
        this.#view.switches.available.find((item) => item.extension === extension);
      if (!named()) await reader.read('switches');
      const item = named();
      if (!item) throw refusal('availability-vanished', 'not-found');
      subject(item.name);
      const shown = this.#view.switches.picked.find((candidate) => candidate.extension === extension);
      if (shown?.on === on && this.#fresh(reader, 'switches')) return;
      if (reader.record === null) await reader.read('me');
      const userId = reader.record?.userId;
      if (userId === undefined) throw refusal('availability-hidden', 'not-found');
      this.#markSwitch(extension, true);
      try {
        await api.extensionSwitch.setState(extension, on, userId);
      } catch (error) {
        // Refused: the switch keeps showing what it was; the outcome says why.
        if (isPbxError(error) && error.kind === 'not-found') await reader.read('switches');
        throw error;
      } finally {
        this.#markSwitch(extension, false);
      }
      await reader.readSwitch(extension);
    });
  }

  // ---------------------------------------------------------------------------------------------

  get #view(): AvailabilityView {
    return this.#deps.slice.current;
  }

  #update(change: (view: AvailabilityView) => Partial<AvailabilityView>): void {
    this.#deps.slice.update(change);
  }

  #requireSession(): ActionSession {
    const session = this.#deps.session();
    if (!session) throw new CommandFailure({ kind: 'not-connected' });
    return session;
  }

  #fresh(reader: AvailabilityReader, key: ReadKey): boolean {
    const readAt = reader.readAtMs[key];
    return readAt !== null && this.#deps.clock.monotonicMs() - readAt < FRESH_MS;
  }

  async #extension(reader: AvailabilityReader): Promise<string> {
    if (reader.record === null) await reader.read('me');
    const extension = reader.record?.extension ?? null;
    if (extension === null) throw refusal('availability-no-extension', 'conflict');
    return extension;
  }

  async #pending(kind: 'set' | 'clear', request: () => Promise<unknown>): Promise<void> {
    this.#update((view) => ({ forward: { ...view.forward, pending: kind } }));
    try {
      await request();
    } finally {
      this.#update((view) => ({ forward: { ...view.forward, pending: null } }));
    }
  }

  async #locationRequest(
    action: 'relocate' | 'logout',
    locationId: number,
    request: () => Promise<unknown>,
  ): Promise<void> {
    const reader = this.#requireSession().reader;
    this.#update((view) => ({ location: { ...view.location, pending: { action, locationId } } }));
    try {
      await request();
    } catch (error) {
      if (isPbxError(error) && error.kind === 'not-found') {
        await reader.read('location');
        throw refusal('availability-vanished', 'not-found');
      }
      throw error;
    } finally {
      this.#update((view) => ({ location: { ...view.location, pending: null } }));
    }
  }

  #markSwitch(extension: string, pending: boolean): void {
    this.#update((view) => ({
      switches: {
        ...view.switches,
        picked: view.switches.picked.map((item) =>
          item.extension === extension ? { ...item, pending } : item,
        ),
      },
    }));
  }

  /**
   * Runs one command in the queue and records its outcome. A read that hides the part (403/404)
   * makes the command fail with `availability-hidden`; a 403 on the command itself hides it too.
   */
  #act(
    action: AvailabilityAction,
    part: AvailabilityPart,
    body: (session: ActionSession, subject: (text: string | null) => void) => Promise<void>,
  ): Promise<AvailabilityOutcomeView> {
    const session = this.#requireSession();
    if (this.#view[part].status === 'hidden') throw refusal('availability-hidden', 'forbidden');
    let subject: string | null = null;
    return this.#deps.serial.run(async () => {
      try {
        await body(session, (text) => {
          subject = text;
        });
        if (this.#view[part].status === 'hidden') throw refusal('availability-hidden', 'forbidden');
        return this.#record(action, subject, null);
      } catch (error) {
        if (isPbxError(error) && error.kind === 'forbidden' && part !== 'switches')
          session.reader.hide(part, 'forbidden');
        const commandError = toCommandError(error) ?? { kind: 'internal' };
        this.#record(action, subject, commandError);
        this.#deps.log.log('info', 'availability command failed', {
          action,
          kind: commandError.kind,
          detail: commandError.detail ?? null,
        });
        throw error;
      }
    });
  }

  #record(
    action: AvailabilityAction,
    subject: string | null,
    error: CommandError | null,
  ): AvailabilityOutcomeView {
    this.#outcomeId += 1;
    const outcome: AvailabilityOutcomeView = {
      id: this.#outcomeId,
      action,
      ok: error === null,
      subject,
      error,
      atMs: this.#deps.clock.now(),
    };
    this.#update(() => ({ lastOutcome: outcome }));
    return outcome;
  }
}
