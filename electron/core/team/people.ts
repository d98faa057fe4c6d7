/**
 * What the app knows of the people on the board: display name, extension, presence and status
 * text, and whether the PBX still knows them. Filled from single user reads (`/identity/<name>`),
 * from the user list (`/identity/`) when that was read, and, for names only, from the states
 * answers (they carry `003use_bez` for free).
 */
import type { TeamPresence } from '../../shared/features/team';
import type { PbxUser } from '../pbx/index';

export interface Person {
  username: string;
  userId: number | null;
  name: string | null;
  extension: string | null;
  presence: TeamPresence;
  statusText: string | null;
  /** null: not asked yet; false: the PBX does not know this username (deleted or renamed). */
  found: boolean | null;
}

/** A user the PBX now knows under another name (found by its id). */
export interface Rename {
  from: string;
  to: PbxUser;
}

const key = (username: string) => username.toLowerCase();

function personOf(user: PbxUser): Person {
  return {
    username: user.username,
    userId: user.id,
    name: user.displayName,
    extension: user.extension,
    presence: user.presence,
    statusText: user.statusText,
    found: true,
  };
}

export class People {
  readonly #people = new Map<string, Person>();

  get(username: string): Person | null {
    return this.#people.get(key(username)) ?? null;
  }

  /** One user read: null is "no such user" (204/404). */
  setUser(username: string, user: PbxUser | null): void {
    if (user) this.#people.set(key(username), personOf(user));
    else this.#people.set(key(username), { ...this.#blank(username), found: false });
  }

  /**
   * The whole user list. Everyone known but not in it is not found any more; someone whose user id
   * is in it under another username was renamed (returned, so favourites can follow).
   */
  setDirectory(users: readonly PbxUser[]): Rename[] {
    const byName = new Map(users.map((user) => [key(user.username), user]));
    const byId = new Map(users.map((user) => [user.id, user]));
    const renames: Rename[] = [];
    for (const [name, person] of this.#people) {
      if (byName.has(name)) continue;
      const renamed = person.userId === null ? undefined : byId.get(person.userId);
      if (renamed) renames.push({ from: person.username, to: renamed });
      this.#people.set(name, { ...person, found: false });
    }
    for (const user of users) this.#people.set(key(user.username), personOf(user));
    return renames;
  }

  /** Display names from a states answer, for people not read yet (a read user's name wins). */
  setNames(names: Readonly<Record<string, { displayName: string | null }>>): boolean {
    let changed = false;
    for (const [username, { displayName }] of Object.entries(names)) {
      const person = this.#people.get(key(username)) ?? this.#blank(username);
      if (displayName === null || person.found === true || person.name === displayName) continue;
      this.#people.set(key(username), { ...person, name: displayName });
      changed = true;
    }
    return changed;
  }

  clear(): void {
    this.#people.clear();
  }

  #blank(username: string): Person {
    return {
      username,
      userId: null,
      name: null,
      extension: null,
      presence: 'unknown',
      statusText: null,
      found: null,
    };
  }
}
