import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileSafeTimestamp } from '../../../../electron/core/settings/conf-settings-file';
import { confSettingsFile, fixedNowMs, tempSettingsFolder } from './settings-test-kit';

describe('the settings file on disk (real conf in a temp folder)', () => {
  let folder: ReturnType<typeof tempSettingsFolder>;
  beforeEach(() => {
    folder = tempSettingsFolder();
  });
  afterEach(() => folder.remove());

  test('a first start finds no file and creates none by reading', () => {
    const file = confSettingsFile(folder.directory);
    expect(file.read()).toEqual({ kind: 'missing' });
    expect(readdirSync(folder.directory)).toEqual([]);
  });

  test('a written document is read back whole, as JSON in settings.json', () => {
    const file = confSettingsFile(folder.directory);
    file.write({ version: 1, theme: 'dark', connection: { serverAddress: 'https://pbx.example.com' } });
    expect(file.path).toBe(join(folder.directory, 'settings.json'));
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toEqual({
      version: 1,
      theme: 'dark',
      connection: { serverAddress: 'https://pbx.example.com' },
    });
    const reread = confSettingsFile(folder.directory).read();
    expect(reread.kind).toBe('ok');
    if (reread.kind === 'ok') expect({ ...(reread.document as object) }).toMatchObject({ theme: 'dark' });
  });

  test('write replaces the whole document: keys left out are gone', () => {
    const file = confSettingsFile(folder.directory);
    file.write({ version: 1, language: 'de', theme: 'dark' });
    file.write({ version: 1, language: 'en' });
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toEqual({ version: 1, language: 'en' });
  });

  test('a file that is not JSON is reported unreadable, without quoting its content, and left untouched', () => {
    const broken = '{"version": 1, "secrets": {"encrypted": {"a": "djEwAAAA"}';
    writeFileSync(join(folder.directory, 'settings.json'), broken);
    const result = confSettingsFile(folder.directory).read();
    expect(result).toEqual({ kind: 'unreadable', detail: 'json-syntax-error' });
    expect(readFileSync(join(folder.directory, 'settings.json'), 'utf8')).toBe(broken);
  });

  test.each([
    ['[1, 2]', 'not-an-object: array'],
    ['"settings"', 'not-an-object: string'],
    ['null', 'not-an-object: null'],
    ['42', 'not-an-object: number'],
  ])('valid JSON that is not an object (%s) is unreadable, not turned into an object', (text, detail) => {
    writeFileSync(join(folder.directory, 'settings.json'), text);
    expect(confSettingsFile(folder.directory).read()).toEqual({ kind: 'unreadable', detail });
  });

  test('an empty file is an empty (version 0) document', () => {
    writeFileSync(join(folder.directory, 'settings.json'), '');
    expect(confSettingsFile(folder.directory).read()).toMatchObject({ kind: 'ok' });
  });

  test('a broken file is never overwritten by a write', () => {
    writeFileSync(join(folder.directory, 'settings.json'), '{ not json');
    const file = confSettingsFile(folder.directory);
    expect(() => file.write({ version: 1 })).toThrow();
    expect(readFileSync(file.path, 'utf8')).toBe('{ not json');
  });

  test('setAside renames the file to <name>.corrupt-<timestamp> and returns that base name', () => {
    writeFileSync(join(folder.directory, 'settings.json'), '{ not json');
    const file = confSettingsFile(folder.directory);
    const setAsideAs = file.setAside(fixedNowMs);
    expect(setAsideAs).toBe('settings.json.corrupt-2025-03-14T09-26-53-589Z');
    expect(readFileSync(join(folder.directory, setAsideAs ?? ''), 'utf8')).toBe('{ not json');
    expect(existsSync(file.path)).toBe(false);
    expect(file.read()).toEqual({ kind: 'missing' });
  });

  test('setting aside twice in the same millisecond keeps both files', () => {
    const file = confSettingsFile(folder.directory);
    writeFileSync(file.path, '{ first');
    const first = file.setAside(fixedNowMs);
    writeFileSync(file.path, '{ second');
    const second = file.setAside(fixedNowMs);
    expect(second).not.toBe(first);
    expect(readFileSync(join(folder.directory, second ?? ''), 'utf8')).toBe('{ second');
    expect(readFileSync(join(folder.directory, first ?? ''), 'utf8')).toBe('{ first');
  });

  test('setAside without a file sets nothing aside', () => {
    expect(confSettingsFile(folder.directory).setAside(fixedNowMs)).toBeNull();
  });

  test.skipIf(process.getuid?.() === 0)(
    'a file that cannot be moved aside is not overwritten either (skipped as root: permissions do not apply)',
    () => {
      const file = confSettingsFile(folder.directory);
      writeFileSync(file.path, '[1, 2]');
      chmodSync(folder.directory, 0o500);
      try {
        expect(file.setAside(fixedNowMs)).toBeNull();
        expect(() => file.write({ version: 1 })).toThrow(/not overwriting/);
      } finally {
        chmodSync(folder.directory, 0o700);
      }
      expect(readFileSync(file.path, 'utf8')).toBe('[1, 2]');
    },
  );

  test('time stamps in file names carry no colon and sort like the time', () => {
    expect(fileSafeTimestamp(fixedNowMs)).toBe('2025-03-14T09-26-53-589Z');
    expect(fileSafeTimestamp(fixedNowMs)).not.toContain(':');
  });
});
