/**
 * Availability, assembled: the reads kept fresh while connected (read-schedule.ts: at most one small
 * request a minute idle, everything stale at once when a window shows it), the agent's commands
 * (availability-actions.ts), the colleague search for a forward, and the profile automations
 * (profile-automations.ts) driven by the session, the screen lock and the quit.
 */
import type { availabilityContract } from '../../shared/features/availability';
import { CommandFailure } from '../commands/dispatch';
import type { FeatureDeps, FeatureParts, SessionContext } from '../feature';
import type { PollLoop } from '../sync/poll-loop';
import { AvailabilityActions } from './availability-actions';
import { AvailabilityReader } from './availability-reader';
import { ColleagueSearch, findColleagues } from './colleague-search';
import { ProfileAutomations } from './profile-automations';
import { FRESH_MS, fullRead, type ReadKey, tickIntervalMs, tickRead } from './read-schedule';
import { SerialQueue } from './serial';
import type { AvailabilitySettings } from './settings';
import { emptyParts } from './state';
import type { AvailabilityTexts } from './texts.en';

export type AvailabilityDeps = FeatureDeps<
  typeof availabilityContract,
  AvailabilitySettings,
  AvailabilityTexts
>;

/** A window renews its watch every 15 s; one that goes away stops costing requests after this. */
export const WATCH_LEASE_MS = 30_000;

interface Connection {
  session: SessionContext;
  reader: AvailabilityReader;
  loop: PollLoop;
  /** The agent and PBX (the start automation runs once per key in a run of the app). */
  key: string;
}

export function createAvailability(deps: AvailabilityDeps): FeatureParts<typeof availabilityContract> {
  const { clock, settings, slice } = deps;
  const log = deps.log.child('availability');
  const serial = new SerialQueue();
  const colleagues = new ColleagueSearch();
  let connection: Connection | null = null;
  let watchUntilMs = Number.NEGATIVE_INFINITY;
  let fullWanted = false;
  const watching = () => clock.monotonicMs() < watchUntilMs;
  const fresh = (reader: AvailabilityReader, key: ReadKey) => {
    const readAt = reader.readAtMs[key];
    return readAt !== null && clock.monotonicMs() - readAt < FRESH_MS;
  };
  const current = (): Connection => {
    if (!connection) throw new CommandFailure({ kind: 'not-connected' });
    return connection;
  };

  const actions = new AvailabilityActions({
    slice,
    clock,
    log,
    serial,
    session: () =>
      connection && {
        api: connection.session.api,
        agent: connection.session.agent,
        reader: connection.reader,
      },
    numberContext: deps.numberContext,
  });
  const { memory } = settings.current;
  const automations = new ProfileAutomations(
    {
      clock,
      log,
      settings: () => settings.current,
      online: () => connection !== null,
      readActive: async () => {
        const { reader } = current();
        if (!fresh(reader, 'me')) await serial.run(() => reader.read('me'));
        return slice.current.profiles.activeId;
      },
      exists: async (profileId) => {
        const { reader } = current();
        if (reader.readAtMs.profiles === null) await serial.run(() => reader.read('profiles'));
        return slice.current.profiles.list.some((profile) => profile.id === profileId);
      },
      activate: async (profileId) => {
        await actions.activateProfile(profileId, 'automation');
      },
      record: (run) => slice.update({ lastAutomation: run }),
    },
    { key: memory.key, profileId: memory.lastSeenProfileId },
  );
  actions.onManualProfile = () => automations.manualChoice();

  /** The profile the app saw last, kept across starts for the start automation. */
  const rememberActive = (key: string, profileId: number | null) => {
    const { memory: stored } = settings.current;
    if (stored.key !== key || stored.lastSeenProfileId !== profileId)
      settings.update({ memory: { key, lastSeenProfileId: profileId } });
  };

  const run = async (signal: AbortSignal): Promise<void> => {
    const active = connection;
    if (!active) return;
    const input = {
      nowMs: clock.monotonicMs(),
      watched: watching(),
      readAtMs: active.reader.readAtMs,
      skip: active.reader.skipped(),
    };
    const tick = tickRead(input);
    const keys = fullWanted ? fullRead(input) : tick === null ? [] : [tick];
    if (keys.length > 0)
      await serial.run(async () => {
        for (const key of keys) await active.reader.read(key, signal);
      });
    fullWanted = false;
    if (slice.current.status === 'loading' && connection === active) slice.update({ status: 'ready' });
  };

  const readPickedSwitches = () => {
    const active = connection;
    active?.reader.showSwitches([], 'picked');
    if (!active || settings.current.pickedSwitches.length === 0) return;
    void serial
      .run(() => active.reader.read('switches'))
      .catch((error: unknown) =>
        log.log('info', 'reading the picked switches failed', { error: String(error) }),
      );
  };

  return {
    handlers: {
      'availability/watch': () => {
        const wasWatching = watching();
        watchUntilMs = clock.monotonicMs() + WATCH_LEASE_MS;
        if (!wasWatching && connection) {
          fullWanted = true;
          connection.loop.pollNow();
        }
        return null;
      },
      'availability/activate-profile': (input) => actions.activateProfile(input.profileId),
      'availability/cycle-profile': () => actions.cycleProfile(),
      'availability/forward': (input) => actions.forward(input.target),
      'availability/clear-forward': () => actions.clearForward(),
      'availability/find-colleagues': async (input) => {
        const { session } = current();
        let users = colleagues.cached(clock.monotonicMs());
        if (users === null) {
          users = await serial.run(() => session.api.identity.listUsers());
          colleagues.remember(users, clock.monotonicMs());
        }
        return findColleagues(users, input.query, session.agent.username);
      },
      'availability/relocate': (input) => actions.relocate(input.locationId),
      'availability/leave-location': () => actions.leaveLocation(),
      'availability/set-switch': (input) => actions.setSwitch(input.extension, input.on),
      'availability/update-settings': (input) => {
        const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
        const picked = settings.current.pickedSwitches.join('\n');
        settings.update(defined);
        if (settings.current.pickedSwitches.join('\n') !== picked) readPickedSwitches();
        return slice.current.settings;
      },
    },
    session: {
      name: 'availability',
      start(session) {
        connection?.loop.stop();
        const key = `${session.agent.username}@${deps.state().connection.serverAddress ?? ''}`;
        const reader = new AvailabilityReader({
          api: session.api,
          agent: session.agent,
          slice,
          clock,
          log,
          pickedSwitches: () => settings.current.pickedSwitches,
          numberContext: deps.numberContext,
          phonebook: deps.phonebook,
          onActiveProfile: (profileId) => {
            rememberActive(key, profileId);
            automations.observed(profileId);
          },
        });
        const loop = session.loop({
          name: 'availability',
          intervalMs: () => tickIntervalMs(watching()),
          run,
        });
        connection = { session, reader, loop, key };
        slice.update({ status: 'loading', ...emptyParts() });
        fullWanted = true;
        loop.start();
        automations.sessionOnline(key);
      },
      stop() {
        connection?.loop.stop();
        connection = null;
        colleagues.forget();
        slice.update({ status: 'offline', ...emptyParts() });
      },
    },
    power(event) {
      if (event === 'lock-screen') automations.screenLocked();
      if (event === 'unlock-screen') automations.screenUnlocked();
    },
    beforeQuit: (trigger) => automations.beforeQuit(trigger),
  };
}
