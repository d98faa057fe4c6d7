import { describe, expect, test } from 'vitest';
import { teamTextsDe } from '../../../../electron/core/team/texts.de';
import { teamTextsEn } from '../../../../electron/core/team/texts.en';
import { teamMenuEntries } from '../../../../electron/core/team/tray';
import type { TeamView } from '../../../../electron/shared/features/team';
import { makeCall, makeState } from '../../renderer/fake-companion';

const person = (username: string, name: string, extension: string | null = null) => ({
  username,
  name,
  extension,
});

function withTeam(team: Partial<TeamView>, calls = [] as ReturnType<typeof makeCall>[]) {
  const base = makeState();
  return makeState({
    team: { ...base.team, ...team, settings: { ...base.team.settings, ...team.settings } },
    calls: { live: calls },
  });
}

describe('favourites in the tray', () => {
  const settings = {
    favourites: [
      person('ameyer', 'Anna Meyer', '230'),
      person('hvoss', 'Hanna Voss'),
      person('gone', 'Gone User'),
    ],
    hidden: [person('hvoss', 'Hanna Voss')],
    announceFavourites: false,
  };
  const members = [{ username: 'gone', found: false }] as TeamView['members'];

  test('"Call a favourite" with each favourite the PBX knows and that is not hidden', () => {
    expect(teamMenuEntries(withTeam({ settings, members }), teamTextsEn)).toEqual([
      {
        type: 'submenu',
        label: 'Call a favourite',
        entries: [
          {
            type: 'command',
            label: 'Anna Meyer (230)',
            enabled: true,
            command: { name: 'team/call', input: { username: 'ameyer', source: 'tray' } },
          },
        ],
      },
    ]);
  });

  test('"Transfer to a favourite" only while the agent is in a call, naming that call', () => {
    const ringing = withTeam({ settings, members }, [makeCall({ id: 'c1', phase: 'ringing' })]);
    expect(teamMenuEntries(ringing, teamTextsEn)).toHaveLength(1);
    const talking = withTeam({ settings, members }, [makeCall({ id: 'c2', phase: 'connected' })]);
    const [, transfer] = teamMenuEntries(talking, teamTextsDe);
    expect(transfer).toEqual({
      type: 'submenu',
      label: 'An Favorit vermitteln',
      entries: [
        {
          type: 'command',
          label: 'Anna Meyer (230)',
          enabled: true,
          command: { name: 'team/transfer', input: { username: 'ameyer', callId: 'c2' } },
        },
      ],
    });
  });

  test('nothing offline or without favourites; a name of 200 characters is cut to one menu line', () => {
    const offline = makeState({ connection: { status: 'offline' } });
    expect(teamMenuEntries(offline, teamTextsEn)).toEqual([]);
    expect(teamMenuEntries(withTeam({}), teamTextsEn)).toEqual([]);
    const long = withTeam({
      settings: { ...settings, favourites: [person('long', 'x'.repeat(200), '299')] },
    });
    const [call] = teamMenuEntries(long, teamTextsEn);
    const label =
      call?.type === 'submenu' ? call.entries[0]?.type === 'command' && call.entries[0].label : '';
    expect(label).toBe(`${'x'.repeat(39)}… (299)`);
  });
});
