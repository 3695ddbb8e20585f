import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src-main/text/sentences.ts';
import { baseTokenOffsets, cutTokenOffsets, tokenize } from '../../../src-main/text/token-offsets.ts';

const words = (text: string, cuts: number[] = []) =>
  tokenize(text, cuts).map((t) => text.slice(t.start, t.end));
const offsetsOf = (text: string, cuts: number[] = []) => cutTokenOffsets(text, baseTokenOffsets(text), cuts);
const sentences = (text: string) => {
  const tokens = tokenize(text);
  return splitSentences(text, offsetsOf(text), () => false).map(([a, b]) =>
    tokens
      .slice(a, b)
      .map((t) => text.slice(t.start, t.end))
      .join(' '),
  );
};

describe('the Dutch tokenizer', () => {
  it('keeps numbers, hyphenated names and clitics whole, as the editor snaps', () => {
    expect(
      words("Er waren 2.500 militairen, 1,5 procent; al-Kazimi in het Midden-Oosten ’s avonds en 's nachts."),
    ).toEqual([
      'Er',
      'waren',
      '2.500',
      'militairen',
      ',',
      '1,5',
      'procent',
      ';',
      'al-Kazimi',
      'in',
      'het',
      'Midden-Oosten',
      '’s',
      'avonds',
      'en',
      "'s",
      'nachts',
      '.',
    ]);
  });

  it('keeps an emoji whole, and never makes white space or a line break a token', () => {
    expect(words('Top 👍🏽 en 👨‍👩‍👧!\nNieuwe\r\nregel\u2028hier\u00a0en\tdaar')).toEqual([
      'Top',
      '👍🏽',
      'en',
      '👨‍👩‍👧',
      '!',
      'Nieuwe',
      'regel',
      'hier',
      'en',
      'daar',
    ]);
  });

  it("separates tokens at every character Python's str.split() splits on, and only there", () => {
    const python = [
      0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
      0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    ];
    for (const c of python) expect(words(`ab${String.fromCharCode(c)}cd`)).toEqual(['ab', 'cd']);
    expect(words('ab\ufeffcd').join('')).toBe('ab\ufeffcd');
  });

  it('leaves quotes and brackets out of words', () => {
    expect(words("hun 'gevechtsmissie' (’s) „Ja”")).toEqual([
      'hun',
      "'",
      'gevechtsmissie',
      "'",
      '(',
      '’',
      's',
      ')',
      '„',
      'Ja',
      '”',
    ]);
  });

  it('splits a token where a span edge falls inside it, into tokens that stay tokens', () => {
    expect(words('2.500 militairen', [1])).toEqual(['2', '.', '500', 'militairen']);
    expect(words('al-Kazimi zei', [3])).toEqual(['al', '-', 'Kazimi', 'zei']);
    expect(words('Kramp-Karrenbauer', [5])).toEqual(['Kramp', '-', 'Karrenbauer']);
  });

  it('leaves the tokens as they are for cuts at their edges, in white space or past the end', () => {
    const text = 'De VS hebben  2.500 militairen.';
    const base = baseTokenOffsets(text);
    const edges = [0, 2, 3, 5, 6, 12, 13, 14, 19, 30, 31, 40];
    expect(words(text, edges)).toEqual(words(text));
    const cut = cutTokenOffsets(text, base, edges);
    expect([cut.starts, cut.ends, cut.count]).toEqual([base.starts, base.ends, base.count]);
    expect(words(text, [...edges, 8])).toEqual(['De', 'VS', 'he', 'bben', '2.500', 'militairen', '.']);
  });

  it('gives back the same tokens from the tokens joined by spaces', () => {
    const text = "Premier al-Kazimi zei ’s avonds (’s) dat 2.500 👍🏽 man 'vertrekt'. o.a. bijv. e\u0301n";
    for (const cut of [...Array(text.length).keys()]) {
      const once = words(text, [cut]);
      expect(words(once.join(' '))).toEqual(once);
    }
  });
});

describe('Dutch sentence splitting', () => {
  it('ends sentences at . ! ? before a capital, not after abbreviations or inside numbers', () => {
    expect(
      sentences(
        'Er waren o.a. 2.500 militairen. Dat zei mr. Rutte bijv. gisteren tegen dr. Jansen. Weg?! Nee. J. Smith kwam. De VS. Daarna',
      ),
    ).toEqual([
      'Er waren o.a . 2.500 militairen .',
      'Dat zei mr . Rutte bijv . gisteren tegen dr . Jansen .',
      'Weg ? !',
      'Nee .',
      'J . Smith kwam .',
      'De VS .',
      'Daarna',
    ]);
  });

  it('keeps a closing quote with its sentence and ends a sentence at a line break', () => {
    expect(sentences('Hij zei: "Wat?" en ging. “Ja.” Hij\nvertrok')).toEqual([
      'Hij zei : " Wat ? " en ging .',
      '“ Ja . ”',
      'Hij',
      'vertrok',
    ]);
  });

  it('does not end a sentence inside a number split by a span edge', () => {
    const text = 'Er waren 2.500 man. 35 gingen weg.';
    const tokens = tokenize(text, [10]);
    const split = splitSentences(text, offsetsOf(text, [10]), () => false);
    expect(
      split.map(([a, b]) =>
        tokens
          .slice(a, b)
          .map((t) => text.slice(t.start, t.end))
          .join(' '),
      ),
    ).toEqual(['Er waren 2 . 500 man .', '35 gingen weg .']);
  });

  it('never ends a sentence inside a span the caller keeps', () => {
    const text = 'Het ging. Toen\nniet.';
    const split = splitSentences(text, offsetsOf(text), (i) => i === 2 || i === 3);
    expect(split).toEqual([[0, 6]]);
  });
});
