import { UNKNOWN_CALLER_NUMBER } from './data/known-callers';
import {
  canonicalDigits,
  formatLandline,
  formatMobile,
  randomLandline,
  randomMobile,
} from './data/number-formats';
import type { Random } from './data/random';
import type { CallEngine } from './sim/calls';
import { PresenceDrift } from './sim/presence-drift';
import type { PbxWorld } from './sim/world';

export const DEFAULT_LIVELY_MEAN_INTERVAL_MS = 20_000;

type Outcome = 'colleague' | 'missed' | 'voicemail';

interface Script {
  chain: string;
  /** When nobody (or the agent) has answered by now, the outcome happens. */
  decideAtMs: number;
  outcome: Outcome;
  talkMs: number;
  hangupAtMs: number | null;
}

/**
 * The demo's background life: now and then a call from a phonebook contact or an unknown number,
 * to the agent or to one of their queues. The agent can answer it in the app; otherwise a colleague
 * takes it, the caller gives up (missed) or leaves a voicemail. Answered calls end after a while.
 * Driven by tick() on the demo PBX's clock, so it owns no timers.
 */
export class LivelyMode {
  private on = false;
  private nextArrivalAtMs = 0;
  private scripts: Script[] = [];
  private readonly random: Random;
  /** Colleagues change their presence about as often as a call comes in. */
  private readonly presence: PresenceDrift;

  constructor(
    private readonly world: PbxWorld,
    private readonly engine: CallEngine,
    private readonly meanIntervalMs: number,
    seed: number,
  ) {
    this.random = this.world.random.fork(seed);
    this.presence = new PresenceDrift(world, engine.agent, meanIntervalMs, seed);
  }

  get enabled(): boolean {
    return this.on;
  }

  setEnabled(on: boolean): void {
    // Switching off stops new calls; calls already running play out their script.
    if (on && !this.on) this.nextArrivalAtMs = this.world.now() + this.interval();
    this.on = on;
  }

  /** Forget scripted calls (after a reset the calls are gone). */
  forget(): void {
    this.scripts = [];
  }

  tick(): void {
    const nowMs = this.world.now();
    if (this.on && nowMs >= this.nextArrivalAtMs) {
      this.nextArrivalAtMs = nowMs + this.interval();
      this.startCall(nowMs);
    }
    this.scripts = this.scripts.filter((script) => this.advance(script, nowMs));
    this.presence.tick(this.on);
  }

  /** Exponential gaps (a Poisson process), kept between a fifth and three times the mean. */
  private interval(): number {
    const sample = -Math.log(1 - this.random.next()) * this.meanIntervalMs;
    return Math.min(this.meanIntervalMs * 3, Math.max(this.meanIntervalMs * 0.2, sample));
  }

  private callerNumber(): { number: string } {
    const random = this.random;
    if (random.chance(0.35)) {
      const number = random.chance(0.5)
        ? formatLandline(randomLandline(random), 6)
        : formatMobile(randomMobile(random), 2);
      return { number: random.chance(0.1) ? UNKNOWN_CALLER_NUMBER : number };
    }
    const contacts = this.world.phonebook
      .list({ owner: null, includeGlobal: true })
      .filter((e) => e.type === '028phonebook' && (e.phone ?? e.mobile));
    const contact = contacts.length > 0 ? random.pick(contacts) : undefined;
    const stored = contact?.phone ?? contact?.mobile ?? UNKNOWN_CALLER_NUMBER;
    // Carriers deliver numbers as +E.164 or nationally with a trunk 0, never as typed in the phonebook.
    const e164 = `+${canonicalDigits(stored)}`;
    return { number: random.chance(0.5) || !e164.startsWith('+49') ? e164 : `0${e164.slice(3)}` };
  }

  private startCall(nowMs: number): void {
    const agent = this.world.user(this.engine.agent);
    if (!agent) return;
    const queues = this.world.queues.filter((q) => q.members.some((m) => m.username === agent.name));
    const toQueue = queues.length > 0 && this.random.chance(0.6);
    const to = toQueue ? this.random.pick(queues).name : agent.name;
    const leg = this.engine.startInbound({ from: this.callerNumber().number, to, origin: 'lively' });
    const roll = this.random.next();
    const outcome: Outcome = toQueue
      ? roll < 0.5
        ? 'colleague'
        : roll < 0.8
          ? 'missed'
          : 'voicemail'
      : roll < 0.45
        ? 'voicemail'
        : 'missed';
    // A faster-than-default mode (tests, benchmarks) compresses ringing and talking alike.
    const pace = Math.min(1, this.meanIntervalMs / DEFAULT_LIVELY_MEAN_INTERVAL_MS);
    this.scripts.push({
      chain: leg.chain,
      decideAtMs: nowMs + this.random.int(8_000, 22_000) * pace,
      outcome,
      talkMs: this.random.int(15_000, 90_000) * pace,
      hangupAtMs: null,
    });
  }

  /** Moves one scripted call on; false when it is over. */
  private advance(script: Script, nowMs: number): boolean {
    const legs = this.engine.liveLegs().filter((leg) => leg.chain === script.chain);
    const root = legs.find((leg) => leg.kind !== 'agent');
    if (!root) return false;
    if (root.answeredAtMs !== null) {
      script.hangupAtMs ??= nowMs + script.talkMs;
      if (nowMs < script.hangupAtMs) return true;
      this.engine.hangup(root.phonecallId);
      return false;
    }
    if (nowMs < script.decideAtMs) return true;
    if (script.outcome === 'colleague') {
      const colleague = legs.find(
        (leg) => leg.kind === 'agent' && leg.state === 'RINGING' && leg.dst.user?.name !== this.engine.agent,
      );
      if (colleague) {
        this.engine.answer(colleague.phonecallId);
        return true;
      }
    }
    this.engine.hangup(root.phonecallId, { leaveVoicemail: script.outcome === 'voicemail' });
    return false;
  }
}
