import { describe, expect, it } from 'vitest';
import {
  clauseAt,
  paragraphStep,
  sentenceAt,
  sentenceStep,
} from '../../../src-renderer/editor/text-units.ts';

const TEXT =
  'Eerste zin. Tweede zin, met een bijzin; en meer.\n\n' +
  'De VS hebben momenteel 2.500 militairen. Dat kost 2,5 miljard - per jaar (ongeveer).\n\n' +
  'Slot.';
const at = (s: string) => TEXT.indexOf(s);
const cut = (r: { start: number; end: number } | null) => (r ? TEXT.slice(r.start, r.end) : null);

describe('sentences and clauses of the article text', () => {
  it('finds the sentence around the caret, without its trailing space', () => {
    expect(cut(sentenceAt(TEXT, at('zin, met')))).toBe('Tweede zin, met een bijzin; en meer.');
    expect(cut(sentenceAt(TEXT, at('2.500')))).toBe('De VS hebben momenteel 2.500 militairen.');
  });

  it('steps from sentence start to sentence start across paragraphs, both ways', () => {
    const starts: number[] = [];
    for (let o: number | null = 0; o !== null; o = sentenceStep(TEXT, o, 1)) starts.push(o);
    expect(starts.map((s) => TEXT.slice(s, s + 6))).toEqual([
      'Eerste',
      'Tweede',
      'De VS ',
      'Dat ko',
      'Slot.',
    ]);
    expect(sentenceStep(TEXT, at('Dat kost') + 3, -1)).toBe(at('Dat kost'));
    expect(sentenceStep(TEXT, at('Dat kost'), -1)).toBe(at('De VS'));
    expect(sentenceStep(TEXT, at('De VS'), -1)).toBe(at('Tweede'));
    expect(sentenceStep(TEXT, 0, -1)).toBeNull();
  });

  it('a clause ends at a comma, semicolon, colon, spaced dash or parenthesis, not inside "2,5"', () => {
    expect(cut(clauseAt(TEXT, at('met een')))).toBe('met een bijzin');
    expect(cut(clauseAt(TEXT, at('en meer')))).toBe('en meer.');
    expect(cut(clauseAt(TEXT, at('2,5')))).toBe('Dat kost 2,5 miljard');
    expect(cut(clauseAt(TEXT, at('per jaar')))).toBe('per jaar');
    expect(cut(clauseAt(TEXT, at('ongeveer')))).toBe('ongeveer');
  });

  it('steps by paragraph', () => {
    expect(paragraphStep(TEXT, 3, 1)).toBe(at('De VS'));
    expect(paragraphStep(TEXT, at('De VS'), 1)).toBe(at('Slot'));
    expect(paragraphStep(TEXT, at('Slot') + 2, -1)).toBe(at('Slot'));
    expect(paragraphStep(TEXT, at('Slot'), -1)).toBe(at('De VS'));
    expect(paragraphStep(TEXT, at('De VS'), -1)).toBe(0);
    expect(paragraphStep(TEXT, at('Slot'), 1)).toBe(TEXT.length);
  });
});
