import type { DeviceSeed, QueueSeed, UserSeed } from '../data/model';
import { renderHistoryRecord } from './call-records';
import type { CallLeg, CallOrigin, CallResult, LegKind, Party } from './call-types';
import { hintState } from './hints';
import { leaveVoicemailForMissedCall } from './missed-call-voicemail';
import { newLeg } from './new-leg';
import { callerParty, externalParty, queueParty, resolveTarget, type Target, userParty } from './parties';
import { dispatchQueueCalls } from './queue-dispatch';
import { queueMemberCounts } from './queue-stats';
import { SimError } from './sim-error';
import type { PbxWorld } from './world';

const MAX_REMEMBERED_CDR_IDS = 5000;

interface RouteOptions {
  origin: CallOrigin;
  /** Internal callees other than the demo agent pick up by themselves after a moment. */
  autoAnswer: boolean;
  parentId?: number;
  chain?: string;
  via?: CallLeg['via'];
  viaDetails?: string;
}

export interface HangupOptions {
  leaveVoicemail?: boolean;
  voicemailDurationSeconds?: number;
  /** Who hung up: the caller (default) or the called party. */
  by?: 'src' | 'dst';
}

/**
 * The simulated calls: every live leg, and the transitions that keep /cdr/live, /identity/states,
 * the queues, /cdr history and voicemail consistent with each other.
 */
export class CallEngine {
  private readonly legs = new Map<number, CallLeg>();
  /** phonecallId -> history record id of recent legs, for the `parentId` of their records' children. */
  private readonly cdrIds = new Map<number, number>();

  constructor(
    private readonly world: PbxWorld,
    readonly agent: string,
  ) {}

  liveLegs(): CallLeg[] {
    return [...this.legs.values()].sort((a, b) => a.phonecallId - b.phonecallId);
  }

  leg(phonecallId: number): CallLeg | undefined {
    return this.legs.get(phonecallId);
  }

  requireLeg(phonecallId: number): CallLeg {
    const leg = this.legs.get(phonecallId);
    if (!leg) throw new SimError(404, `no live call with phonecallId ${phonecallId}`);
    return leg;
  }

  hint(user: UserSeed): string {
    return hintState(user, this.legs.values(), this.world.stateOverrides.get(user.name));
  }

  rootOf(leg: CallLeg): CallLeg {
    return leg.kind === 'agent' && leg.parentId !== null ? (this.legs.get(leg.parentId) ?? leg) : leg;
  }

  children(root: CallLeg): CallLeg[] {
    return this.liveLegs().filter((leg) => leg.kind === 'agent' && leg.parentId === root.phonecallId);
  }

  /** Callers in a queue that no member has answered yet, longest waiting first. */
  waitingCallers(queue: QueueSeed): CallLeg[] {
    return this.liveLegs().filter(
      (leg) => leg.kind === 'queue' && leg.queue === queue && leg.state === 'RINGING',
    );
  }

  clear(): void {
    this.legs.clear();
    this.cdrIds.clear();
  }

  startInbound(input: { from: string; fromName?: string; to: string; origin: CallOrigin }): CallLeg {
    const target = resolveTarget(this.world, input.to);
    if (!target || target.kind === 'external')
      throw new SimError(404, `no user, extension or queue "${input.to}"`);
    const calledUser = target.kind === 'user' ? target.user.name : undefined;
    const src = callerParty(this.world, input.from, input.fromName, calledUser);
    return this.route(src, target, { origin: input.origin, autoAnswer: false });
  }

  startOutbound(input: { fromUser: string; to: string; device?: DeviceSeed; origin: CallOrigin }): CallLeg {
    const user = this.requireUser(input.fromUser);
    const target = resolveTarget(this.world, input.to);
    if (!target) throw new SimError(400, `cannot dial "${input.to}"`);
    const src = userParty(user, input.device ?? this.world.answeringDevice(user));
    const viaDetails = input.origin === 'action' ? 'action' : '';
    return this.route(src, target, { origin: input.origin, autoAnswer: true, viaDetails });
  }

