import { describe, expect, test } from 'vitest';
import { parseServerAddress } from '../../../../electron/core/pbx/server-address';

describe('the server address a user types', () => {
  test.each([
    'https://pascom.cloud/acme',
    'https://pascom.cloud/acme/',
    'https://pascom.cloud/acme/services',
    'https://pascom.cloud/acme/services/',
    '  https://pascom.cloud/acme/services/  ',
    'pascom.cloud/acme',
    'HTTPS://PASCOM.CLOUD/acme',
  ])('%j -> the cloud instance acme', (input) => {
    const parsed = parseServerAddress(input);
    expect(parsed).toEqual({
      ok: true,
      value: {
        baseUrl: 'https://pascom.cloud/acme',
        servicesUrl: 'https://pascom.cloud/acme/services/',
        assetUrl: 'https://pascom.cloud/acme/asset/',
        plainHttp: false,
      },
    });
  });

  test('an onsite PBX with a port keeps it', () => {
    const parsed = parseServerAddress('pbx.example.local:8443/office');
    expect(parsed.ok && parsed.value.servicesUrl).toBe('https://pbx.example.local:8443/office/services/');
  });

  test('http is allowed for a LAN, and flagged so the UI can warn', () => {
    const parsed = parseServerAddress('http://192.168.1.20/office/');
    expect(parsed).toMatchObject({
      ok: true,
      value: { baseUrl: 'http://192.168.1.20/office', plainHttp: true },
    });
  });

  test('an IPv6 host works', () => {
    const parsed = parseServerAddress('https://[fd00::20]:8443/office');
    expect(parsed.ok && parsed.value.assetUrl).toBe('https://[fd00::20]:8443/office/asset/');
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://pascom.cloud/acme', 'unsupported-scheme'],
    ['mailto:admin@pascom.cloud', 'unsupported-scheme'],
    ['javascript:alert(1)', 'unsupported-scheme'],
    ['https://moby:secret@pascom.cloud/acme', 'has-credentials'],
    ['https://pascom.cloud/acme?x=1', 'has-query'],
    ['https://pascom.cloud/acme?', 'has-query'],
    ['https://pascom.cloud/acme#top', 'has-fragment'],
    ['https://pascom cloud/acme', 'not-a-url'],
    ['https://', 'not-a-url'],
  ])('%j is refused as %s', (input, reason) => {
    expect(parseServerAddress(input)).toEqual({ ok: false, reason });
  });
});
