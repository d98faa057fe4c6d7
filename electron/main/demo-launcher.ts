/**
 * The built-in demo PBX for "Try the demo PBX": started in-process on 127.0.0.1 with a random
 * port and password, with random inbound calls so there is something to see. It is loaded only
 * when asked for (a separate chunk of the main bundle), so a normal start does not pay for it.
 *
 * Its `/_sim/` control API wants a random token nobody learns, so in the app nothing can script it;
 * the boot tests of an unpackaged build pass their own token (`simToken`) to drive calls.
 */
import type { DemoLauncher, Logger } from '../core/ports';
import type { DemoPbx } from '../demo-pbx';

export function createDemoLauncher(log: Logger, simToken?: string): DemoLauncher {
  let running: DemoPbx | null = null;
  return {
    async start() {
      if (!running) {
        const { startDemoPbx } = await import('../demo-pbx');
        running = await startDemoPbx({
          lively: true,
          log: (line) => log.log('debug', line),
          ...(simToken ? { simToken } : {}),
        });
        log.log('info', 'demo PBX started', { origin: running.origin });
      }
      return {
        baseUrl: running.baseUrl,
        apiUser: running.apiUser,
        apiPassword: running.apiPassword,
        agent: running.agent,
      };
    },
    async stop() {
      const pbx = running;
      running = null;
      await pbx?.close();
    },
  };
}
