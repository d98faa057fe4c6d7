/**
 * Which window may run which command (shared/command-access.ts), as `dispatchCommand` enforces it
 * for every transport: the contract's own table, a runner that records what reached the core.
 */
import { describe, expect, it } from 'vitest';
import { type CommandOrigin, dispatchCommand, hostOrigin } from '../../../../electron/core/commands/dispatch';
import { silentLogger } from '../../../../electron/core/log';
import { accessRules } from '../../../../electron/shared/command-access';
import {
  type CallView,
  type CommandName,
  commandAccess,
  commandInputs,
  commandNames,
  composeContract,
} from '../../../../electron/shared/contract';
import { composeAccess, type FeatureContract } from '../../../../electron/shared/feature-contract';
import { featureContracts } from '../../../../electron/shared/feature-list';
import { missedCallsPopupId } from '../../../../electron/shared/features/calls';

const callA = { id: '4711', remoteNumber: '+49 89 1234567' } as CallView;
const callB = { id: '4712', remoteNumber: '0900 666666' } as CallView;

function runner(table = commandAccess, inputs = commandInputs) {
  const ran: { name: string; origin: CommandOrigin }[] = [];
  const calls = new Map([callA, callB].map((call) => [call.id, call]));
  return {
    ran,
    runner: {
      commandInputs: inputs,
      commandAccess: table,
      commandLog: silentLogger,
      popupCalls: (popupId: string) => {
        if (popupId === missedCallsPopupId) return [callA, callB];
        const call = calls.get(popupId);
        return call ? [call] : [];
      },
      runCommand: async (name: CommandName, _input: unknown, origin: CommandOrigin) => {
        ran.push({ name, origin });
        return null;
      },
    },
  };
}

const popupA: CommandOrigin = { window: 'popup', popupCallId: callA.id };
const panel: CommandOrigin = { window: 'panel' };
const settings: CommandOrigin = { window: 'settings' };
const forbidden = { ok: false, error: { kind: 'forbidden', detail: 'window-not-allowed' } };
const fingerprint = `${'AB:'.repeat(31)}AB`;

async function attempt(origin: CommandOrigin, name: string, input: unknown) {
  const { runner: fake, ran } = runner();
  const result = await dispatchCommand(fake, name, input, origin);
  return { result, reached: ran.length === 1 };
}

describe('a caller popup', () => {
  it('acts on its own call: answer, CRM, dismiss, hang up, hold', async () => {
    for (const name of [
      'calls/answer',
      'calls/open-crm',
      'popup/dismiss',
      'control/hang-up',
      'control/hold',
    ]) {
      expect(await attempt(popupA, name, { callId: callA.id }), name).toEqual({
        result: { ok: true, value: null },
        reached: true,
      });
    }
  });

  it("cannot act on another call, nor on 'the newest ringing call' without naming its own", async () => {
    for (const name of [
      'calls/answer',
      'calls/open-crm',
      'popup/dismiss',
      'control/hang-up',
      'control/hold',
    ]) {
      expect(await attempt(popupA, name, { callId: callB.id }), name).toEqual({
        result: forbidden,
        reached: false,
      });
    }
    expect(await attempt(popupA, 'calls/answer', {})).toEqual({ result: forbidden, reached: false });
  });

  it("calls back and saves as a contact its own caller's number, and no other number", async () => {
    const ownNumber = { target: callA.remoteNumber, source: 'popup' };
    expect((await attempt(popupA, 'dial/number', ownNumber)).reached).toBe(true);
    expect(await attempt(popupA, 'dial/number', { target: callB.remoteNumber, source: 'popup' })).toEqual({
      result: forbidden,
      reached: false,
    });
    const contact = { number: callA.remoteNumber, displayName: 'Hans Huber' };
    expect((await attempt(popupA, 'calls/add-contact', contact)).reached).toBe(true);
    expect(
      (await attempt(popupA, 'calls/add-contact', { ...contact, number: callB.remoteNumber })).reached,
    ).toBe(false);
  });

  it('cannot touch the connection, the secret, the settings, the queues or the dial box', async () => {
    const attempts: [string, unknown][] = [
      ['secret/forget', {}],
      ['connection/trust-certificate', { host: 'pbx.example', fingerprint256: fingerprint }],
      ['connection/connect', {}],
      ['settings/update', { language: 'de' }],
      ['hotkeys/set', { action: 'answer', accelerator: null }],
      ['queues/pause', {}],
      ['dial/confirm', { id: 'p1' }],
      ['control/transfer', { callId: callA.id, target: '0900 666666' }],
      ['voicemail/delete', { key: 'INBOX/1' }],
    ];
    for (const [name, input] of attempts) {
      expect(await attempt(popupA, name, input), name).toEqual({ result: forbidden, reached: false });
    }
  });

  it('the spare popup, not given a call yet, reads the state and nothing else', async () => {
    const spare: CommandOrigin = { window: 'popup' };
    expect((await attempt(spare, 'app/get-state', {})).reached).toBe(true);
    expect(await attempt(spare, 'popup/dismiss', { callId: callA.id })).toEqual({
      result: forbidden,
      reached: false,
    });
  });
});

