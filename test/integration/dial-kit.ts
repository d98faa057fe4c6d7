/**
 * A real Companion connected to a demo PBX over real HTTP, for the dial feature's integration
 * tests: commands go through the same dispatch as IPC (schema check included).
 */
import { expect } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';
import type { CommandInput, CommandName, CommandResult, WindowKind } from '../../electron/shared/contract';
import { type CompanionFixture, createCompanionFixture } from '../harness/companion-fixture';

export const password = 'Dial-2026!';

export interface DialRig {
  pbx: DemoPbx;
  fixture: CompanionFixture;
  run<K extends CommandName>(name: K, input: CommandInput<K>, window?: WindowKind): Promise<CommandResult<K>>;
  /** Device actions the PBX received since the rig was made (or since `mark()`). */
  actions(): ReturnType<DemoPbx['sim']['deviceActions']>;
  /** REST requests the PBX received since `mark()`. */
  requestsSinceMark(): DemoPbx['requests'];
  /** Requests since `mark()` that act (POST), or ask about dialing (`/extension`): other features poll. */
  dialRequestsSinceMark(): DemoPbx['requests'];
  mark(): void;
  close(): Promise<void>;
}

export async function startDialRig(
  options: Parameters<typeof createCompanionFixture>[0] & { connect?: boolean } = {},
): Promise<DialRig> {
  const pbx = await startDemoPbx({ apiPassword: password });
  const { connect = true, ...fixtureOptions } = options;
  const fixture = await createCompanionFixture(fixtureOptions);
  let actionMark = 0;
  let requestMark = 0;
  const rig: DialRig = {
    pbx,
    fixture,
    run: (name, input, window = 'panel') =>
      dispatchCommand(fixture.companion, name, input, { window }) as never,
    actions: () => pbx.sim.deviceActions().slice(actionMark),
    requestsSinceMark: () => pbx.requests.slice(requestMark),
    dialRequestsSinceMark: () =>
      pbx.requests
        .slice(requestMark)
        .filter((request) => request.method !== 'GET' || request.path.includes('/extension')),
    mark() {
      actionMark = pbx.sim.deviceActions().length;
      requestMark = pbx.requests.length;
    },
    async close() {
      await fixture.companion.dispose();
      await pbx.close();
    },
  };
  if (connect) await connectRig(rig);
  rig.mark();
  return rig;
}

export async function connectRig(rig: DialRig): Promise<void> {
  const result = await rig.run(
    'connection/connect',
    {
      serverAddress: rig.pbx.baseUrl,
      auth: { kind: 'password', apiUser: 'api', apiPassword: password },
      username: 'tsander',
    },
    'settings',
  );
  expect(result.ok).toBe(true);
  // The device tracker asks for the default device when the session starts.
  await rig.fixture.until(() => rig.fixture.companion.state.dial.deviceKnown);
}

export function value<K extends CommandName>(result: CommandResult<K>) {
  if (!result.ok) throw new Error(`command failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
