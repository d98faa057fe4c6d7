/**
 * Reads the agent's availability from the PBX into the slice, one key at a time (read-schedule.ts
 * says which): their own record (the active profile, the extension, the user id a switch request
 * carries), the profiles, the forward of their extension, the dynamic locations their
 * location.group roles allow, the switches they picked, and the mobile number on their own
 * phonebook entry. A read that the PBX answers 403 or 404 hides that part with the reason and is
 * not asked again this session; any other failure goes to the poll loop, which backs off.
 */
import type { AgentView } from '../../shared/contract';
import type { AvailabilityPart, AvailabilityView, HiddenReason } from '../../shared/features/availability';
import { isPbxError, type PbxApi, type PbxLocation, type PbxSwitch } from '../pbx/index';
import { formatForDisplay, type NumberContext, primaryKey } from '../phone/phone-number';
import type { PhonebookIndex } from '../phonebook/phonebook-index';
import type { Clock, Logger } from '../ports';
import type { Slice } from '../state/slice';
import { type ReadKey, readKeys } from './read-schedule';

/** What the agent's own record says that the slice does not show. */
export interface AgentRecord {
  userId: number;
  extension: string | null;
  phonebookEntryId: number | null;
}

export interface ReaderDeps {
  api: PbxApi;
  agent: AgentView;
  slice: Slice<AvailabilityView>;
  clock: Clock;
  log: Logger;
  pickedSwitches(): readonly string[];
  numberContext(): NumberContext;
  phonebook: PhonebookIndex;
  /** A fresh read of the active profile (the automations watch for changes by hand). */
  onActiveProfile(profileId: number | null): void;
}

/** More location.group roles than this are not all read (each is a request); the rest count as none. */
const MAX_ROLES = 25;

const partOf: Partial<Record<ReadKey, AvailabilityPart>> = {
  profiles: 'profiles',
  me: 'profiles',
  forward: 'forward',
  location: 'location',
  switches: 'switches',
};

export function hiddenReasonOf(error: unknown): HiddenReason | null {
  if (!isPbxError(error)) return null;
  if (error.kind === 'forbidden') return 'forbidden';
  if (error.kind === 'not-found') return 'not-offered';
  return null;
}

export class AvailabilityReader {
  readonly #deps: ReaderDeps;
  readonly readAtMs: Record<ReadKey, number | null> = Object.fromEntries(
    readKeys.map((key) => [key, null]),
  ) as Record<ReadKey, number | null>;
  #record: AgentRecord | null = null;
  /** Location names the agent's roles allow; null: every dynamic location. */
  #allowedLocations: ReadonlySet<string> | null = null;
  #mobile: string | null = null;

  constructor(deps: ReaderDeps) {
    this.#deps = deps;
  }

  get record(): AgentRecord | null {
    return this.#record;
  }

  /** Keys with nothing to read now. */
  skipped(): Set<ReadKey> {
    const { slice } = this.#deps;
    const skip = new Set<ReadKey>();
    for (const key of readKeys) {
      const part = partOf[key];
      if (part && slice.current[part].status === 'hidden') skip.add(key);
    }
    if (slice.current.location.status === 'hidden') skip.add('roles');
    if (this.#deps.pickedSwitches().length === 0 && slice.current.switches.status !== 'loading')
      skip.add('switches');
    if (this.#record !== null && this.#record.phonebookEntryId === null) skip.add('mobile');
    return skip;
  }

  async read(key: ReadKey, signal?: AbortSignal): Promise<void> {
    const options = signal ? { signal } : {};
    // The forward and the mobile are read for the agent's extension and phonebook entry.
    if ((key === 'forward' || key === 'mobile') && this.#record === null) await this.read('me', signal);
    try {
      await this.#readKey(key, options);
      this.readAtMs[key] = this.#deps.clock.monotonicMs();
    } catch (error) {
      const reason = hiddenReasonOf(error);
      const part = key === 'roles' || key === 'mobile' ? null : partOf[key];
      if (reason === null) throw error;
      this.readAtMs[key] = this.#deps.clock.monotonicMs();
      if (key === 'roles') this.#setAllowedLocations(null);
      else if (key === 'mobile') this.#setMobile(null);
      else if (part) this.hide(part, reason);
    }
  }

  hide(part: AvailabilityPart, reason: HiddenReason): void {
    this.#deps.log.log('info', 'availability control hidden', { part, reason });
    this.#deps.slice.update((view) => ({
      [part]: { ...view[part], status: 'hidden', hiddenReason: reason },
    }));
  }

