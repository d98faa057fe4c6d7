import { describe, expect, test } from 'vitest';
import { highlightParts } from '../../../../renderer/src/dial/highlight';

const marked = (text: string, query: string) =>
  highlightParts(text, query)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('');

describe('the matched text of a suggestion', () => {
  test.each([
    ['Müller & Söhne GmbH - Lukas Müller', 'mul', '[Mül]ler & Söhne GmbH - Lukas Müller'],
    ['Lukas Schneider', 'sch', 'Lukas [Sch]neider'],
    ['Sabine Weiß', 'weiss', 'Sabine [Weiß]'],
    ['Sabine Weiß', 'eis', 'Sabine W[eiß]'],
    ['Lukas Müller', 'mü lu', '[Lu]kas [Mü]ller'],
    ['Seán O’Brien', 'sean', '[Seán] O’Brien'],
    ['Anna Berg', 'xyz', 'Anna Berg'],
    ['Lukas Müller', 'mueller', 'Lukas [Müller]'],
    ['Lukas Müller', 'lukas mue', '[Lukas] [Mü]ller'],
    ['Bernd Müller-Lüdenscheidt', 'lued', 'Bernd Müller-[Lüd]enscheidt'],
    ['Lukas Mu\u0308ller', 'mueller', 'Lukas [Mu\u0308ller]'],
    ['Lukas Mu\u0308ller', 'mul', 'Lukas [Mu\u0308l]ler'],
  ])('%s / %s', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  test('a word start wins over an earlier match inside a word', () => {
    expect(marked('Busch Schmidt', 'sch')).toBe('Busch [Sch]midt');
  });
});
