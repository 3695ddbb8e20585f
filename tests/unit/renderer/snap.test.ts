import { describe, expect, it } from 'vitest';
import { nextWordEdge, snapToWords, trimSelection, wordsOf } from '../../../src-renderer/editor/snap.ts';

const snapped = (text: string, from: string, length = from.length) => {
  const start = text.indexOf(from);
  const r = snapToWords(text, start, start + length);
  return r ? text.slice(r.start, r.end) : null;
};

describe('snapping to Dutch words', () => {
  it('keeps numbers, hyphenated names and clitics whole', () => {
    const text =
      'De VS hebben momenteel 2.500 militairen; premier al-Kazimi en Kramp-Karrenbauer zagen ’s avonds 3,5 procent.';
    expect(snapped(text, '2.5', 2)).toBe('2.500');
    expect(snapped(text, '500', 1)).toBe('2.500');
    expect(snapped(text, 'Kaz', 2)).toBe('al-Kazimi');
    expect(snapped(text, 'al-', 1)).toBe('al-Kazimi');
    expect(snapped(text, 'Karren', 3)).toBe('Kramp-Karrenbauer');
    expect(snapped(text, '’s', 2)).toBe('’s');
    expect(snapped(text, 's avonds', 4)).toBe('’s avonds');
    expect(snapped(text, ',5', 1)).toBe('3,5');
  });

  it('leaves opening and closing quotes out of the word', () => {
    const text =
      "hun 'gevechtsmissie' beëindigen om een 'nieuwe fase' in te gaan. 'We zullen er zijn.' Een ‘strijder’ zei: 'tis goed.";
    expect(snapped(text, 'gevechts')).toBe('gevechtsmissie');
    expect(snapped(text, 'missie')).toBe('gevechtsmissie');
    expect(snapped(text, "'gevechtsmissie'")).toBe("'gevechtsmissie'");
    expect(snapped(text, 'nieuwe fa', 9)).toBe('nieuwe fase');
    expect(snapped(text, 'We', 1)).toBe('We');
    expect(snapped(text, 'We zul', 6)).toBe('We zullen');
    expect(snapped(text, 'strij', 3)).toBe('strijder');
    expect(snapped(text, 'tis', 1)).toBe('tis');
  });

  it("gives the apostrophe to the clitics 's 't 'n 'k 'm 'r 'ns, with ' and ’", () => {
    for (const q of ["'", '’']) {
      for (const clitic of ['s', 't', 'n', 'k', 'm', 'r', 'ns']) {
        const text = `Zo ${q}${clitic} avond`;
        expect(snapped(text, clitic, 1)).toBe(`${q}${clitic}`);
        expect(snapped(text, `${clitic} av`)).toBe(`${q}${clitic} avond`);
      }
      const place = `naar ${q}s-Gravenhage`;
      expect(snapped(place, 'Graven', 2)).toBe(`${q}s-Gravenhage`);
      expect(snapped(`${q}t Is zo`, 't', 1)).toBe(`${q}t`);
    }
    expect(snapped("Amerika's leger en z'n vrouw", 'Amer', 2)).toBe("Amerika's");
    expect(snapped("Amerika's leger en z'n vrouw", 'z', 1)).toBe("z'n");
  });

  it('grows a selection inside two words to both, and drops white space at the edges', () => {
    const text = 'De Verenigde Staten zullen';
    expect(snapped(text, 'nigde Sta', 9)).toBe('Verenigde Staten');
    expect(snapped(text, ' Staten ', 8)).toBe('Staten');
  });

  it('does not swallow sentence punctuation', () => {
    const text = 'Dat zei Biden. Daarna vertrok hij.';
    expect(snapped(text, 'Bide', 4)).toBe('Biden');
    expect(wordsOf(text).map((w) => text.slice(w.start, w.end))).toEqual([
      'Dat',
      'zei',
      'Biden',
      'Daarna',
      'vertrok',
      'hij',
    ]);
  });

  it('returns null for white space only, and exact mode only trims', () => {
    expect(snapToWords('a   b', 1, 4)).toBeNull();
    expect(trimSelection('De VS hebben', 1, 5)).toEqual({ start: 1, end: 5 });
    expect(trimSelection('  ', 0, 2)).toBeNull();
  });

  it('finds the next and previous word edges', () => {
    const text = 'een twee drie';
    const words = wordsOf(text);
    expect(nextWordEdge(words, 3, 1, 'end')).toBe(8);
    expect(nextWordEdge(words, 8, -1, 'end')).toBe(3);
    expect(nextWordEdge(words, 4, 1, 'start')).toBe(9);
  });

  it('segments only around the selection, with the same words as the whole text', () => {
    const sentence = 'Premier al-Kazimi telde ’s avonds 2.500 militairen in Irak. ';
    const text = sentence.repeat(2000);
    const all = wordsOf(text);
    const at = sentence.length * 1500 + sentence.indexOf('2.500') + 2;
    const local = wordsOf(text, at - 30, at + 30);
    expect(local.length).toBeLessThan(20);
    for (const w of local) expect(all).toContainEqual(w);
    const r = snapToWords(text, at, at + 1);
    expect(r && text.slice(r.start, r.end)).toBe('2.500');
    const k = sentence.length * 1999 + sentence.indexOf('Kazimi') + 1;
    const s = snapToWords(text, k - 9, k);
    expect(s && text.slice(s.start, s.end)).toBe('Premier al-Kazimi');
  });
});
