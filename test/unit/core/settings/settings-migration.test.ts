import { describe, expect, test } from 'vitest';
import {
  currentSettingsVersion,
  defaultSettings,
  migrateSettings,
} from '../../../../electron/core/settings/schema';

describe('settings schema and migration', () => {
  test('defaults: system language and theme, nothing connected, 750 ms presence polling (the name within 1 s at a 100 ms PBX round trip), no secrets', () => {
    // Features add their own defaulted keys; these are the core's.
    expect(defaultSettings()).toMatchObject({
      version: currentSettingsVersion,
      language: 'system',
      theme: 'system',
      connection: {
        serverAddress: null,
        authKind: 'password',
        apiUser: null,
        username: null,
        demo: false,
        trustedCertificates: [],
      },
      polling: { presenceIntervalMs: 750 },
      secrets: { allowBasicText: false, encrypted: {} },
      phone: { country: 'DE', areaCode: null, outsideLinePrefix: '0', internalMaxDigits: 4 },
    });
  });

  test('a document from before versioning (v0) becomes the current version and keeps its known keys', () => {
    const result = migrateSettings({
      theme: 'dark',
      connection: { serverAddress: 'https://pbx.example.com/yourpbx', apiUser: 'moby', username: 'tina' },
    });
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 0,
      settings: {
        version: currentSettingsVersion,
        theme: 'dark',
        language: 'system',
        connection: { serverAddress: 'https://pbx.example.com/yourpbx', apiUser: 'moby', username: 'tina' },
      },
    });
  });

  test('an empty v0 document becomes the defaults', () => {
    const result = migrateSettings({});
    expect(result).toEqual({ ok: true, migratedFrom: 0, settings: defaultSettings() });
  });

  test('a current document is not migrated', () => {
    expect(migrateSettings({ version: currentSettingsVersion, language: 'de' })).toMatchObject({
      ok: true,
      migratedFrom: null,
      settings: { language: 'de' },
    });
  });

  test('a v1 document (pins at the top) becomes v2: the pins move into the connection section, nothing else changes', () => {
    const pin = {
      host: 'pbx.example.local',
      fingerprint256: Array.from({ length: 32 }, () => 'AB').join(':'),
      trustedAtMs: 1_700_000_000_000,
    };
    const v1 = {
      version: 1,
      language: 'de',
      connection: { serverAddress: 'https://pbx.example.local/acme', apiUser: 'moby', username: 'tina' },
      trustedCertificates: [pin],
      queues: { reminderMinutes: 10 },
    };
    const result = migrateSettings(v1);
    expect(currentSettingsVersion).toBe(2);
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 1,
      settings: {
        version: 2,
        language: 'de',
        connection: {
          serverAddress: 'https://pbx.example.local/acme',
          apiUser: 'moby',
          trustedCertificates: [pin],
        },
        queues: { reminderMinutes: 10 },
      },
    });
    expect(result.ok && 'trustedCertificates' in result.settings).toBe(false);
    // Pins without a connection section still arrive; a document without pins keeps the default.
    expect(migrateSettings({ version: 1, trustedCertificates: [pin] })).toMatchObject({
      settings: { connection: { serverAddress: null, trustedCertificates: [pin] } },
    });
    expect(migrateSettings({ version: 1 })).toMatchObject({
      settings: { connection: { trustedCertificates: [] } },
    });
    // A damaged pin list still makes the document unusable, as it did in v1.
    expect(migrateSettings({ version: 1, trustedCertificates: [{ host: '' }] })).toMatchObject({ ok: false });
  });

  test.each([
    ['an array', [], 'not-an-object'],
    ['a string', 'settings', 'not-an-object'],
    ['a newer version', { version: currentSettingsVersion + 1 }, 'newer-version'],
    ['a negative version', { version: -1 }, 'invalid'],
    ['a value out of the schema', { version: 1, theme: 'purple' }, 'invalid'],
    ['a poll interval out of range', { version: 1, polling: { presenceIntervalMs: 50 } }, 'invalid'],
  ])('%s is refused (%s)', (_what, raw, reason) => {
    expect(migrateSettings(raw)).toMatchObject({ ok: false, reason });
  });
});
