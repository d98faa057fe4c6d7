import { describe, expect, test } from 'vitest';
import { commandErrorKinds } from '../../../../electron/shared/contract';
import {
  catalogs,
  createTranslator,
  detectLanguage,
  formatDuration,
  interpolate,
  knownErrorDetails,
} from '../../../../renderer/src/lib/i18n';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('i18n catalogues', () => {
  test('English and German have exactly the same keys, none of them empty', () => {
    const englishKeys = Object.keys(catalogs.en).sort();
    expect(Object.keys(catalogs.de).sort()).toEqual(englishKeys);
    for (const language of ['en', 'de'] as const) {
      for (const [key, text] of Object.entries(catalogs[language])) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  test('every translation uses the same placeholders as the English text', () => {
    for (const [key, english] of Object.entries(catalogs.en)) {
      const german = catalogs.de[key as keyof typeof catalogs.de];
      expect(placeholders(german), key).toEqual(placeholders(english));
    }
  });

  test('every error kind and every connect failure detail has its own words in both languages', () => {
    for (const language of ['en', 'de'] as const) {
      const i18n = createTranslator(language);
      const kindTexts = commandErrorKinds.map((kind) => i18n.errorText({ kind }));
      expect(new Set(kindTexts).size).toBe(commandErrorKinds.length);
      for (const detail of knownErrorDetails) {
        const text = i18n.errorText({ kind: 'invalid-input', detail });
        expect(text, `${language} ${detail}`).not.toBe(i18n.errorText({ kind: 'invalid-input' }));
      }
    }
  });
});

describe('translator', () => {
  test('an unknown detail falls back to the words for its kind', () => {
    const i18n = createTranslator('de');
    expect(i18n.errorText({ kind: 'timeout', detail: 'something-new' })).toBe(
      'Die Telefonanlage hat nicht rechtzeitig geantwortet.',
    );
    expect(i18n.errorText({ kind: 'offline', detail: 'host-not-found' })).toBe(
      'Unter diesem Namen wurde kein Server gefunden.',
    );
  });

  test('fills {name} placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Connected as {name}, extension {extension}.', { name: 'Anna', extension: 201 })).toBe(
      'Connected as Anna, extension 201.',
    );
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
    expect(createTranslator('en').t('calls.viaQueue', { queue: 'Support' })).toBe('via Support');
  });

  test('notices from the core are worded by key, unknown keys by a general text', () => {
    const i18n = createTranslator('en');
    expect(i18n.noticeText({ id: '1', level: 'info', key: 'notice.demoStarted' })).toBe(
      'Connected to the built-in demo PBX.',
    );
    expect(i18n.noticeText({ id: '2', level: 'info', key: 'toString' })).toContain(
      'Something needs your attention',
    );
  });

  test('formats times and dates in the chosen language', () => {
    const moment = Date.UTC(2025, 2, 14, 13, 5);
    const english = createTranslator('en');
    const german = createTranslator('de');
    expect(german.formatDateTime(moment)).toMatch(/14\.03\.2025|14\. März 2025/);
    expect(english.formatDateTime(moment)).toMatch(/14 Mar 2025/);
    expect(german.formatTime(moment)).toMatch(/^\d{2}:05$/);
    expect(english.formatDateTime('not a date')).toBe('not a date');
  });

  test('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65.9)).toBe('1:05');
    expect(formatDuration(3_725)).toBe('1:02:05');
    expect(formatDuration(-3)).toBe('0:00');
    // Above a day: days, then the time of day; a PBX's 1e12 s is not printed as 277777777:46:40.
    expect(formatDuration(86_400 + 3_725)).toBe('1 d 01:02:05');
    expect(formatDuration(1e12)).toBe('> 99 d');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });

  test('before the core answers, the language comes from the browser', () => {
    expect(detectLanguage(['de-AT', 'en'])).toBe('de');
    expect(detectLanguage(['fr-FR', 'en-US'])).toBe('en');
    expect(detectLanguage(['fr-FR'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});
