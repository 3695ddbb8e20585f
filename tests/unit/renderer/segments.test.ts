import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../../src-renderer/editor/segments.ts';

const TEXT = 'De VS hebben momenteel 2.500 militairen.\n\nTweede alinea\nmet regel.';

describe('buildParagraphs', () => {
  it('covers every character exactly once, separators included', () => {
    const paragraphs = buildParagraphs(TEXT, []);
    expect(paragraphs.map((p) => TEXT.slice(p.start, p.end))).toEqual([
      'De VS hebben momenteel 2.500 militairen.',
      'Tweede alinea\nmet regel.',
    ]);
    const rebuilt = paragraphs
      .map((p) => p.pieces.map((x) => (x.kind === 'break' ? '\n' : TEXT.slice(x.start, x.end))).join(''))
      .join('\n\n');
    expect(rebuilt).toBe(TEXT);
  });

  it('flattens nested spans into pieces that list every covering span, outermost first', () => {
    const event = { id: 1, start: 0, end: 39 };
    const actor = { id: 2, start: 0, end: 5 };
    const number = { id: 3, start: 23, end: 28 };
    const [first] = buildParagraphs(TEXT, [number, actor, event]);
    const pieces = (first?.pieces ?? []).map((p) =>
      p.kind === 'text' ? [TEXT.slice(p.start, p.end), p.ids] : ['\n', []],
    );
    expect(pieces).toEqual([
      ['De VS', [1, 2]],
      [' hebben momenteel ', [1]],
      ['2.500', [1, 3]],
      [' militairen', [1]],
      ['.', []],
    ]);
  });

  it('draws a discontinuous span on its fragments only, not on the gap between them', () => {
    const hebben = TEXT.indexOf('hebben');
    const militairen = TEXT.indexOf('militairen');
    const event = {
      id: 1,
      start: hebben,
      end: militairen + 10,
      fragments: [
        [hebben, hebben + 6],
        [militairen, militairen + 10],
      ] as [number, number][],
    };
    const number = { id: 2, start: 23, end: 28 };
    const [first] = buildParagraphs(TEXT, [event, number]);
    const pieces = (first?.pieces ?? []).map((p) =>
      p.kind === 'text' ? [TEXT.slice(p.start, p.end), p.ids] : ['\n', []],
    );
    expect(pieces).toEqual([
      ['De VS ', []],
      ['hebben', [1]],
      [' momenteel ', []],
      ['2.500', [2]],
      [' ', []],
      ['militairen', [1]],
      ['.', []],
    ]);
  });

  it('splits a span that crosses paragraphs into both', () => {
    const across = { id: 9, start: TEXT.indexOf('militairen'), end: TEXT.indexOf('inea') };
    const paragraphs = buildParagraphs(TEXT, [across]);
    const covered = paragraphs.flatMap((p) => p.pieces).filter((p) => p.kind === 'text' && p.ids.includes(9));
    expect(covered.map((p) => (p.kind === 'text' ? TEXT.slice(p.start, p.end) : ''))).toEqual([
      'militairen.',
      'Tweede al',
    ]);
  });
});