  answer(phonecallId: number, options: { by?: string; device?: DeviceSeed } = {}): CallLeg {
    const leg = this.requireLeg(phonecallId);
    const root = this.rootOf(leg);
    if (root.state !== 'RINGING') throw new SimError(409, `call ${root.phonecallId} is already answered`);
    let answered: CallLeg;
    if (root.kind === 'queue') {
      answered = this.pickAgentLeg(root, leg, options.by);
      this.setAnsweringDevice(answered, options.device);
      this.connect(answered);
      this.connect(root);
      for (const other of this.children(root))
        if (other !== answered) this.endLeg(other, 'noanswer', 'elsewhere');
    } else {
      if (options.by && root.dst.internal && root.dst.user?.name !== options.by) {
        // Someone else picks up a call ringing for a colleague.
        root.dst = userParty(this.requireUser(options.by));
        root.viaDetails = 'picked';
      }
      this.setAnsweringDevice(root, options.device);
      this.connect(root);
      answered = root;
    }
    this.afterChange();
    return answered;
  }

  hold(phonecallId: number): void {
    const nowMs = this.world.now();
    const connected = this.connectedLegs(this.rootOf(this.requireLeg(phonecallId)));
    for (const leg of connected) {
      if (leg.state !== 'BUSY') continue;
      leg.state = 'HOLD';
      leg.holdCount++;
      leg.holdStartedAtMs = nowMs;
    }
  }

  resume(phonecallId: number): void {
    const nowMs = this.world.now();
    for (const leg of this.connectedLegs(this.rootOf(this.requireLeg(phonecallId)))) {
      if (leg.state !== 'HOLD') continue;
      leg.state = 'BUSY';
      leg.holdMs += nowMs - (leg.holdStartedAtMs ?? nowMs);
      leg.holdStartedAtMs = null;
    }
  }

  hangup(phonecallId: number, options: HangupOptions = {}): void {
    const root = this.rootOf(this.requireLeg(phonecallId));
    const answered = root.answeredAtMs !== null;
    const voicemail = !answered && options.leaveVoicemail === true;
    for (const child of this.children(root)) {
      if (child.answeredAtMs === null) this.endLeg(child, 'noanswer', 'caller');
      else this.endLeg(child, 'hangup', options.by ?? 'src');
    }
    let details: string = options.by ?? 'src';
    if (voicemail) details = 'voicemail';
    else if (!answered && root.kind === 'queue') details = 'abondon'; // sic, as the reference spells it
    this.endLeg(root, answered ? 'hangup' : 'noanswer', details);
    if (voicemail) leaveVoicemailForMissedCall(this.world, root, options.voicemailDurationSeconds);
    this.afterChange();
  }

  /** A member declines a ringing queue call (only this member stops ringing) or a direct call. */
  decline(leg: CallLeg): void {
    if (leg.kind === 'agent') {
      const root = this.rootOf(leg);
      if (leg.dst.user) root.declinedBy.push(leg.dst.user.name);
      this.endLeg(leg, 'noanswer', 'agent');
      this.afterChange();
    } else {
      this.hangup(leg.phonecallId, { by: 'dst' });
    }
  }

  /** Blind transfer: the party that stays on the line is connected to `to`; returns the new leg. */
  transfer(phonecallId: number, to: string, byUser?: UserSeed): CallLeg {
    const root = this.rootOf(this.requireLeg(phonecallId));
    const target = resolveTarget(this.world, to);
    if (!target) throw new SimError(400, `cannot transfer to "${to}"`);
    const bySource = byUser !== undefined && root.src.user === byUser;
    const staying = bySource ? root.dst : root.src;
    const parent =
      root.kind === 'queue' ? (this.children(root).find((l) => l.answeredAtMs !== null) ?? root) : root;
    for (const child of this.children(root)) {
      this.endLeg(
        child,
        child.answeredAtMs === null ? 'noanswer' : 'transfer',
        child.answeredAtMs === null ? 'elsewhere' : 'dst',
      );
    }
    this.endLeg(root, 'transfer', bySource ? 'src' : 'dst');
    const next = this.route(staying, target, {
      origin: root.origin,
      autoAnswer: true,
      parentId: parent.phonecallId,
      chain: root.chain,
      via: 'transfer',
      viaDetails: byUser ? 'action' : 'dst',
    });
    this.afterChange();
    return next;
  }

  createAgentLeg(root: CallLeg, user: UserSeed): CallLeg {
    const leg = this.createLeg('agent', root.src, userParty(user), {
      origin: root.origin,
      autoAnswer: false,
      parentId: root.phonecallId,
      chain: root.chain,
      via: 'queue',
      viaDetails: 'caller',
    });
    leg.queue = root.queue;
    leg.joinPosition = root.joinPosition;
    leg.joinQueueState = root.joinQueueState;
    root.ringedAgents++;
    return leg;
  }

