import { describe, expect, test } from 'vitest';
import { declineOnDefaultDevice } from '../../../../electron/core/calls/call-actions';
import type { PbxApi } from '../../../../electron/core/pbx/index';
import { makeCall } from '../../renderer/fake-companion';

function fakeApi(capabilities: string[] | null) {
  const actions: string[] = [];
  const api = {
    identity: {
      getDefaultDevice: async () => (capabilities === null ? null : { name: 'Softphone', capabilities }),
      deviceAction: async (_me: string, _device: string, request: { action: string }) => {
        actions.push(request.action);
        return { response: `${request.action} commited` };
      },
    },
  } as unknown as PbxApi;
  return { api, actions };
}

describe('Decline', () => {
  test('hangs up the one ringing call on the default device', async () => {
    const { api, actions } = fakeApi(['dial', 'hangup', 'offhook']);
    await declineOnDefaultDevice(api, 'tsander', [makeCall({ id: 'a' })], 'a');
    expect(actions).toEqual(['hangup']);
  });

  test('is refused without a request while another call of the agent is live: hangup names no call', async () => {
    const { api, actions } = fakeApi(['hangup']);
    const calls = [makeCall({ id: 'a' }), makeCall({ id: 'b', phase: 'connected', answeredAtMs: 1 })];
    await expect(declineOnDefaultDevice(api, 'tsander', calls, 'a')).rejects.toMatchObject({
      error: { kind: 'conflict', detail: 'calls-decline-ambiguous' },
    });
    expect(actions).toEqual([]);
  });

  test('is refused for a call that no longer rings, and for a device that cannot hang up', async () => {
    const connected = fakeApi(['hangup']);
    await expect(
      declineOnDefaultDevice(connected.api, 'tsander', [makeCall({ id: 'a', phase: 'connected' })], 'a'),
    ).rejects.toMatchObject({ error: { detail: 'calls-no-ringing-call' } });
    const mobile = fakeApi(['dial']);
    await expect(
      declineOnDefaultDevice(mobile.api, 'tsander', [makeCall({ id: 'a' })], 'a'),
    ).rejects.toMatchObject({ error: { detail: 'calls-device-cannot-decline' } });
    expect([...connected.actions, ...mobile.actions]).toEqual([]);
  });
});
