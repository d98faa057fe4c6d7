/**
 * Every documented sample response of the pascom REST reference (copied into
 * test/fixtures/pbx-samples as data) parses through the parser its endpoint uses.
 */
import { describe, expect, test } from 'vitest';
import { cdrRecordListSchema, liveCallListSchema } from '../../../../electron/core/pbx/schemas/cdr';
import { defaultDeviceSchema, deviceListSchema } from '../../../../electron/core/pbx/schemas/device';
import {
  profileListSchema,
  userListSchema,
  userSchema,
  userStatesSchema,
} from '../../../../electron/core/pbx/schemas/identity';
import { ACTION_TEXT, PARSER_BY_SAMPLE, parseSample as parse, sampleFiles } from './sample-parsers';

test('every fixture file has a parser, and every parser has its fixture', () => {
  expect(sampleFiles().sort()).toEqual(Object.keys(PARSER_BY_SAMPLE).sort());
  for (const [name, parser] of Object.entries(PARSER_BY_SAMPLE)) {
    if (parser !== ACTION_TEXT) expect(() => parse(name, parser), name).not.toThrow();
  }
});

describe('identity', () => {
  test('the user list sample (one object) is a list of one user', () => {
    const [user, ...rest] = parse('identity-users.json', userListSchema);
    expect(rest).toEqual([]);
    expect(user).toMatchObject({
      id: 3,
      username: 'agrassl',
      displayName: 'Andreas Grassl',
      extension: '101',
      mailbox: '101',
      email: 'schulung@pascom.io',
      enabled: true,
      state: 'USER_AVAILABLE',
      statusText: 'Verfügbar',
      faxExtension: '301',
    });
  });

  test('tsander has no mailbox field in the sample: null, and the active profile 4', () => {
    expect(parse('identity-user.json', userSchema)).toMatchObject({
      username: 'tsander',
      displayName: 'Tina Sander',
      extension: '221',
      mailbox: null,
      state: null,
      activeProfileId: 4,
    });
  });

  test('states are keyed by username', () => {
    expect(parse('identity-states.json', userStatesSchema)).toEqual({
      tsander: { state: 'Unavailable', displayName: 'Tina Sander' },
    });
  });

  test('devices keyed by name become a list, without the SIP peer secrets', () => {
    const devices = parse('identity-devices.json', deviceListSchema);
    expect(devices).toEqual([
      {
        id: 3,
        name: 'pascom Softphone [Tina Sander]',
        caption: 'pascom Softphone [Tina Sander]',
        typeId: 26,
        typeName: 'Integrated Softphone',
        extension: '221',
        capabilities: [
          'dial',
          'hangup',
          'offhook',
          'transfer',
          'hold',
          'enable',
          'conference',
          'mute',
          'dtmf',
        ],
        protocol: 'PJSIP',
        username: 'tsander',
        locationName: 'Tina Sander',
        connection: null,
        srtp: false,
      },
    ]);
    const serialized = JSON.stringify(devices);
    for (const secret of ['9A81BFDB04909C7149D7BF467ACB2CC9', 'jb3jT4cflUPVnO1']) {
      expect(serialized).not.toContain(secret);
    }
  });

  test('the default device is one device', () => {
    expect(parse('identity-default-device.json', defaultDeviceSchema)).toMatchObject({
      name: 'pascom Softphone [Tina Sander]',
      extension: '241',
    });
  });

  test('profiles: the second has only an id', () => {
    expect(parse('identity-profiles.json', profileListSchema)).toEqual([
      { id: 18, name: 'Meeting', scope: 'user' },
      { id: 4, name: null, scope: null },
    ]);
  });
});

describe('cdr', () => {
  test('a history record with queue data', () => {
    const [record] = parse('cdr-history.json', cdrRecordListSchema);
    expect(record).toMatchObject({
      id: 284,
      phonecallId: 5,
      parentId: 283,
      chain: '1600937255312_3',
      timestampMs: 1600937267828,
      result: 'transfer',
      via: 'queue',
      recordId: null,
      durationSeconds: 10,
      src: { internal: true, userId: 3, userName: 'agrassl', number: '101', phonebookEntryId: 1 },
      dst: { internal: true, userId: null, userName: null, name: 'Support', number: '300', deviceId: null },
      queue: { queueId: 3, queueName: 'Support', queueExtension: '300', joinPosition: 1 },
    });
  });

  test('a live call: "BUSY" is normalised to busy, "" ids to null, no queue', () => {
    const [call] = parse('cdr-live.json', liveCallListSchema);
    expect(call).toMatchObject({
      phonecallId: 62,
      parentId: null,
      via: null,
      state: 'busy',
      durationSeconds: 10,
      connectedSeconds: 10,
      ringingSeconds: 0,
      src: {
        name: 'Andreas Grassl',
        number: '101',
        userName: 'agrassl',
        deviceName: 'pascom Softphone [Andreas Grassl]',
      },
      dst: { name: 'System call', number: '*101', userId: null, extension: null },
      queue: null,
    });
  });
});
