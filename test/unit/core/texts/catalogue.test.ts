import { describe, expect, test } from 'vitest';
import { textCatalogues } from '../../../../electron/core/texts/catalogue';

/** Every key of a text table, functions called with sample arguments: what a reader would see. */
function flatten(table: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(table).flatMap(([key, value]): [string, string][] => {
      const path = `${prefix}${key}`;
      if (typeof value === 'function') return [[path, String(value('X', 'Y', 'Z', '1:00'))]];
      if (typeof value === 'object' && value !== null) return Object.entries(flatten(value, `${path}.`));
      return [[path, String(value)]];
    }),
  );
}

describe('one text catalogue per language for what main and core say', () => {
  test("it holds the app's words and every feature's, under the feature's name", () => {
    expect(Object.keys(textCatalogues.en).sort()).toEqual(
      [
        'app',
        'availability',
        'calls',
        'connection',
        'desktop',
        'dial',
        'hotkeys',
        'queues',
        'team',
        'voicemail',
      ].sort(),
    );
  });

  test('German has exactly the keys of English, each with words of its own', () => {
    const en = flatten(textCatalogues.en);
    const de = flatten(textCatalogues.de);
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, words] of Object.entries(de)) expect(words.trim(), key).not.toBe('');
    // Names and status words may be the same in both (`pascom Companion`, `Online`, `Pause`); most are not.
    const same = Object.keys(en).filter((key) => en[key] === de[key]);
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });
});
