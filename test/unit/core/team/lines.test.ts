import { describe, expect, test } from 'vitest';
import { LineStates } from '../../../../electron/core/team/lines';

const answer = (states: Record<string, string>, asked = Object.keys(states)) => ({
  asked,
  states: Object.fromEntries(
    Object.entries(states).map(([name, state]) => [name, { state, displayName: null }]),
  ),
});

describe("colleagues' lines as the app saw them", () => {
  test('a first look gives each line with "at least" since; a change the app sees is dated to it', () => {
    const lines = new LineStates();
    expect(lines.update(answer({ ameyer: 'Idle', agrassl: 'InUse' }), 1000)).toBe(true);
    expect(lines.get('ameyer')).toEqual({ conditions: ['idle'], sinceMs: 1000, sawChange: false });
    expect(lines.update(answer({ ameyer: 'Idle', agrassl: 'InUse' }), 2000)).toBe(false);
    expect(lines.update(answer({ ameyer: 'Ringing', agrassl: 'InUse' }), 3000)).toBe(true);
    expect(lines.get('ameyer')).toEqual({ conditions: ['ringing'], sinceMs: 3000, sawChange: true });
    expect(lines.get('agrassl')).toEqual({ conditions: ['inUse'], sinceMs: 1000, sawChange: false });
  });

  test('combinations show every condition; Hold and OnHold are the same', () => {
    const lines = new LineStates();
    lines.update(answer({ a: 'InUse&Ringing', b: 'InUse&Hold', c: 'OnHold' }), 0);
    expect(lines.get('a')?.conditions).toEqual(['inUse', 'ringing']);
    expect(lines.get('b')?.conditions).toEqual(['inUse', 'onHold']);
    expect(lines.get('c')?.conditions).toEqual(['onHold']);
  });

  test('unknown hints and users missing from the answer are unknown, never an error; learning the state is no seen change', () => {
    const lines = new LineStates();
    lines.update(answer({ a: 'Quantum&Ringing', b: '', c: '42' }, ['a', 'b', 'c', 'jbaeumer']), 0);
    for (const name of ['a', 'b', 'c', 'jbaeumer']) expect(lines.get(name)?.conditions).toEqual([]);
    lines.update(answer({ jbaeumer: 'Idle' }), 500);
    expect(lines.get('jbaeumer')).toEqual({ conditions: ['idle'], sinceMs: 500, sawChange: false });
  });

  test('a states answer keyed in another letter case still finds the user', () => {
    const lines = new LineStates();
    lines.update(answer({ AMeyer: 'Busy' }, ['ameyer']), 0);
    expect(lines.get('ameyer')?.conditions).toEqual(['busy']);
  });

  test('a PBX without states (null) leaves every asked line unknown; clearing forgets everything', () => {
    const lines = new LineStates();
    lines.update({ asked: ['ameyer'], states: null }, 0);
    expect(lines.get('ameyer')?.conditions).toEqual([]);
    lines.clear();
    expect(lines.get('ameyer')).toBeNull();
  });
});
