/**
 * A connected companion for integration tests: a demo PBX on the companion's fake clock, connected
 * as the settings window would, cleaned up after each test. Call `useDemoSession()` at the top of
 * a test file; `start()` in a test.
 */
import { afterEach } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { type DemoPbx, type DemoPbxOptions, startDemoPbx } from '../../electron/demo-pbx/index';
import type {
  CommandInput,
  CommandName,
  CommandResult,
  CompanionState,
  WindowKind,
} from '../../electron/shared/contract';
import { type CompanionFixture, createCompanionFixture } from './companion-fixture';

export interface DemoSession {
  /** Starts PBX and companion and connects; by default waits for the phonebook's first load. */
  start(options?: {
    fixture?: Parameters<typeof createCompanionFixture>[0];
    pbx?: Omit<DemoPbxOptions, 'apiPassword' | 'now'>;
    waitForPhonebook?: boolean;
  }): Promise<{ pbx: DemoPbx; fixture: CompanionFixture }>;
  state(): CompanionState;
  /** Runs a command as `window` would send it (schema check included). */
  run<K extends CommandName>(name: K, input: CommandInput<K>, window?: WindowKind): Promise<CommandResult<K>>;
}

export function useDemoSession(password: string): DemoSession {
  let pbx: DemoPbx | null = null;
  let fixture: CompanionFixture | null = null;
  afterEach(async () => {
    await fixture?.companion.dispose();
    await pbx?.close();
    pbx = null;
    fixture = null;
  });
  const current = (): CompanionFixture => {
    if (!fixture) throw new Error('start() the demo session first');
    return fixture;
  };
  return {
    async start(options = {}) {
      const started = await createCompanionFixture(options.fixture);
      fixture = started;
      const demo = await startDemoPbx({
        internalAnswerDelayMs: 3_600_000,
        ...options.pbx,
        apiPassword: password,
        now: () => started.clock.now(),
      });
      pbx = demo;
      const connected = await started.connect({ serverAddress: demo.baseUrl, apiPassword: password });
      if (!connected.ok) throw new Error(`demo session did not connect: ${connected.error.kind}`);
      if (options.waitForPhonebook !== false) {
        await started.until(() => started.companion.state.calls.phonebook.status === 'ready');
      }
      return { pbx: demo, fixture: started };
    },
    state: () => current().companion.state,
    run: (name, input, window = 'popup') =>
      dispatchCommand(current().companion, name, input, { window }) as Promise<CommandResult<typeof name>>,
  };
}