describe('the settings window and the panel', () => {
  it('the settings window runs the connection and the settings, not the panel’s commands', async () => {
    expect((await attempt(settings, 'secret/forget', {})).reached).toBe(true);
    expect((await attempt(settings, 'settings/update', { language: 'de' })).reached).toBe(true);
    expect((await attempt(settings, 'calls/update-settings', { popupCorner: 'top-left' })).reached).toBe(
      true,
    );
    for (const [name, input] of [
      ['dial/number', { target: '0891234' }],
      ['queues/pause', {}],
      ['calls/answer', {}],
      ['voicemail/list', {}],
    ] as const) {
      expect(await attempt(settings, name, input), name).toEqual({ result: forbidden, reached: false });
    }
  });

  it('the panel runs the rest, not the connection or the secret', async () => {
    expect((await attempt(panel, 'dial/number', { target: '0891234' })).reached).toBe(true);
    expect((await attempt(panel, 'calls/answer', {})).reached).toBe(true);
    expect((await attempt(panel, 'connection/retry', {})).reached).toBe(true);
    for (const [name, input] of [
      ['secret/forget', {}],
      ['connection/disconnect', {}],
      ['connection/trust-certificate', { host: 'pbx.example', fingerprint256: fingerprint }],
      ['settings/update', { language: 'de' }],
    ] as const) {
      expect(await attempt(panel, name, input), name).toEqual({ result: forbidden, reached: false });
    }
  });

  it('the host itself (tray menu, shortcuts, command line) runs every command', async () => {
    expect((await attempt(hostOrigin, 'hotkeys/suspend', { suspended: true })).reached).toBe(true);
    expect((await attempt(hostOrigin, 'queues/toggle-pause', {})).reached).toBe(true);
  });

  it('a refusal comes before the input is read: no schema detail leaks to a window that may not ask', async () => {
    expect(await attempt(popupA, 'settings/update', { language: 42 })).toEqual({
      result: forbidden,
      reached: false,
    });
  });
});

describe('the rules are stated once, for every command', () => {
  it('every command of the contract has a rule that lets some window run it', () => {
    expect(Object.keys(commandAccess).sort()).toEqual([...commandNames].sort());
    for (const name of commandNames) {
      const rule = commandAccess[name];
      expect((rule?.windows.length ?? 0) > 0 || rule?.popup !== undefined, name).toBe(true);
    }
  });

  it('a feature whose command has no rule does not compose, and a missing rule runs from no window', async () => {
    const commands = () => ({ 'memo/set': commandInputs['notice/dismiss'] });
    const withoutRule = {
      name: 'memo',
      commands,
      events: [],
      access: {},
      types: {} as FeatureContract['types'],
    } satisfies FeatureContract;
    expect(() => composeContract([...featureContracts, withoutRule])).toThrow('memo/set has no access rule');
    const strayRule = {
      ...withoutRule,
      access: { 'memo/set': { windows: ['panel'] as const }, 'memo/other': { windows: [] } },
    };
    expect(() => composeAccess([strayRule])).toThrow('unknown commands: memo/other');

    const inputs = { ...commandInputs, 'memo/set': commands()['memo/set'] };
    const { runner: fake, ran } = runner(commandAccess, inputs);
    expect(await dispatchCommand(fake, 'memo/set', { id: 'n1' }, panel)).toEqual(forbidden);
    const ruled = composeAccess([
      { ...withoutRule, access: accessRules(commands, { 'memo/set': { windows: ['panel'] } }) },
    ]);
    const allowed = runner({ ...commandAccess, ...ruled }, inputs);
    expect(await dispatchCommand(allowed.runner, 'memo/set', { id: 'n1' }, panel)).toEqual({
      ok: true,
      value: null,
    });
    expect(ran).toEqual([]);
  });
});
