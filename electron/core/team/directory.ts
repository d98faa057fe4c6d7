/**
 * The PBX's whole user list (`/identity/`), read only when something needs it: the search for a
 * new favourite, a large board's presence, a favourite that may have been renamed. One read at a
 * time; a search within `maxAgeMs` of the last read uses that one, so typing a name costs no
 * request per key.
 */
import type { PbxApi, PbxUser } from '../pbx/index';
import type { Clock } from '../ports';

export const DIRECTORY_MAX_AGE_MS = 10 * 60_000;

export class Directory {
  readonly #clock: Clock;
  #users: PbxUser[] | null = null;
  #readAtMs: number | null = null;
  #reading: Promise<PbxUser[]> | null = null;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get size(): number | null {
    return this.#users?.length ?? null;
  }

  get readAtMs(): number | null {
    return this.#readAtMs;
  }

  /** A user of the last read list by username. */
  find(username: string): PbxUser | null {
    const wanted = username.toLowerCase();
    return this.#users?.find((user) => user.username.toLowerCase() === wanted) ?? null;
  }

  /** Reads the list now (or joins the read under way). */
  read(api: Pick<PbxApi, 'identity'>, signal?: AbortSignal): Promise<PbxUser[]> {
    this.#reading ??= api.identity
      .listUsers(signal ? { signal } : {})
      .then((users) => {
        this.#users = users;
        this.#readAtMs = this.#clock.monotonicMs();
        return users;
      })
      .finally(() => {
        this.#reading = null;
      });
    return this.#reading;
  }

  /** The list as last read, if no older than `maxAgeMs`; else a new read. */
  async recent(api: Pick<PbxApi, 'identity'>, maxAgeMs = DIRECTORY_MAX_AGE_MS): Promise<PbxUser[]> {
    const age =
      this.#readAtMs === null ? Number.POSITIVE_INFINITY : this.#clock.monotonicMs() - this.#readAtMs;
    return this.#users !== null && age < maxAgeMs ? this.#users : this.read(api);
  }

  clear(): void {
    this.#users = null;
    this.#readAtMs = null;
  }
}
