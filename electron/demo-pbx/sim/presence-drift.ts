import type { Random } from '../data/random';
import type { PbxWorld } from './world';

/** What colleagues set in their pascom client over a day (`003use_state`, `003use_statusText`). */
const PRESENCES: readonly (readonly [state: string, text: string | null])[] = [
  ['USER_AVAILABLE', 'Verfügbar'],
  ['USER_AVAILABLE', null],
  ['USER_AWAY', 'Bin gleich zurück'],
  ['USER_AWAY', 'Mittagspause bis 13 Uhr'],
  ['USER_BUSY', 'Im Meeting'],
  ['USER_BUSY', 'Kundentermin, ab 15 Uhr erreichbar'],
];

/**
 * The lively mode's presence: now and then a colleague (never the agent, whose presence is theirs
 * to set) changes presence and status text. Driven by tick() on the PBX clock; owns no timers.
 */
export class PresenceDrift {
  #nextAtMs: number | null = null;
  readonly #random: Random;

  constructor(
    private readonly world: PbxWorld,
    private readonly agent: string,
    private readonly meanIntervalMs: number,
    seed: number,
  ) {
    this.#random = world.random.fork(seed + 7);
  }

  tick(enabled: boolean): void {
    if (!enabled) {
      this.#nextAtMs = null;
      return;
    }
    const nowMs = this.world.now();
    if (this.#nextAtMs === null) this.#nextAtMs = nowMs + this.#interval();
    if (nowMs < this.#nextAtMs) return;
    this.#nextAtMs = nowMs + this.#interval();
    const colleagues = this.world.users.filter((user) => user.name !== this.agent);
    if (colleagues.length === 0) return;
    const user = this.#random.pick(colleagues);
    const choices = PRESENCES.filter(
      ([state, text]) => state !== user.presenceState || text !== user.statusText,
    );
    const [state, text] = this.#random.pick(choices);
    user.presenceState = state;
    user.statusText = text;
  }

  /** Between half and one and a half times the mean. */
  #interval(): number {
    return this.meanIntervalMs * (0.5 + this.#random.next());
  }
}
