import { describe, expect, test } from 'vitest';
import {
  basicAuthAccount,
  normaliseServerAddressForSecrets,
  parseSecretAccountKey,
  secretAccountFor,
} from '../../../../electron/core/secrets/secret-account';

describe('where a secret is filed in the keychain', () => {
  test('one service per PBX address, the API user as account', () => {
    expect(
      secretAccountFor({
        serverAddress: 'https://pascom.cloud/yourpbx',
        authKind: 'password',
        apiUser: 'moby',
      }),
    ).toEqual({
      service: 'pascom-companion:https://pascom.cloud/yourpbx',
      account: 'moby',
      key: 'pascom-companion:https://pascom.cloud/yourpbx moby',
    });
  });

  test('a Basic auth string has its own account, apart from an API user called "basic"', () => {
    const basic = secretAccountFor({ serverAddress: 'pbx.example.com', authKind: 'basic', apiUser: null });
    const userCalledBasic = secretAccountFor({
      serverAddress: 'pbx.example.com',
      authKind: 'password',
      apiUser: 'basic',
    });
    expect(basic?.account).toBe(basicAuthAccount);
    expect(basic?.key).not.toBe(userCalledBasic?.key);
  });

  test.each([
    'pascom.cloud/yourpbx',
    'https://PASCOM.cloud/yourpbx/',
    'https://pascom.cloud:443/yourpbx',
    '  https://pascom.cloud/yourpbx/services/  ',
    'https://moby:secret@pascom.cloud/yourpbx?x=1#top',
  ])('"%s" is the same PBX as https://pascom.cloud/yourpbx', (typed) => {
    expect(normaliseServerAddressForSecrets(typed)).toBe('https://pascom.cloud/yourpbx');
  });

  test('user info typed into the address never reaches the service name', () => {
    expect(normaliseServerAddressForSecrets('https://moby:hunter2@pbx.local')).not.toContain('hunter2');
  });

  test('different ports, schemes and instances are different services', () => {
    const names = new Set(
      [
        'http://pbx.local',
        'https://pbx.local',
        'https://pbx.local:8443',
        'https://pbx.local/a',
        'https://pbx.local/b',
      ].map(normaliseServerAddressForSecrets),
    );
    expect(names.size).toBe(5);
  });

  test('a key splits back into service and account, even when the user name has spaces', () => {
    const slot = secretAccountFor({
      serverAddress: 'https://pbx.local/x y',
      authKind: 'password',
      apiUser: 'api user 1',
    });
    expect(slot?.service).toBe('pascom-companion:https://pbx.local/x%20y');
    expect(parseSecretAccountKey(slot?.key ?? '')).toEqual({ service: slot?.service, account: 'api user 1' });
  });

  test('an incomplete connection has no secret slot yet', () => {
    expect(secretAccountFor({ serverAddress: null, authKind: 'password', apiUser: 'moby' })).toBeNull();
    expect(secretAccountFor({ serverAddress: 'pbx.local', authKind: 'password', apiUser: null })).toBeNull();
  });
});
