import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseTokenOffsets, tokenize } from '../../../src-main/text/token-offsets.ts';
import { baseTokens } from '../../../src-main/text/tokens.ts';

const offsets = (text: string, cuts: number[] = []) => tokenize(text, cuts).map((t) => [t.start, t.end]);
const flat = (text: string) => {
  const { starts, ends, count } = baseTokenOffsets(text);
  return Array.from({ length: count }, (_, i) => ({ start: starts[i], end: ends[i] }));
};

/**
 * Texts and cuts with the tokens the tokenizer gave before it wrote flat
 * offset arrays (session 16's tokens.ts): the exports must not change.
 */
const BEFORE: [string, number[], number[][]][] = [
  [
    'Crème brûlée in Zuid-Holland: één ĳsje, geëist door Désirée.',
    [],
    [
      [0, 5],
      [6, 12],
      [13, 15],
      [16, 28],
      [28, 29],
      [30, 33],
      [34, 38],
      [38, 39],
      [40, 46],
      [47, 51],
      [52, 59],
      [59, 60],
    ],
  ],
  [
    'Top 👍🏽 en 👨‍👩‍👧 in 𝔘nicode!',
    [],
    [
      [0, 3],
      [4, 8],
      [9, 11],
      [12, 20],
      [21, 23],
      [24, 32],
      [32, 33],
    ],
  ],
  [
    'Er waren 2.500 militairen, 1,5 procent.',
    [],
    [
      [0, 2],
      [3, 8],
      [9, 14],
      [15, 25],
      [25, 26],
      [27, 30],
      [31, 38],
      [38, 39],
    ],
  ],
  [
    'Er waren 2.500 militairen.',
    [10],
    [
      [0, 2],
      [3, 8],
      [9, 10],
      [10, 11],
      [11, 14],
      [15, 25],
      [25, 26],
    ],
  ],
  [
    "De ’s avonds en 's nachts: ’t huis, 'gevechtsmissie'.",
    [],
    [
      [0, 2],
      [3, 5],
      [6, 12],
      [13, 15],
      [16, 18],
      [19, 25],
      [25, 26],
      [27, 29],
      [30, 34],
      [34, 35],
      [36, 37],
      [37, 51],
      [51, 52],
      [52, 53],
    ],
  ],
  [
    'Midden-Oosten en al-Kazimi, Kramp-Karrenbauer.',
    [13, 23],
    [
      [0, 13],
      [14, 16],
      [17, 23],
      [23, 26],
      [26, 27],
      [28, 45],
      [45, 46],
    ],
  ],
  [
    '  veel   witruimte\t\ten\n\n  regels  ',
    [],
    [
      [2, 6],
      [9, 18],
      [20, 22],
      [26, 32],
    ],
  ],
  ['', [], []],
  [
    'Café’s en 3,5 km², € 2.500,-',
    [5],
    [
      [0, 4],
      [4, 5],
      [5, 6],
      [7, 9],
      [10, 13],
      [14, 16],
      [16, 17],
      [17, 18],
      [19, 20],
      [21, 26],
      [26, 27],
      [27, 28],
    ],
  ],
];

/** What Dutch news is written in, and a few characters that send the tokenizer to ICU. */
const CHARS = [
  'a',
  'Z',
  'ë',
  'é',
  'ĳ',
  's',
  't',
  '1',
  '0',
  '.',
  ',',
  ':',
  ';',
  "'",
  '’',
  '‘',
  '-',
  '‐',
  '/',
  '&',
  ' ',
  '\n',
  '\t',
  '\r',
  '\u00a0',
  '“',
  '„',
  '…',
  '€',
  '"',
  '(',
  '–',
  '²',
  '_',
  '😀',
  '\u0301',
];

describe('the tokenizer as flat offsets', () => {
  it.each(BEFORE)('gives %j, cut at %j, the tokens it gave before', (text, cuts, tokens) => {
    expect(offsets(text, cuts)).toEqual(tokens);
  });

  it('gives the same tokens as the general tokenizer for any text, Latin or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(flat(text)).toEqual(baseTokens(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts tokens into pieces that, joined by spaces, tokenize to themselves again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }),
        fc.array(fc.nat(30), { maxLength: 4 }),
        (chars, cuts) => {
          const text = chars.join('');
          const words = offsets(text, cuts).map(([a, b]) => text.slice(a, b));
          const rebuilt = words.join(' ');
          expect(offsets(rebuilt).map(([a, b]) => rebuilt.slice(a, b))).toEqual(words);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
