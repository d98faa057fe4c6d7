/**
 * A tiny in-memory queue world for the rule tests: rows as the PBX shows them, an `act` that
 * applies an action like the PBX would (or fails like a PBX that is down), and a list of what was
 * sent, in words.
 */
import { CommandFailure } from '../../../../electron/core/commands/dispatch';
import { silentLogger } from '../../../../electron/core/log';
import { AutoPauseRules } from '../../../../electron/core/queues/auto-pause-rules';
import type { QueueActionRequest } from '../../../../electron/core/queues/queue-action-plan';
import { defaultQueueSettingsView } from '../../../../electron/core/queues/queue-settings';
import type {
  QueueActionOutcome,
  QueueSettingsView,
  QueueView,
} from '../../../../electron/shared/features/queues';
import { FakeClock } from '../../../harness/fake-clock';

export function row(name: string, overrides: Partial<QueueView> = {}): QueueView {
  return {
    name,
    extension: null,
    dynamic: true,
    loggedIn: true,
    paused: false,
    pauseReason: null,
    waitingCount: 0,
    longestWaitSinceMs: null,
    agentsAvailable: 1,
    agentsBusy: 0,
    agentsPaused: 0,
    pauseReasons: [
      { name: 'Mittagspause', code: '40' },
      { name: 'Nacharbeit', code: '12' },
    ],
    pending: null,
    ...overrides,
  };
}

export function agentQueues(): QueueView[] {
  return [row('Zentrale'), row('Support'), row('Vertrieb Inland', { dynamic: false, pauseReasons: [] })];
}

function describeRequest(request: QueueActionRequest): string {
  const target = request.queue ?? 'all';
  const reason = request.action === 'pause' && request.reason ? ` (${request.reason})` : '';
  return `${request.action} ${target}${reason}`;
}

export function createRig(settings: Partial<QueueSettingsView> = {}, queues: QueueView[] = agentQueues()) {
  const clock = new FakeClock();
  const world = {
    rows: queues,
    sent: [] as string[],
    online: true,
    pbxDown: false,
    settings: { ...defaultQueueSettingsView(), ...settings },
  };
  const apply = (request: QueueActionRequest, queue: QueueView): QueueView => {
    if (request.queue !== null && request.queue !== queue.name) return queue;
    if (!queue.loggedIn) return queue;
    if (request.action === 'pause')
      return { ...queue, paused: true, pauseReason: request.reason ?? 'Mittagspause' };
    if (request.action === 'unpause') return { ...queue, paused: false, pauseReason: null };
    return queue;
  };
  const rules = new AutoPauseRules({
    clock,
    log: silentLogger,
    settings: () => world.settings,
    queues: () => world.rows,
    online: () => world.online,
    async act(request): Promise<QueueActionOutcome> {
      if (request.stillWanted && !request.stillWanted(world.rows))
        throw new CommandFailure({ kind: 'unavailable', detail: 'queue-superseded' });
      // The request takes a moment on the wire.
      await new Promise((resolve) => setTimeout(resolve, 1));
      world.sent.push(describeRequest(request));
      if (world.pbxDown) throw new CommandFailure({ kind: 'server' });
      world.rows = world.rows.map((queue) => apply(request, queue));
      return {
        action: request.action,
        queue: request.queue,
        reason: request.reason ?? null,
        pbxMessage: null,
      };
    },
    changed: () => {},
  });
  return {
    clock,
    world,
    rules,
    /** The PBX is read (the feature's poll): the rules see the truth. */
    read(): void {
      rules.observed(world.rows);
    },
    /** The agent changes their pause by hand (panel, tray, hotkey). */
    byHand(change: (queue: QueueView) => QueueView): void {
      world.rows = world.rows.map(change);
      rules.manualPauseChange();
    },
    /** Someone else (the phone, a supervisor) changes the pause on the PBX. */
    elsewhere(change: (queue: QueueView) => QueueView): void {
      world.rows = world.rows.map(change);
    },
    async settle(): Promise<void> {
      await rules.settled();
      await rules.settled();
    },
    paused(): string[] {
      return world.rows.filter((queue) => queue.paused).map((queue) => `${queue.name}:${queue.pauseReason}`);
    },
  };
}
