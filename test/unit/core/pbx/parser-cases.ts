/**
 * One fuzz case per parser the REST resources use (parsers.property.test.ts checks that the list is
 * complete): the reference's samples with the domain value each must parse to, written out by hand.
 */
import { cdrRecordListSchema, liveCallListSchema } from '../../../../electron/core/pbx/schemas/cdr';
import { defaultDeviceSchema, deviceListSchema } from '../../../../electron/core/pbx/schemas/device';
import { switchListSchema } from '../../../../electron/core/pbx/schemas/extension-switch';
import {
  profileListSchema,
  userListSchema,
  userSchema,
  userStatesSchema,
} from '../../../../electron/core/pbx/schemas/identity';
import { locationListSchema } from '../../../../electron/core/pbx/schemas/location';
import { roleNameListSchema, roleSchema } from '../../../../electron/core/pbx/schemas/role';
import { constructed, fixture, type ParserCase } from './parser-case';
import { DATA_PARSER_CASES } from './parser-cases-data';

function party(fields: Record<string, unknown>) {
  const empty = { internal: null, name: null, number: null, prefix: null, extension: null, userId: null };
  const more = { userName: null, deviceId: null, deviceName: null, locationId: null, locationName: null };
  return { ...empty, ...more, phonebookEntryId: null, ...fields };
}

const grassl = party({
  internal: true,
  name: 'Andreas Grassl',
  number: '101',
  extension: '101',
  userId: 3,
  userName: 'agrassl',
  deviceId: 1,
  deviceName: 'pascom Softphone [Andreas Grassl]',
  locationId: 2,
  locationName: 'Andreas Grassl',
});

const liveCall = {
  phonecallId: 62,
  parentId: null,
  timestampMs: 1_607_331_710_930,
  time: '2020-12-07T09:01:50 +0000',
  via: null,
  viaDetails: null,
  durationSeconds: 10,
  connectedSeconds: 10,
  ringingSeconds: 0,
  holdCount: 0,
  holdDurationSeconds: 0,
  state: 'busy',
  src: grassl,
  dst: party({ internal: true, name: 'System call', number: '*101' }),
  queue: null,
};

const softphone = {
  id: 3,
  name: 'pascom Softphone [Tina Sander]',
  caption: 'pascom Softphone [Tina Sander]',
  typeId: 26,
  typeName: 'Integrated Softphone',
  extension: '221',
  capabilities: ['dial', 'hangup', 'offhook', 'transfer', 'hold', 'enable', 'conference', 'mute', 'dtmf'],
  protocol: 'PJSIP',
  username: 'tsander',
  locationName: 'Tina Sander',
  connection: null,
  srtp: false,
};

const CALL_AND_DIRECTORY_CASES: Record<string, ParserCase> = {
  cdrRecordListSchema: {
    schema: cdrRecordListSchema,
    recordList: true,
    samples: [
      fixture('cdr-history.json', [
        {
          id: 284,
          phonecallId: 5,
          parentId: 283,
          chain: '1600937255312_3',
          timestampMs: 1_600_937_267_828,
          time: '2020-09-24T08:47:47 +0000',
          result: 'transfer',
          resultDetails: 'dst',
          via: 'queue',
          viaDetails: 'caller',
          recordId: null,
          durationSeconds: 10,
          connectedSeconds: 0,
          holdCount: 0,
          holdDurationSeconds: 0,
          src: { ...grassl, phonebookEntryId: 1 },
          dst: party({
            internal: true,
            name: 'Support',
            number: '300',
            extension: '300',
            phonebookEntryId: 17,
          }),
          queue: {
            queueId: 3,
            queueName: 'Support',
            queueExtension: '300',
            joinPosition: 1,
            leavePosition: 1,
            ringedAgents: 0,
          },
        },
      ]),
    ],
  },
  liveCallListSchema: {
    schema: liveCallListSchema,
    recordList: true,
    samples: [fixture('cdr-live.json', [liveCall]), fixture('cdr-live-by-id.json', [liveCall])],
  },
  userListSchema: {
    schema: userListSchema,
    recordList: true,
    samples: [
      fixture('identity-users.json', [
        {
          id: 3,
          username: 'agrassl',
          displayName: 'Andreas Grassl',
          extension: '101',
          mailbox: '101',
          email: 'schulung@pascom.io',
          enabled: true,
          state: 'USER_AVAILABLE',
          presence: 'available',
          statusText: 'Verfügbar',
          activeProfileId: null,
          callerIdNumber: null,
          faxExtension: '301',
          lastLogin: '2020-11-30 07:26:23.250536',
          phonebookEntryId: 1,
        },
      ]),
    ],
  },
  userSchema: {
    schema: userSchema,
    samples: [
      fixture('identity-user.json', {
        id: 4,
        username: 'tsander',
        displayName: 'Tina Sander',
        extension: '221',
        mailbox: null,
        email: null,
        enabled: true,
        state: null,
        presence: 'unknown',
        statusText: null,
        activeProfileId: 4,
        callerIdNumber: null,
        faxExtension: null,
        lastLogin: '2019-11-27 10:33:08.992277',
        phonebookEntryId: 2,
      }),
    ],
  },
  userStatesSchema: {
    schema: userStatesSchema,
    samples: [
      fixture('identity-states.json', { tsander: { state: 'Unavailable', displayName: 'Tina Sander' } }),
      constructed(
        'a bare hint and an empty entry',
        { tsander: 'InUse&Ringing', mweber: [] },
        {
          tsander: { state: 'InUse&Ringing', displayName: null },
          mweber: { state: 'Unknown', displayName: null },
        },
      ),
    ],
  },
  deviceListSchema: { schema: deviceListSchema, samples: [fixture('identity-devices.json', [softphone])] },
  defaultDeviceSchema: {
    schema: defaultDeviceSchema,
    samples: [
      fixture('identity-device.json', softphone),
      fixture('identity-default-device.json', { ...softphone, extension: '241' }),
    ],
  },
  profileListSchema: {
    schema: profileListSchema,
    recordList: true,
    samples: [
      fixture('identity-profiles.json', [
        { id: 18, name: 'Meeting', scope: 'user' },
        { id: 4, name: null, scope: null },
      ]),
    ],
  },
  roleNameListSchema: {
    schema: roleNameListSchema,
    samples: [fixture('role-list.json', ['default', 'pickup_all', 'Recordings'])],
  },
  roleSchema: {
    schema: roleSchema,
    samples: [
      fixture('role-detail.json', {
        id: 4,
        name: 'pickup_all',
        description: null,
        scope: 'user',
        types: ['pickup.group'],
        members: ['tklee', 'mschmitz', 'nbader', 'therrmann', 'hspindler', 'lmeier'],
        locations: [],
        includesAllUsers: false,
        includesAllLocations: false,
      }),
    ],
  },
  locationListSchema: {
    schema: locationListSchema,
    recordList: true,
    samples: [
      fixture('location-list.json', [
        {
          id: 21,
          name: 'HomeOffice',
          description: null,
          dynamic: true,
          occupant: { userId: 7, username: 'aturitzo', displayName: 'Adrian Turitzo' },
        },
      ]),
    ],
  },
  switchListSchema: {
    schema: switchListSchema,
    recordList: true,
    samples: [
      fixture('switch-list.json', [{ id: 44, name: 'AfterHours', on: false, extension: '503' }]),
      fixture('switch-one.json', [{ id: 44, name: 'AfterHours', on: false, extension: '503' }]),
    ],
  },
};

export const PARSER_CASES: Record<string, ParserCase> = { ...CALL_AND_DIRECTORY_CASES, ...DATA_PARSER_CASES };
