import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinWords } from '../../../src-main/text/latin-words.ts';

const icu = new Intl.Segmenter('nl', { granularity: 'word' });
const icuWords = (text: string) =>
  [...icu.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => ({ start: s.index, end: s.index + s.segment.length }));

/** Letters, digits, every joiner and the punctuation and spaces of Dutch news, in runs that make the joiners matter. */
const CHARS = [
  'a',
  'Z',
  'ë',
  'é',
  'ĳ',
  'ß',
  '1',
  '0',
  '9',
  '.',
  ',',
  ':',
  ';',
  "'",
  '’',
  '‘',
  '·',
  '‧',
  '․',
  '-',
  '/',
  '&',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '“',
  '”',
  '„',
  '…',
  '€',
  '×',
  '!',
  '(',
  ')',
  '%',
  '"',
  '–',
  '—',
];

describe('Latin word scanner', () => {
  it('finds the word-like segments ICU finds, for any text of the characters it knows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(latinWords(text)).toEqual(icuWords(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('joins numbers and abbreviations as ICU does', () => {
    const text = 'In 2.500.000 gevallen, 1,5 keer e.g. zo’n a:b 1:2 3;4 x.1';
    const words = latinWords(text)?.map((w) => text.slice(w.start, w.end));
    expect(words).toEqual([
      'In',
      '2.500.000',
      'gevallen',
      '1,5',
      'keer',
      'e.g',
      'zo’n',
      'a:b',
      '1',
      '2',
      '3;4',
      'x',
      '1',
    ]);
    expect(latinWords(text)).toEqual(icuWords(text));
  });

  it('leaves text with characters outside its table to ICU', () => {
    for (const text of ['snake_case', 'e\u0301', 'zee\u00adhaven', 'Москва', '😀', 'a\u200db', 'µm']) {
      expect(latinWords(text)).toBeNull();
    }
  });
});
