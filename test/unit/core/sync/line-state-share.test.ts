import { describe, expect, test } from 'vitest';
import { callSourceFor } from '../../../../electron/core/calls/call-source';
import type { PbxApi } from '../../../../electron/core/pbx/index';
import { LineStateShare, type SharedLineStates } from '../../../../electron/core/sync/line-state-share';

function apiAnswering(states: Record<string, string> | null) {
  const asked: string[][] = [];
  const api = {
    identity: {
      async getStates(usernames: readonly string[]) {
        asked.push([...usernames]);
        if (states === null) return null;
        return Object.fromEntries(
          usernames
            .filter((name) => name in states)
            .map((name) => [name, { state: states[name], displayName: null }]),
        );
      },
    },
  } as unknown as PbxApi;
  return { api, asked };
}

describe("other users' line states riding in the agent's own states request", () => {
  test('nobody wants any: the request asks for the agent alone and publishes nothing', async () => {
    const share = new LineStateShare();
    const heard: SharedLineStates[] = [];
    share.onAnswer((answer) => heard.push(answer));
    const { api, asked } = apiAnswering({ tsander: 'Idle' });
    expect(await callSourceFor(api, share).hintState('tsander', new AbortController().signal)).toEqual({
      state: 'Idle',
    });
    expect(asked).toEqual([['tsander']]);
    expect(heard).toEqual([]);
  });

  test('wanted users ride along after the agent (each once, never the agent twice) and their answers are published', async () => {
    const share = new LineStateShare();
    const heard: SharedLineStates[] = [];
    share.onAnswer((answer) => heard.push(answer));
    share.want('team', () => ['ameyer', 'TSander', 'agrassl']);
    share.want('other', () => ['agrassl', 'hvoss']);
    const { api, asked } = apiAnswering({ tsander: 'InUse', ameyer: 'Ringing', agrassl: 'Idle' });
    const own = await callSourceFor(api, share).hintState('tsander', new AbortController().signal);
    expect(own).toEqual({ state: 'InUse' });
    expect(asked).toEqual([['tsander', 'ameyer', 'agrassl', 'hvoss']]);
    expect(heard).toHaveLength(1);
    expect(heard[0]?.asked).toEqual(['ameyer', 'agrassl', 'hvoss']);
    expect(heard[0]?.states).toMatchObject({ ameyer: { state: 'Ringing' }, agrassl: { state: 'Idle' } });
  });

  test('a PBX without the states endpoint (204) is published as null; a feature that stops wanting is left out', async () => {
    const share = new LineStateShare();
    const heard: SharedLineStates[] = [];
    share.onAnswer((answer) => heard.push(answer));
    const stop = share.want('team', () => ['ameyer']);
    const { api } = apiAnswering(null);
    expect(await callSourceFor(api, share).hintState('tsander', new AbortController().signal)).toBeNull();
    expect(heard).toEqual([{ asked: ['ameyer'], states: null }]);
    stop();
    expect(share.wanted()).toEqual([]);
  });
});
