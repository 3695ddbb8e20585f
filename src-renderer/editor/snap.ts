import { wordsOf, type Word } from '../../src-main/text/words.ts';

export { wordsOf };

/**
 * Grows [start, end) to whole words: a selection that starts or ends inside a
 * word takes the whole word. Leading and trailing white space is dropped.
 * Returns null when nothing but white space is selected.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
  words?: readonly Word[],
): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (s >= e) return null;
  // Only the words at the two edges matter.
  for (const w of words ?? [...wordsOf(text, s, s), ...wordsOf(text, e, e)]) {
    if (w.start < s && s < w.end) s = w.start;
    if (w.start < e && e < w.end) e = w.end;
  }
  return { start: s, end: e };
}

/** Trims white space only: for the "exact characters" mode. */
export function trimSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = Math.min(start, end);
  let e = Math.max(start, end);
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : null;
}

/** The edge of the next or previous word from `offset`, for keyboard resizing. */
export function nextWordEdge(
  words: readonly Word[],
  offset: number,
  direction: 1 | -1,
  edge: 'start' | 'end',
): number {
  const edges = words.map((w) => w[edge]);
  if (direction > 0) return edges.find((x) => x > offset) ?? offset;
  return [...edges].reverse().find((x) => x < offset) ?? offset;
}
