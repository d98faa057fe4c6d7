import type { FaultList, FaultSpec } from './faults';
import type { HostileMode } from './hostile/index';
import type { LivelyMode } from './lively';
import type { RequestLog } from './request-log';
import { addBackgroundCalls, clearBackgroundCalls } from './sim/background';
import { type LiveCallRecord, renderLiveRecord } from './sim/call-records';
import type { CallEngine } from './sim/calls';
import { DirectoryControl } from './sim/directory-control';
import { SimError } from './sim/sim-error';
import type { DeviceActionRecord, PbxWorld, QueueActionRecord, UserActionRecord } from './sim/world';

export interface InboundCallInput {
  /** External number in any format, or an internal extension / user name. */
  from: string;
  fromName?: string;
  /** User name, extension, queue name or queue extension. */
  to: string;
}

export interface OutboundCallInput {
  fromUser: string;
  to: string;
  /** Device name; default: the user's default device, else their first. */
  device?: string;
}

export interface LeaveVoicemailInput {
  mailbox: string;
  from: string;
  fromName?: string;
  durationSeconds?: number;
  broken?: 'truncated' | 'not-wav';
  /** Default INBOX. */
  folder?: string;
}

export interface VoicemailSummary {
  mailbox: string;
  folder: string;
  id: string;
  msgId: string;
  callerName: string;
  callerNumber: string;
  durationSeconds: number;
  origTimeSeconds: number;
  broken: 'truncated' | 'not-wav' | null;
}

export interface QueueMembershipSummary {
  queue: string;
  extension: string;
  dynamic: boolean;
  loggedIn: boolean;
  paused: boolean;
  pauseReason: string;
}

export interface SimulatorDeps {
  world: PbxWorld;
  engine: CallEngine;
  faults: FaultList;
  hostile: HostileMode;
  lively: LivelyMode;
  requestLog: RequestLog;
  /** Re-creates the seeded data (users, queues, phonebook, history, voicemail). */
  reseed: () => void;
}

/** In-process control of the demo PBX; /_sim/ offers the same operations over HTTP. */
export class DemoSimulator {
  #directory: DirectoryControl | undefined;

  constructor(private readonly deps: SimulatorDeps) {}

  /** Presence, users, roles, profiles, locations and switches (sim/directory-control.ts). */
  get directory(): DirectoryControl {
    this.#directory ??= new DirectoryControl(this.deps.world, this.deps.engine);
    return this.#directory;
  }

  startInboundCall(input: InboundCallInput): { phonecallId: number } {
    const leg = this.deps.engine.startInbound({ ...input, origin: 'sim' });
    return { phonecallId: leg.phonecallId };
  }

  startOutboundCall(input: OutboundCallInput): { phonecallId: number } {
    const user = this.deps.engine.requireUser(input.fromUser);
    const device = input.device === undefined ? undefined : this.requireDevice(input.fromUser, input.device);
    const leg = this.deps.engine.startOutbound({
      fromUser: user.name,
      to: input.to,
      origin: 'sim',
      ...(device ? { device } : {}),
    });
    return { phonecallId: leg.phonecallId };
  }

  /** Answers a ringing call; for a queue call `by` says which member (default: one that rings). */
  answer(phonecallId: number, options: { by?: string; device?: string } = {}): { phonecallId: number } {
    const device = options.device && options.by ? this.requireDevice(options.by, options.device) : undefined;
    const leg = this.deps.engine.answer(phonecallId, {
      ...(options.by ? { by: options.by } : {}),
      ...(device ? { device } : {}),
    });
    return { phonecallId: leg.phonecallId };
  }

  hold(phonecallId: number): void {
    this.deps.engine.hold(phonecallId);
  }

  resume(phonecallId: number): void {
    this.deps.engine.resume(phonecallId);
  }

  hangup(
    phonecallId: number,
    options: { leaveVoicemail?: boolean; voicemailDurationSeconds?: number } = {},
  ): void {
    this.deps.engine.hangup(phonecallId, options);
  }

  transfer(phonecallId: number, options: { to: string }): { phonecallId: number } {
    return { phonecallId: this.deps.engine.transfer(phonecallId, options.to).phonecallId };
  }

  leaveVoicemail(input: LeaveVoicemailInput): VoicemailSummary {
    const { world } = this.deps;
    const folder = input.folder === undefined ? 'INBOX' : world.voicemail.folderName(input.folder);
    if (!folder) throw new SimError(400, `no voicemail folder "${input.folder ?? ''}"`);
    const owner =
      world.users.find((u) => u.mailbox === input.mailbox) ??
      world.queues.find((q) => q.mailbox === input.mailbox);
    if (!owner) throw new SimError(404, `no voicemailbox "${input.mailbox}"`);
    const known = world.phonebook.findByNumber(input.from)[0];
    const message = world.voicemail.add({
      mailbox: input.mailbox,
      folder,
      origTimeSeconds: Math.floor(world.now() / 1000),
      durationSeconds: input.durationSeconds ?? world.random.int(4, 18),
      callerName:
        input.fromName ?? world.userByExtension(input.from)?.displayName ?? known?.displayname ?? '',
      callerNumber: input.from,
      audioSeed: world.random.int(1, 2 ** 31),
      ...(input.broken ? { broken: input.broken } : {}),
    });
    return summarise(message);
  }

