import { describe, expect, test } from 'vitest';
import type { CommandError } from '../../../../electron/shared/contract';
import {
  buildConnectInput,
  type ConnectField,
  type ConnectFormValues,
  fieldOfError,
  validateConnectForm,
} from '../../../../renderer/src/connection/connect-form';

const filled: ConnectFormValues = {
  serverAddress: 'https://pbx.example.com',
  authKind: 'password',
  apiUser: 'api',
  apiPassword: 'pw',
  basicAuth: '',
  username: 'anna',
};

describe('connect form rules', () => {
  test('an empty secret is fine only when one of that kind is stored', () => {
    expect(validateConnectForm({ ...filled, apiPassword: '' }, true)).toEqual({});
    expect(validateConnectForm({ ...filled, apiPassword: '' }, false)).toEqual({
      apiPassword: { kind: 'invalid-input', detail: 'empty', field: 'apiPassword' },
    });
    expect(Object.keys(validateConnectForm({ ...filled, authKind: 'basic' }, false))).toEqual(['basicAuth']);
  });

  test('the basic kind sends no API user and leaves out an empty secret', () => {
    expect(buildConnectInput({ ...filled, authKind: 'basic', basicAuth: '' })).toEqual({
      serverAddress: 'https://pbx.example.com',
      auth: { kind: 'basic' },
      username: 'anna',
    });
  });

  const cases: [CommandError, ConnectField | null][] = [
    [{ kind: 'invalid-input', issues: [{ path: 'auth.apiUser', code: 'too_small' }] }, 'apiUser'],
    [{ kind: 'invalid-input', field: 'auth.apiPassword' }, 'apiPassword'],
    [{ kind: 'bad-response', detail: 'not-pascom' }, 'serverAddress'],
    [{ kind: 'certificate', detail: 'certificate-changed' }, 'serverAddress'],
    [{ kind: 'invalid-input', detail: 'bad-basic-string' }, 'basicAuth'],
    [{ kind: 'forbidden', detail: 'unknown-user' }, 'username'],
    [{ kind: 'auth' }, 'apiPassword'],
    // The address decides whether the PBX is reached: an unreachable PBX is the address field's error.
    [{ kind: 'offline' }, 'serverAddress'],
    [{ kind: 'internal' }, null],
    [{ kind: 'internal', field: 'somethingElse' }, null],
  ];
  test.each(cases)('%o belongs to %s', (error, field) => {
    expect(fieldOfError(error, 'password')).toBe(field);
  });
});