  endLeg(leg: CallLeg, result: CallResult, resultDetails: string): void {
    if (!this.legs.delete(leg.phonecallId)) return;
    const endedAtMs = this.world.now();
    this.world.history.add(renderHistoryRecord(leg, { result, resultDetails, endedAtMs }));
  }

  /** Queue dispatch and other follow-ups after any change to calls or memberships. */
  afterChange(): void {
    dispatchQueueCalls(this, this.world);
  }

  requireUser(name: string): UserSeed {
    const user = this.world.user(name);
    if (!user) throw new SimError(404, `no user "${name}"`);
    return user;
  }

  private route(src: Party, target: Target, options: RouteOptions): CallLeg {
    let leg: CallLeg;
    if (target.kind === 'user') {
      leg = this.createLeg('direct', src, userParty(target.user), options);
    } else if (target.kind === 'queue') {
      const joinQueueState = queueMemberCounts(
        target.queue,
        (name) => this.hintOf(name),
        this.waitingCallers(target.queue).length,
      );
      leg = this.createLeg('queue', src, queueParty(target.queue), options);
      leg.queue = target.queue;
      leg.joinPosition = joinQueueState.countEntries + 1;
      leg.joinQueueState = joinQueueState;
    } else {
      leg = this.createLeg(
        'direct',
        src,
        externalParty(this.world, target.number, undefined, src.user?.name),
        options,
      );
    }
    const internalCallee =
      target.kind === 'queue' || (target.kind === 'user' && target.user.name !== this.agent);
    if (options.autoAnswer && internalCallee) this.scheduleAutoAnswer(leg.phonecallId, 0);
    this.afterChange();
    return leg;
  }

  private createLeg(kind: LegKind, src: Party, dst: Party, options: RouteOptions): CallLeg {
    const { autoAnswer: _autoAnswer, ...fields } = options;
    const parentCdrId = fields.parentId == null ? null : (this.cdrIds.get(fields.parentId) ?? null);
    const leg = newLeg({
      ...fields,
      phonecallId: this.world.allocateRecordId(),
      cdrId: this.world.allocateCdrId(),
      parentCdrId,
      startedAtMs: this.world.now(),
      kind,
      src,
      dst,
    });
    this.legs.set(leg.phonecallId, leg);
    this.cdrIds.set(leg.phonecallId, leg.cdrId);
    // A transfer's new leg may hang off a leg that has ended: its record id is kept a while.
    if (this.cdrIds.size > MAX_REMEMBERED_CDR_IDS)
      this.cdrIds.delete(this.cdrIds.keys().next().value as number);
    return leg;
  }

  private hintOf(username: string): string {
    const user = this.world.user(username);
    return user ? this.hint(user) : 'Unavailable';
  }

  private pickAgentLeg(root: CallLeg, leg: CallLeg, by: string | undefined): CallLeg {
    if (by) {
      const user = this.requireUser(by);
      return this.children(root).find((l) => l.dst.user === user) ?? this.createAgentLeg(root, user);
    }
    if (leg.kind === 'agent') return leg;
    const ringing = this.children(root).find((l) => l.state === 'RINGING');
    if (!ringing)
      throw new SimError(409, `no member is ringing for queue call ${root.phonecallId}; say who answers`);
    return ringing;
  }

  private setAnsweringDevice(leg: CallLeg, device: DeviceSeed | undefined): void {
    const user = leg.dst.user;
    if (!user) return;
    const chosen = device ?? this.world.answeringDevice(user);
    leg.dst = chosen ? { ...leg.dst, device: chosen } : leg.dst;
  }

  private connect(leg: CallLeg): void {
    leg.state = 'BUSY';
    leg.answeredAtMs = this.world.now();
  }

  private connectedLegs(root: CallLeg): CallLeg[] {
    const legs = [root, ...this.children(root)].filter((l) => l.answeredAtMs !== null);
    if (legs.length === 0) throw new SimError(409, `call ${root.phonecallId} is not connected`);
    return legs;
  }

  private scheduleAutoAnswer(phonecallId: number, attempt: number): void {
    this.world.scheduler.after(this.world.options.internalAnswerDelayMs, () => {
      const leg = this.legs.get(phonecallId);
      if (leg?.state !== 'RINGING') return;
      if (leg.kind === 'direct') {
        this.answer(phonecallId);
        return;
      }
      const colleague = this.children(leg).find(
        (l) => l.state === 'RINGING' && l.dst.user?.name !== this.agent,
      );
      if (colleague) this.answer(colleague.phonecallId);
      else if (attempt < 30) this.scheduleAutoAnswer(phonecallId, attempt + 1);
    });
  }
}
