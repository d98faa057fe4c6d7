/**
 * Scripting the PBX's directory for the team board and availability tests: presence and status
 * text, users deleted or renamed mid-session, role members, and the refusals a test needs (one
 * profile activation method, one switch). `pbx.sim.directory` in process; `/_sim/` over HTTP.
 */
import type { UserSeed } from '../data/model';
import type { CallEngine } from './calls';
import { SimError } from './sim-error';
import type { PbxWorld } from './world';

/** Where a user stands, as the availability resources show it. */
export interface AvailabilitySummary {
  username: string;
  presenceState: string | null;
  statusText: string | null;
  activeProfileId: number | null;
  /** The dynamic location the user is logged in at. */
  location: string | null;
  /** The active redirect target of the user's extension. */
  redirectTarget: string | null;
}

export class DirectoryControl {
  constructor(
    private readonly world: PbxWorld,
    private readonly engine: CallEngine,
  ) {}

  /** `state` is `003use_state` as sent (USER_AVAILABLE, USER_AWAY, ..., any word, or null). */
  setPresence(username: string, state: string | null, statusText?: string | null): void {
    const user = this.engine.requireUser(username);
    user.presenceState = state;
    if (statusText !== undefined) user.statusText = statusText;
  }

  /**
   * The user is gone from the PBX: from /identity, the states, roles, queues, locations, redirects
   * and the phonebook. Not the demo agent (the app acts for them), not a user in a call.
   */
  deleteUser(username: string): void {
    const user = this.colleague(username);
    if (this.inCall(user)) throw new SimError(409, `${user.name} is in a call; hang up first`);
    const { world } = this;
    world.users = world.users.filter((candidate) => candidate !== user);
    for (const role of world.roles) role.identities = role.identities.filter((name) => name !== user.name);
    for (const queue of world.queues)
      queue.members = queue.members.filter((member) => member.username !== user.name);
    for (const location of world.locations) if (location.occupant === user.name) location.occupant = null;
    world.redirects = world.redirects.filter((redirect) => redirect.source !== user.extension);
    world.stateOverrides.delete(user.name);
    world.phonebook.delete(user.phonebookEntryId);
  }

  /** A new login name and/or display name; every place that names the user follows. */
  renameUser(username: string, change: { newUsername?: string; displayName?: string }): void {
    const user = this.engine.requireUser(username);
    const { world } = this;
    const next = change.newUsername;
    if (next !== undefined && next !== user.name) {
      if (user.name === this.engine.agent) throw new SimError(400, 'the demo agent keeps their username');
      if (world.user(next)) throw new SimError(409, `a user ${next} exists already`);
      const old = user.name;
      for (const role of world.roles) role.identities = role.identities.map((n) => (n === old ? next : n));
      for (const queue of world.queues)
        for (const member of queue.members) if (member.username === old) member.username = next;
      for (const location of world.locations) if (location.occupant === old) location.occupant = next;
      const override = world.stateOverrides.get(old);
      world.stateOverrides.delete(old);
      if (override !== undefined) world.stateOverrides.set(next, override);
      for (const entry of world.phonebook.list({ owner: old, includeGlobal: false }))
        world.phonebook.update(entry.id, { owner: next });
      user.name = next;
    }
    if (change.displayName !== undefined) {
      user.displayName = change.displayName;
      world.phonebook.update(user.phonebookEntryId, { displayname: change.displayName });
    }
  }

  /** Replaces a role's members (and a location.group role's locations); unknown names are kept. */
  setRoleMembers(roleName: string, identities: readonly string[], locations?: readonly string[]): void {
    const role = this.world.roles.find((candidate) => candidate.name === roleName);
    if (!role) throw new SimError(404, `no role "${roleName}"`);
    role.identities = [...identities];
    if (locations !== undefined) role.locations = [...locations];
  }

  /** Profile activation answers 405 to `method` (null: both work again). */
  refuseProfileActivation(method: 'PUT' | 'POST' | null): void {
    this.world.refusals.profileActivationMethod = method;
  }

  /** POSTs to the switch on `extension` answer `status` (null: accepted again). */
  refuseSwitch(extension: string, status: number | null): void {
    if (!this.world.switches.some((entry) => entry.extension === extension))
      throw new SimError(404, `no extension switch on ${extension}`);
    if (status === null) this.world.refusals.switches.delete(extension);
    else this.world.refusals.switches.set(extension, status);
  }

  /**
   * An administrator deletes one of the user's profiles. The user's `017pro_id` is left as it was,
   * so a deleted active profile is an id the list no longer has (what the app must word).
   */
  removeProfile(username: string, profileId: number): void {
    const user = this.engine.requireUser(username);
    if (!user.profiles.some((profile) => profile.id === profileId))
      throw new SimError(404, `${user.name} has no profile ${profileId}`);
    user.profiles = user.profiles.filter((profile) => profile.id !== profileId);
  }

  /** An administrator deletes a dynamic location (by name or id); whoever was there is nowhere. */
  removeLocation(location: string): void {
    const found = this.world.locations.find(
      (entry) => entry.name === location || String(entry.id) === location,
    );
    if (!found) throw new SimError(404, `no location ${location}`);
    this.world.locations = this.world.locations.filter((entry) => entry !== found);
    for (const role of this.world.roles)
      role.locations = role.locations.filter((name) => name !== found.name);
  }

  availability(username: string): AvailabilitySummary {
    const user = this.engine.requireUser(username);
    const redirect = this.world.redirects.find((entry) => entry.source === user.extension);
    return {
      username: user.name,
      presenceState: user.presenceState,
      statusText: user.statusText,
      activeProfileId: user.activeProfileId,
      location: this.world.locations.find((entry) => entry.occupant === user.name)?.name ?? null,
      redirectTarget: redirect?.target ? redirect.target : null,
    };
  }

  switches(): { extension: string; name: string; on: boolean }[] {
    return this.world.switches.map(({ extension, name, on }) => ({ extension, name, on }));
  }

  private colleague(username: string): UserSeed {
    const user = this.engine.requireUser(username);
    if (user.name === this.engine.agent) throw new SimError(400, 'the demo agent cannot be deleted');
    return user;
  }

  private inCall(user: UserSeed): boolean {
    return this.engine.liveLegs().some((leg) => leg.src.user === user || leg.dst.user === user);
  }
}
