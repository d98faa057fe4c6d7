import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { currentSettingsVersion, defaultSettings } from '../../../../electron/core/settings/schema';
import { SettingsService } from '../../../../electron/core/settings/settings-service';
import { confSettingsFile, fixedClock, recordingLogger, tempSettingsFolder } from './settings-test-kit';

const setAsideName = 'settings.json.corrupt-2025-03-14T09-26-53-589Z';

describe('loading settings from a real conf file', () => {
  let folder: ReturnType<typeof tempSettingsFolder>;
  let settingsPath: string;
  beforeEach(() => {
    folder = tempSettingsFolder();
    settingsPath = join(folder.directory, 'settings.json');
  });
  afterEach(() => folder.remove());

  function load() {
    const log = recordingLogger();
    const loaded = SettingsService.load(confSettingsFile(folder.directory), fixedClock, log);
    return { ...loaded, log };
  }

  function savedDocument(): unknown {
    return JSON.parse(readFileSync(settingsPath, 'utf8'));
  }

  test('a first start begins with defaults and sets nothing aside', () => {
    const { service, setAsideAs } = load();
    expect(service.current).toEqual(defaultSettings());
    expect(setAsideAs).toBeNull();
  });

  test('a valid file round-trips: a change is saved and the next start reads it back', () => {
    load().service.update((draft) => ({
      ...draft,
      language: 'de',
      connection: { ...draft.connection, serverAddress: 'https://pbx.example.com', apiUser: 'moby' },
    }));
    const next = load();
    expect(next.setAsideAs).toBeNull();
    expect(next.service.current.language).toBe('de');
    expect(next.service.current.connection).toMatchObject({
      serverAddress: 'https://pbx.example.com',
      apiUser: 'moby',
    });
    expect(readdirSync(folder.directory)).toEqual(['settings.json']);
  });

  test('a v0 file is migrated and saved as the current version at once', () => {
    writeFileSync(settingsPath, JSON.stringify({ theme: 'light' }));
    const { service, setAsideAs, log } = load();
    expect(setAsideAs).toBeNull();
    expect(service.current.theme).toBe('light');
    expect(savedDocument()).toMatchObject({ version: currentSettingsVersion, theme: 'light' });
    expect(log.lines).toContainEqual({ level: 'info', message: 'settings migrated', fields: { from: 0 } });
  });

  const unusableFiles: [string, string][] = [
    ['a file that is not JSON', '{"version": 1, "language": "de",'],
    ['a file of the wrong shape', JSON.stringify({ version: 1, theme: 'purple', language: 'de' })],
    ['a file that is a JSON array', '[{"version": 1}]'],
    [
      'a file from a newer version of the app',
      JSON.stringify({ version: currentSettingsVersion + 1, language: 'de' }),
    ],
  ];

  test.each(unusableFiles)(
    '%s is set aside, the app starts from defaults and is told so',
    (_what, content) => {
      writeFileSync(settingsPath, content);
      const { service, setAsideAs, log } = load();

      expect(setAsideAs).toBe(setAsideName);
      expect(readFileSync(join(folder.directory, setAsideName), 'utf8')).toBe(content);
      expect(service.current).toEqual(defaultSettings());
      // The defaults are saved in place of the old file, which is kept next to it.
      expect(savedDocument()).toEqual(defaultSettings());
      expect(readdirSync(folder.directory).sort()).toEqual(['settings.json', setAsideName]);
      expect(log.lines.find((line) => line.level === 'warn')?.fields).toMatchObject({ setAsideAs });
    },
  );

  test('the log line about an unreadable file does not quote the file', () => {
    const content = '{"secrets": {"encrypted": {"pbx moby": "djEwc2VjcmV0Y2lwaGVy"}}, oops}';
    writeFileSync(settingsPath, content);
    const { log } = load();
    expect(JSON.stringify(log.lines)).not.toContain('djEwc2VjcmV0Y2lwaGVy');
  });

  test('after setting a file aside, the next start is a normal one', () => {
    writeFileSync(settingsPath, 'garbage');
    expect(load().setAsideAs).toBe(setAsideName);
    const next = load();
    expect(next.setAsideAs).toBeNull();
    expect(existsSync(join(folder.directory, setAsideName))).toBe(true);
  });
});
