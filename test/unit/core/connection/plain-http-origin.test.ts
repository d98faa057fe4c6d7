import { describe, expect, it } from 'vitest';
import { plainHttpOrigin } from '../../../../electron/shared/features/connection';

describe('which addresses would carry the password unencrypted across a network', () => {
  it.each([
    ['http://pbx.lan.example/acme', 'http://pbx.lan.example'],
    [' HTTP://PBX.Lan.Example:8080/acme/services ', 'http://pbx.lan.example:8080'],
    ['http://10.0.0.5/', 'http://10.0.0.5'],
    // A name that starts like a loopback address is still another machine.
    ['http://127.0.0.1.evil.example/', 'http://127.0.0.1.evil.example'],
  ])('%s: %s', (address, origin) => {
    expect(plainHttpOrigin(address)).toBe(origin);
  });

  it.each([
    'https://pbx.example.com/acme',
    // Without a scheme the app uses https.
    'pbx.lan.example/acme',
    'http://localhost:8080/acme',
    'http://app.localhost/',
    'http://127.0.0.1:41234/pbx',
    'http://127.8.9.10/',
    'http://[::1]:8080/',
    'http://',
    'not an address',
  ])('%s: none (encrypted, this machine, or no address)', (address) => {
    expect(plainHttpOrigin(address)).toBeNull();
  });
});
