import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import type { LaunchOutcome, LaunchRequest } from '../../../electron/core/ports';
import { handleLaunchRequest, registerAsLinkHandler } from '../../../electron/main/launch-requests';

describe('main hands launch requests to the core', () => {
  test('passes the request on and answers with what the core made of it', async () => {
    const seen: (LaunchRequest | null)[] = [];
    const core = {
      handleLaunchRequest: async (request: LaunchRequest | null): Promise<LaunchOutcome> => {
        seen.push(request);
        return request === null ? { kind: 'shown' } : { kind: 'pending', pendingId: 'p1' };
      },
    };
    expect(await handleLaunchRequest({ kind: 'link', url: 'tel:221' }, core, silentLogger)).toEqual({
      kind: 'pending',
      pendingId: 'p1',
    });
    expect(await handleLaunchRequest(null, core, silentLogger)).toEqual({ kind: 'shown' });
    expect(seen).toEqual([{ kind: 'link', url: 'tel:221' }, null]);
    const failing = { handleLaunchRequest: () => Promise.reject(new Error('boom')) };
    expect(await handleLaunchRequest({ kind: 'dial', number: '221' }, failing, silentLogger)).toEqual({
      kind: 'refused',
      reason: 'internal',
    });
  });

  test('becomes the handler of tel:, callto: and sip: unless the user gave them to another app', () => {
    const set: [string, string | undefined, string[] | undefined][] = [];
    const app = {
      isDefaultProtocolClient: (scheme: string) => scheme === 'tel',
      getApplicationNameForProtocol: (url: string) => (url === 'sip:' ? 'Linphone' : ''),
      setAsDefaultProtocolClient: (scheme: string, path?: string, args?: string[]) => {
        set.push([scheme, path, args]);
        return true;
      },
    };
    registerAsLinkHandler({ app, defaultApp: false, execPath: '/opt/app', appPath: null, log: silentLogger });
    expect(set).toEqual([['callto', undefined, undefined]]);
    set.splice(0);
    // Started as `electron .`: links must start Electron with the app's folder.
    registerAsLinkHandler({
      app,
      defaultApp: true,
      execPath: '/usr/bin/electron',
      appPath: '/src/app',
      log: silentLogger,
    });
    expect(set).toEqual([['callto', '/usr/bin/electron', ['/src/app']]]);
  });
});
