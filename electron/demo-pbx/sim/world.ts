import { bulkUserPlans, DEMO_USER_COUNT } from '../data/bulk-users';
import { seedLocations, seedRoles, seedSwitches } from '../data/directory-seed';
import type {
  DeviceSeed,
  LocationSeed,
  QueueSeed,
  RedirectEntry,
  RoleSeed,
  SwitchSeed,
  UserSeed,
} from '../data/model';
import { seedPhonebook } from '../data/phonebook-seed';
import { seedQueues } from '../data/queues';
import { createRandom, type Random } from '../data/random';
import { seedRedirects } from '../data/redirects';
import { DEMO_USERNAMES, seedUsers } from '../data/users';
import { HistoryStore } from './history-store';
import { PhonebookStore } from './phonebook-store';
import { Scheduler } from './scheduler';
import { VoicemailStore } from './voicemail-store';

export interface WorldOptions {
  seed: number;
  globalPhonebookSize: number;
  now: () => number;
  /** How long an internal callee (or a colleague in a queue) rings before picking up by itself. */
  internalAnswerDelayMs: number;
  /** Users in all: the eleven demo users plus generated ones (default: just the eleven). */
  userCount?: number;
}

/** What the PBX refuses because a test said so (`/_sim/refuseProfileActivation`, `refuseSwitch`). */
export interface Refusals {
  /** Profile activation answers 405 to this method (the other one still works). */
  profileActivationMethod: 'PUT' | 'POST' | null;
  /** Switch extension -> the status a POST to it answers. */
  switches: Map<string, number>;
}

/** A device action the app sent, as the tests check it. */
export interface DeviceActionRecord {
  atMs: number;
  user: string;
  /** The device acted on; null when the default device was asked for and the user has none. */
  device: string | null;
  viaDefaultDevice: boolean;
  action: string;
  body: unknown;
  status: number;
}

export interface QueueActionRecord {
  atMs: number;
  /** null for /queue/action (all queues). */
  queue: string | null;
  action: string;
  identity: string;
  body: unknown;
  status: number;
}

export interface UserActionRecord {
  atMs: number;
  user: string;
  action: string;
  body: unknown;
  status: number;
}

function fold(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** The simulated PBX's data: seeded users, queues, phonebook, voicemail and history, plus action logs. */
export class PbxWorld {
  users: UserSeed[] = [];
  queues: QueueSeed[] = [];
  redirects: RedirectEntry[] = [];
  roles: RoleSeed[] = [];
  locations: LocationSeed[] = [];
  switches: SwitchSeed[] = [];
  refusals: Refusals = { profileActivationMethod: null, switches: new Map() };
  phonebook = new PhonebookStore([]);
  voicemail = new VoicemailStore();
  history = new HistoryStore();
  random: Random;
  deviceActions: DeviceActionRecord[] = [];
  queueActions: QueueActionRecord[] = [];
  userActions: UserActionRecord[] = [];
  /** Hint states forced with sim.setUserState; they win over the simulated calls. */
  stateOverrides = new Map<string, string>();
  /** The legs' `phonecallId`s (live `parentId` is the parent leg's). */
  nextRecordId = 1;
  /**
   * History record ids, a sequence of their own as in the reference's sample (record `id` 284,
   * `parentId` 283, `phonecallId` 5): the app must not take one for the other.
   */
  nextCdrId = 1001;
  readonly scheduler: Scheduler;

  constructor(readonly options: WorldOptions) {
    this.scheduler = new Scheduler(options.now);
    this.random = createRandom(options.seed);
    this.load();
  }

  now(): number {
    return this.options.now();
  }

  load(): void {
    const random = createRandom(this.options.seed);
    this.random = random.fork(99);
    const extra = Math.max(0, (this.options.userCount ?? DEMO_USER_COUNT) - DEMO_USER_COUNT);
    this.users = seedUsers(random.fork(1), bulkUserPlans(random.fork(3), extra, DEMO_USERNAMES));
    this.queues = seedQueues();
    this.redirects = seedRedirects();
    this.roles = seedRoles(this.users);
    this.locations = seedLocations();
    this.switches = seedSwitches();
    this.refusals = { profileActivationMethod: null, switches: new Map() };
    this.phonebook = new PhonebookStore(
      seedPhonebook(random.fork(2), this.users, this.options.globalPhonebookSize),
    );
    this.voicemail = new VoicemailStore();
    this.history = new HistoryStore();
    this.deviceActions = [];
    this.queueActions = [];
    this.userActions = [];
    this.stateOverrides.clear();
    this.nextRecordId = 1;
    this.nextCdrId = 1001;
    this.scheduler.clear();
  }

  allocateRecordId(): number {
    return this.nextRecordId++;
  }

  allocateCdrId(): number {
    return this.nextCdrId++;
  }

  user(name: string): UserSeed | undefined {
    return (
      this.users.find((u) => u.name === name) ??
      this.users.find((u) => u.name.toLowerCase() === name.toLowerCase())
    );
  }

  userByExtension(extension: string): UserSeed | undefined {
    return this.users.find((u) => u.extension === extension);
  }

  queue(name: string): QueueSeed | undefined {
    return (
      this.queues.find((q) => q.name === name) ??
      this.queues.find((q) => q.name.toLowerCase() === name.toLowerCase())
    );
  }

  queueByExtension(extension: string): QueueSeed | undefined {
    return this.queues.find((q) => q.extension === extension);
  }

  /** Exact device name first; then ignoring case and spaces, as the reference's own sample path does. */
  device(user: UserSeed, name: string): DeviceSeed | undefined {
    return user.devices.find((d) => d.name === name) ?? user.devices.find((d) => fold(d.name) === fold(name));
  }

  defaultDevice(user: UserSeed): DeviceSeed | undefined {
    return user.defaultDevice === null ? undefined : this.device(user, user.defaultDevice);
  }

  /** The device a call to this user is answered on when nobody says which. */
  answeringDevice(user: UserSeed): DeviceSeed | undefined {
    return this.defaultDevice(user) ?? user.devices[0];
  }
}
