/**
 * The Dutch tokenizer shared by CoNLL-2002 and Prodigy. Tokens are the words
 * of `wordsOf` (the editor's snapping rule: "2.500", "1,5", "al-Kazimi",
 * "Midden-Oosten", "’s" stay whole) and every other character that is not
 * white space as a token of its own (a grapheme: an emoji with its modifiers
 * stays one token). White space and line breaks only separate tokens.
 *
 * A cut (a span's edge) inside a token splits it there. Every token is
 * "settled": tokenized alone it gives itself, so tokens joined by single
 * spaces (what a CoNLL import rebuilds) tokenize back to the same tokens.
 */
import { wordsOf } from './words.ts';

export interface Token {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

/** White space for JavaScript and for Python's `str.split()`: a token holds none. */
export const SPACE = new RegExp(`[\\s${String.fromCharCode(0x1c, 0x1d, 0x1e, 0x1f, 0x85)}]`, 'u');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Tokens of a stretch without white space: its words, and each other grapheme alone. */
function runTokens(text: string, from: number, to: number): Token[] {
  const run = text.slice(from, to);
  const tokens: Token[] = [];
  let at = 0;
  const rest = (until: number) => {
    for (const g of graphemes.segment(run.slice(at, until))) {
      const start = from + at + g.index;
      tokens.push({ start, end: start + g.segment.length });
    }
  };
  for (const w of wordsOf(run)) {
    rest(w.start);
    tokens.push({ start: from + w.start, end: from + w.end });
    at = w.end;
  }
  rest(run.length);
  return tokens;
}

/** Splits [from, to) into tokens that each tokenize to themselves when alone. */
function settle(text: string, from: number, to: number, out: Token[]): void {
  const tokens = runTokens(text, from, to);
  const only = tokens[0];
  if (tokens.length === 1 && only) {
    out.push(only);
    return;
  }
  for (const t of tokens) settle(text, t.start, t.end, out);
}

/**
 * Tokens of `text` in UTF-16 offsets. `cuts` (UTF-16 offsets, any order) split
 * the tokens they fall inside.
 */
export function tokenize(text: string, cuts: Iterable<number> = []): Token[] {
  const cutSet = new Set(cuts);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i] ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && !SPACE.test(text[end] ?? '')) end++;
    for (const t of runTokens(text, i, end)) {
      let from = t.start;
      for (let c = t.start + 1; c < t.end; c++) {
        if (!cutSet.has(c)) continue;
        settle(text, from, c, tokens);
        from = c;
      }
      settle(text, from, t.end, tokens);
    }
    i = end;
  }
  return tokens;
}