  /** Forces a hint state (any Asterisk hint string); null returns the user to the simulated one. */
  setUserState(username: string, hintState: string | null): void {
    const user = this.deps.engine.requireUser(username);
    if (hintState === null) this.deps.world.stateOverrides.delete(user.name);
    else this.deps.world.stateOverrides.set(user.name, hintState);
    this.deps.engine.afterChange();
  }

  /**
   * The user logs in to a pascom client on `device` (their default device from now on), or out of
   * every client (`null`): then `defaultdevice` answers 204 and its action 404, as for mweber.
   */
  setDefaultDevice(username: string, device: string | null): void {
    const user = this.deps.engine.requireUser(username);
    user.defaultDevice = device === null ? null : this.requireDevice(user.name, device).name;
  }

  addBackgroundCalls(count: number): { phonecallIds: number[] } {
    if (!Number.isInteger(count) || count < 0)
      throw new SimError(400, 'count must be a non-negative integer');
    return { phonecallIds: addBackgroundCalls(this.deps.engine, this.deps.world, count) };
  }

  clearBackgroundCalls(): void {
    clearBackgroundCalls(this.deps.engine);
  }

  injectFault(fault: FaultSpec): { faultId: number } {
    return { faultId: this.deps.faults.inject(fault) };
  }

  clearFaults(): void {
    this.deps.faults.clear();
  }

  setLively(on: boolean): void {
    this.deps.lively.setEnabled(on);
  }

  /** Answer like a hostile or broken PBX (bad records among good ones; see hostile/index.ts). */
  setHostile(on: boolean): void {
    this.deps.hostile.setEnabled(on);
  }

  get hostile(): boolean {
    return this.deps.hostile.enabled;
  }

  /** How many users the PBX has now (deleted ones no longer count). */
  get userCount(): number {
    return this.deps.world.users.length;
  }

  /** Back to the seeded data: no calls, faults, action logs or recorded requests; lively stays as set. */
  reset(): void {
    this.deps.engine.clear();
    this.deps.lively.forget();
    this.deps.reseed();
    this.deps.faults.clear();
    this.deps.requestLog.clear();
  }

  /** Exactly what GET /cdr/live would answer now (as a list; [] when idle). */
  liveCalls(): LiveCallRecord[] {
    const { world, engine } = this.deps;
    world.scheduler.runDue();
    return engine.liveLegs().map((leg) => renderLiveRecord(leg, world.now()));
  }

  deviceActions(): DeviceActionRecord[] {
    return [...this.deps.world.deviceActions];
  }

  queueActions(): QueueActionRecord[] {
    return [...this.deps.world.queueActions];
  }

  userActions(): UserActionRecord[] {
    return [...this.deps.world.userActions];
  }

  voicemails(mailbox: string): VoicemailSummary[] {
    return this.deps.world.voicemail.list(mailbox, '*').map(summarise);
  }

  /** The user's queue memberships as the queues show them. */
  memberships(username: string): QueueMembershipSummary[] {
    const user = this.deps.engine.requireUser(username);
    return this.deps.world.queues.flatMap((queue) =>
      queue.members
        .filter((m) => m.username === user.name)
        .map((m) => ({
          queue: queue.name,
          extension: queue.extension,
          dynamic: m.dynamic,
          loggedIn: m.loggedIn,
          paused: m.paused,
          pauseReason: m.pauseReason,
        })),
    );
  }

  /** The user's current hint, as /identity/states shows it. */
  userState(username: string): string {
    this.deps.world.scheduler.runDue();
    return this.deps.engine.hint(this.deps.engine.requireUser(username));
  }

  private requireDevice(username: string, deviceName: string) {
    const user = this.deps.engine.requireUser(username);
    const device = this.deps.world.device(user, deviceName);
    if (!device) throw new SimError(404, `user ${user.name} has no device "${deviceName}"`);
    return device;
  }
}

function summarise(message: {
  mailbox: string;
  folder: string;
  id: string;
  msgId: string;
  callerName: string;
  callerNumber: string;
  durationSeconds: number;
  origTimeSeconds: number;
  broken?: 'truncated' | 'not-wav';
}): VoicemailSummary {
  return {
    mailbox: message.mailbox,
    folder: message.folder,
    id: message.id,
    msgId: message.msgId,
    callerName: message.callerName,
    callerNumber: message.callerNumber,
    durationSeconds: message.durationSeconds,
    origTimeSeconds: message.origTimeSeconds,
    broken: message.broken ?? null,
  };
}
