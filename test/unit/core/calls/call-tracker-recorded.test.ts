/**
 * The tracker fed snapshot sequences recorded from the demo PBX over HTTP (see
 * fixtures/record-live-snapshots.ts): the real record shapes, parsed by the REST client's schema.
 */
import { describe, expect, test } from 'vitest';
import { toLiveLeg } from '../../../../electron/core/calls/call-source';
import { type CallEvent, CallTracker } from '../../../../electron/core/calls/call-tracker';
import { liveCallListSchema } from '../../../../electron/core/pbx/schemas/cdr';
import recorded from './fixtures/live-snapshots.json' with { type: 'json' };
import type { RecordedScenario } from './fixtures/record-live-snapshots';

const scenarios = recorded as RecordedScenario[];

function describeEvent(event: CallEvent): string {
  switch (event.type) {
    case 'answered':
      return `answered:${event.call.id}:${event.by}`;
    case 'transferred':
      return `transferred:${event.call.id}:${event.to.userName ?? event.to.number}`;
    case 'ended':
      return `ended:${event.call.id}:${event.reason}`;
    default:
      return `${event.type}:${event.call.id}`;
  }
}

/** Replays a recorded scenario; returns the events of each step by the step's note. */
function replay(name: string): { steps: [string, string[]][]; events: CallEvent[] } {
  const scenario = scenarios.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no recorded scenario "${name}"`);
  const tracker = new CallTracker(scenario.me);
  const events: CallEvent[] = [];
  const steps = scenario.steps.map((step, index): [string, string[]] => {
    const legs = liveCallListSchema.parse(step.live).map(toLiveLeg);
    const stepEvents = tracker.update(legs, 1_000_000 + index * 1000);
    events.push(...stepEvents);
    return [step.note, stepEvents.map(describeEvent)];
  });
  return { steps, events };
}

describe('the call tracker on recorded PBX sequences', () => {
  test('a queue call rings the agent with the queue and closes as answered elsewhere when a colleague takes it', () => {
    const { steps, events } = replay('queue call answered by a colleague');
    expect(steps).toEqual([
      ['the queue rings tsander, aturitzo and soconnor', ['ringing:52/53']],
      ['still ringing', []],
      ['aturitzo answered', ['answered:52/53:elsewhere', 'ended:52/53:answered-elsewhere']],
      ['the caller hung up', []],
    ]);
    expect(events[0]?.call).toMatchObject({
      direction: 'inbound',
      route: 'queue',
      queueName: 'Support',
      remoteNumber: '+49891234567',
      phonecallId: 53,
    });
  });

  test('a direct call the caller gives up on is missed, after one snapshot of grace', () => {
    const { steps } = replay('direct call missed');
    expect(steps).toEqual([
      ['ringing', ['ringing:52']],
      ['still ringing', []],
      ['the caller gave up', []],
      ['still gone', ['missed:52', 'ended:52:missed']],
    ]);
  });

  test('answered, held, resumed, then transferred away: the transfer is named and the call ends for the agent', () => {
    const { steps, events } = replay('direct call answered, held, resumed and transferred away');
    expect(steps).toEqual([
      ['ringing', ['ringing:52']],
      ['tsander answered', ['answered:52:me']],
      ['on hold', ['held:52']],
      ['resumed', ['resumed:52']],
      ['transferred to agrassl, ringing there', ['transferred:52:agrassl', 'ended:52:transferred']],
      ['agrassl answered', []],
      ['over', []],
    ]);
    const answered = events.find((event) => event.type === 'answered');
    expect(answered?.call.answeredAtMs).toBe(1_001_000);
  });

  test('a call a colleague transfers to the agent rings as a transferred call with the original caller', () => {
    const { steps, events } = replay('call transferred to me by a colleague');
    expect(steps).toEqual([
      ['agrassl talks to the caller', []],
      ['transferred to tsander, ringing', ['ringing:53']],
      ['tsander answered', ['answered:53:me']],
      ['over', []],
      ['still over', ['ended:53:hangup']],
    ]);
    expect(events[0]?.call).toMatchObject({ route: 'transfer', remoteNumber: '+49891234567' });
  });

  test('a direct call picked up by a colleague is answered elsewhere at once, not missed', () => {
    const { steps } = replay('direct call picked up by a colleague');
    expect(steps).toEqual([
      ['ringing for tsander', ['ringing:52']],
      ['ameyer picked it up', ['answered:52:elsewhere', 'ended:52:answered-elsewhere']],
      ['over', []],
    ]);
  });

  test('two calls at once are two calls; the queue rings the agent once the first is gone', () => {
    const { steps } = replay('two calls at once');
    expect(steps).toEqual([
      ['both ring', ['ringing:52']],
      ['the first caller gave up', ['ringing:53/56']],
      ['still gone', ['missed:52', 'ended:52:missed']],
      ['tsander answered the queue call', ['answered:53/56:me']],
      ['over', []],
      ['still over', ['ended:53/56:hangup']],
    ]);
  });

  test("the agent's own call into a queue is one outbound call, not one per ringing member", () => {
    const { steps, events } = replay('outbound call into a queue');
    expect(steps).toEqual([
      ['the queue rings the members', ['ringing:52']],
      ['agrassl answered', ['answered:52:me']],
      ['over', []],
      ['still over', ['ended:52:hangup']],
    ]);
    expect(events[0]?.call).toMatchObject({ direction: 'outbound', remoteName: 'Zentrale', queueName: null });
  });

  test('no event is emitted twice for the same call in any recorded sequence', () => {
    for (const scenario of scenarios) {
      const { events } = replay(scenario.name);
      const once = events
        .filter((event) => event.type !== 'held' && event.type !== 'resumed')
        .map((event) => `${event.type}:${event.call.id}`);
      expect(new Set(once).size, scenario.name).toBe(once.length);
    }
  });
});
