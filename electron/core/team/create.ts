/**
 * The team board, assembled: who is on it (roles read by the team loop, favourites and hidden
 * people from the settings), what the app knows of each (people.ts, lines.ts), and the panel's
 * lease. Colleagues' keys ride in the agent's own states request only while the lease holds (the
 * panel renews it every 15 s while it is on screen and drops it when it goes away); the lease
 * running out ends it too, so a panel that vanished without a word costs nothing after 30 s.
 */
import type { teamContract } from '../../shared/features/team';
import { CommandFailure } from '../commands/dispatch';
import type { FeatureDeps, FeatureParts, SessionContext } from '../feature';
import type { PbxUser } from '../pbx/index';
import type { TimerHandle } from '../ports';
import { buildBoard } from './board';
import { Directory } from './directory';
import { withRenames } from './favourites';
import { createTeamHandlers } from './handlers';
import { LineStates } from './lines';
import { People } from './people';
import { type BoardScope, type RoleReading, scopeBoard } from './scope';
import type { TeamSettings } from './settings';
import { TeamSync } from './team-sync';
import type { TeamTexts } from './texts.en';

export type TeamDeps = FeatureDeps<typeof teamContract, TeamSettings, TeamTexts>;

/** The panel renews its lease every 15 s; one that goes away stops costing anything after this. */
export const WATCH_LEASE_MS = 30_000;

/** What the command handlers work with. */
export interface TeamBoard {
  readonly people: People;
  readonly directory: Directory;
  /** The connected session; `not-connected` when there is none. */
  session(): SessionContext;
  /** The board as it is now (who, in order, and which are favourites). */
  scope(): BoardScope;
  watch(open: boolean): void;
  /** Shows the board again after a change of the settings or of what the app knows. */
  publish(): void;
  /** A user list was read: who is gone, who was renamed. */
  directoryRead(users: PbxUser[]): void;
}

export function createTeam(deps: TeamDeps): FeatureParts<typeof teamContract> {
  const { clock, slice, settings } = deps;
  const log = deps.log.child('team');
  const people = new People();
  const lines = new LineStates();
  const directory = new Directory(clock);
  let roles: RoleReading | null = null;
  let active: { context: SessionContext; sync: TeamSync } | null = null;
  let leaseUntilMs = Number.NEGATIVE_INFINITY;
  let leaseTimer: TimerHandle | null = null;
  let live = false;
  let statesUnsupported = false;
  /** The usernames that ride along while the panel is open (the board, without people not found). */
  let keys: string[] = [];

  const leased = () => clock.monotonicMs() < leaseUntilMs;
  const watching = () => active !== null && leased();

  function scope(): BoardScope {
    const { favourites, hidden } = settings.current;
    return scopeBoard({
      me: active?.context.agent.username ?? '',
      roles,
      favourites: favourites.map((person) => person.username),
      hidden: hidden.map((person) => person.username),
    });
  }

  function publish(): void {
    const current = scope();
    const members = buildBoard({
      scope: current,
      people,
      lines: live ? lines : null,
      favourites: settings.current.favourites,
    });
    keys = members.filter((member) => member.found).map((member) => member.username);
    slice.update({
      status: active === null ? 'offline' : roles === null ? 'loading' : 'ready',
      scope: { roles: current.roles, reason: current.reason },
      members,
      lines: statesUnsupported ? 'unsupported' : live ? 'live' : 'paused',
    });
  }

  function endWatch(): void {
    if (leaseTimer !== null) clock.clearTimeout(leaseTimer);
    leaseTimer = null;
    leaseUntilMs = Number.NEGATIVE_INFINITY;
    active?.sync.panelClosed();
    if (!live) return;
    live = false;
    // What the app saw before the gap says nothing about what happened during it.
    lines.clear();
    publish();
  }

  /** The panel is open and the session online: colleagues ride along from the next states request. */
  function startLooking(): void {
    if (active === null || live) return;
    live = true;
    active.sync.panelOpened();
    publish();
  }

  function watch(open: boolean): void {
    if (!open) {
      endWatch();
      return;
    }
    const opening = !leased();
    leaseUntilMs = clock.monotonicMs() + WATCH_LEASE_MS;
    if (leaseTimer !== null) clock.clearTimeout(leaseTimer);
    leaseTimer = clock.setTimeout(endWatch, WATCH_LEASE_MS);
    if (opening) startLooking();
  }

  function directoryRead(users: PbxUser[]): void {
    const renames = people.setDirectory(users);
    const change = withRenames(settings.current, renames);
    if (change) {
      log.log('info', 'favourites renamed on the PBX follow the new username', { count: renames.length });
      settings.update(change);
    }
    publish();
  }

  deps.lineStates.want('team', () => (live && leased() ? keys : []));
  deps.lineStates.onAnswer((answer) => {
    if (!live) return;
    if (answer.states === null) {
      if (!statesUnsupported) {
        statesUnsupported = true;
        publish();
      }
      return;
    }
    const named = people.setNames(answer.states);
    const moved = lines.update(answer, clock.now());
    if (named || moved) publish();
  });

  const board: TeamBoard = {
    people,
    directory,
    session() {
      if (!active) throw new CommandFailure({ kind: 'not-connected' });
      return active.context;
    },
    scope,
    watch,
    publish,
    directoryRead,
  };

  return {
    handlers: createTeamHandlers(deps, board),
    session: {
      name: 'team',
      start(context) {
        active?.sync.stop();
        roles = null;
        statesUnsupported = false;
        people.clear();
        lines.clear();
        directory.clear();
        const sync = new TeamSync({
          api: context.api,
          clock,
          log,
          loop: context.loop,
          watching,
          board: () => keys,
          directorySize: () => directory.size,
          onRoles: (reading) => {
            roles = reading;
            publish();
          },
          onUser: (username, user) => {
            people.setUser(username, user);
            if (!user && scope().favourites.has(username)) active?.sync.checkRenames();
            publish();
          },
          onDirectory: directoryRead,
          onPresenceRound: () => slice.update({ presenceReadAtMs: clock.now() }),
          readDirectory: (signal) => directory.read(context.api, signal),
        });
        active = { context, sync };
        live = false;
        sync.start();
        if (leased()) startLooking();
        else publish();
      },
      stop() {
        active?.sync.stop();
        active = null;
        roles = null;
        live = false;
        lines.clear();
        publish();
      },
    },
  };
}