  async #readKey(key: ReadKey, options: { signal?: AbortSignal }): Promise<void> {
    const { api, agent } = this.#deps;
    switch (key) {
      case 'me': {
        const user = await api.identity.getUser(agent.username, options);
        if (user === null) {
          this.#deps.log.log('warn', "the agent's own record is missing");
          return;
        }
        this.#record = {
          userId: user.id,
          extension: user.extension,
          phonebookEntryId: user.phonebookEntryId,
        };
        this.#showActiveProfile(user.activeProfileId);
        this.#showForwardExtension(user.extension);
        return;
      }
      case 'profiles': {
        const list = await api.identity.listProfiles(agent.username, options);
        this.#deps.slice.update((view) => ({
          profiles: {
            ...view.profiles,
            status: 'ready',
            hiddenReason: null,
            list: list.map(({ id, name, scope }) => ({ id, name, scope })),
            activeVanished:
              view.profiles.activeId !== null && !list.some((p) => p.id === view.profiles.activeId),
          },
        }));
        return;
      }
      case 'forward':
        return this.#readForward(options);
      case 'roles':
        return this.#readRoles(options);
      case 'location':
        this.showLocations(await api.location.list(options));
        return;
      case 'switches':
        this.showSwitches(await api.extensionSwitch.list(options), 'all');
        return;
      case 'mobile': {
        const id = this.#record?.phonebookEntryId ?? null;
        const entry = id === null ? null : await api.phonebook.getEntry(id, options);
        this.#setMobile(entry?.numbers.mobile ?? null);
        return;
      }
    }
  }

  /** One switch after a toggle: cheaper than the whole list. */
  async readSwitch(extension: string, signal?: AbortSignal): Promise<void> {
    const found = await this.#deps.api.extensionSwitch.get(extension, signal ? { signal } : {});
    this.showSwitches(found ? [found] : [], extension);
  }

  #showActiveProfile(activeId: number | null): void {
    this.#deps.slice.update((view) => ({
      profiles: {
        ...view.profiles,
        activeId,
        activeVanished:
          activeId !== null &&
          view.profiles.status === 'ready' &&
          !view.profiles.list.some((p) => p.id === activeId),
      },
    }));
    this.#deps.onActiveProfile(activeId);
  }

  #showForwardExtension(extension: string | null): void {
    this.#deps.slice.update((view) => ({ forward: { ...view.forward, extension } }));
  }

  async #readForward(options: { signal?: AbortSignal }): Promise<void> {
    const extension = this.#record?.extension ?? null;
    // No extension, nothing forwarded: the panel says so instead of offering a forward.
    const redirect =
      extension === null ? null : await this.#deps.api.redirect.forExtension(extension, options);
    const target = redirect?.active ? redirect.target : null;
    const previous = redirect?.old ?? null;
    const context = this.#deps.numberContext();
    const toMobile = this.#isMobile(target);
    this.#deps.slice.update((view) => ({
      forward: {
        ...view.forward,
        status: 'ready',
        hiddenReason: null,
        extension,
        target,
        display: target === null ? null : formatForDisplay(target, context),
        targetName:
          target === null || toMobile
            ? null
            : (this.#deps.phonebook.lookup(target)[0]?.contact.displayName ?? null),
        toMobile,
        quickTargets: this.#quickTargets(previous, target),
      },
    }));
  }

  #quickTargets(previous: string | null, target: string | null): AvailabilityView['forward']['quickTargets'] {
    const context = this.#deps.numberContext();
    const targets: AvailabilityView['forward']['quickTargets'] = [];
    if (this.#mobile !== null)
      targets.push({
        kind: 'mobile',
        number: this.#mobile,
        display: formatForDisplay(this.#mobile, context),
      });
    if (previous !== null && previous !== target && !this.#isMobile(previous))
      targets.push({ kind: 'previous', number: previous, display: formatForDisplay(previous, context) });
    return targets;
  }

  /** The same number as the agent's mobile, however either is written. */
  #isMobile(number: string | null): boolean {
    if (number === null || this.#mobile === null) return false;
    const context = this.#deps.numberContext();
    const key = primaryKey(number, context);
    return key !== null && key === primaryKey(this.#mobile, context);
  }

  #setMobile(mobile: string | null): void {
    this.#mobile = mobile?.trim() ? mobile.trim() : null;
    const forward = this.#deps.slice.current.forward;
    const previous = forward.quickTargets.find((quick) => quick.kind === 'previous')?.number ?? null;
    const toMobile = this.#isMobile(forward.target);
    this.#deps.slice.update((view) => ({
      forward: {
        ...view.forward,
        quickTargets: this.#quickTargets(previous, forward.target),
        toMobile,
        targetName: toMobile ? null : view.forward.targetName,
      },
    }));
  }

  async #readRoles(options: { signal?: AbortSignal }): Promise<void> {
    const { api, agent, log } = this.#deps;
    const names = await api.role.listNames('location.group', options);
    if (names.length > MAX_ROLES)
      log.log('info', 'more location roles than are read', { count: names.length });
    const allowed = new Set<string>();
    let member = false;
    let everyLocation = false;
    for (const name of names.slice(0, MAX_ROLES)) {
      const role = await api.role.get(name, options);
      if (!role?.members.includes(agent.username)) continue;
      member = true;
      everyLocation ||= role.includesAllLocations;
      for (const location of role.locations) allowed.add(location);
    }
    // A role that lists no locations (the reference shows no such field) restricts nothing.
    this.#setAllowedLocations(member && !everyLocation && allowed.size > 0 ? allowed : null);
  }

  #setAllowedLocations(allowed: ReadonlySet<string> | null): void {
    this.#allowedLocations = allowed;
  }

  showLocations(rows: readonly PbxLocation[]): void {
    const { agent } = this.#deps;
    const allowed = this.#allowedLocations;
    const here = rows.find((row) => row.occupant?.username === agent.username) ?? null;
    const usable = rows.filter((row) => row.dynamic && (allowed === null || allowed.has(row.name)));
    this.#deps.slice.update((view) => ({
      location: {
        ...view.location,
        status: 'ready',
        hiddenReason: null,
        scope: allowed === null ? 'all' : 'roles',
        current: here === null ? null : { id: here.id, name: here.name },
        list: usable.map((row) => ({
          id: row.id,
          name: row.name,
          description: row.description,
          occupiedBy:
            row.occupant === null || row.occupant.username === agent.username
              ? null
              : (row.occupant.displayName ?? row.occupant.username),
        })),
      },
    }));
  }

  /**
   * `scope`: `all` for the whole list, `picked` to follow a change of the picked list without a
   * request (a newly picked switch shows its state with the next read), else the one extension read.
   */
  showSwitches(found: readonly PbxSwitch[], scope: 'all' | 'picked' | (string & {})): void {
    const picked = this.#deps.pickedSwitches();
    this.#deps.slice.update((view) => {
      const known = new Map(view.switches.picked.map((item) => [item.extension, item]));
      const available =
        scope === 'all'
          ? found.map(({ extension, name }) => ({ extension, name }))
          : scope === 'picked'
            ? view.switches.available
            : view.switches.available.filter((item) => item.extension !== scope || found.length > 0);
      const nameOf = (extension: string) =>
        known.get(extension)?.name ??
        available.find((item) => item.extension === extension)?.name ??
        extension;
      return {
        switches: {
          ...view.switches,
          status: scope === 'picked' ? view.switches.status : 'ready',
          hiddenReason: scope === 'picked' ? view.switches.hiddenReason : null,
          available,
          picked: picked.map((extension) => {
            const before = known.get(extension);
            if (scope !== 'all' && scope !== extension)
              return (
                before ?? { extension, name: nameOf(extension), on: null, vanished: false, pending: false }
              );
            const now = found.find((candidate) => candidate.extension === extension);
            if (now)
              return {
                extension,
                name: now.name,
                on: now.on,
                vanished: false,
                pending: before?.pending ?? false,
              };
            return { extension, name: nameOf(extension), on: null, vanished: true, pending: false };
          }),
        },
      };
    });
  }
}
