/**
 * The Dutch tokenizer shared by CoNLL-2002 and Prodigy. Tokens are the words
 * of `wordsOf` (the editor's snapping rule: "2.500", "1,5", "al-Kazimi",
 * "Midden-Oosten", "’s" stay whole) and every other character that is not
 * white space as a token of its own (a grapheme: an emoji with its modifiers
 * stays one token). White space and line breaks only separate tokens.
 *
 * A cut (a span's edge) inside a token splits it there, and each piece is
 * tokenized again until every token, alone, tokenizes to itself ("2" ".500"
 * becomes "2" "." "500"), so tokens joined by single spaces (the text a CoNLL
 * import rebuilds) tokenize back to the same tokens.
 */
import { wordsOf } from './words.ts';

export interface Token {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

/**
 * White space as Python's `str.isspace()` sees it (what `str.split()` splits
 * CoNLL lines on): a token holds none. Unlike JavaScript's `\s`, U+FEFF is not
 * white space and U+001C–U+001F and U+0085 are.
 */
export const SPACE = new RegExp(
  `[\t\n\v\f\r ${String.fromCharCode(0x1c, 0x1d, 0x1e, 0x1f, 0x85)}\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]`,
  'u',
);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Graphemes of a stretch without white space that holds no word, as tokens. */
function graphemeTokens(text: string, from: number, to: number, out: Token[]): void {
  // Printable ASCII is one grapheme a character: no segmenter needed for "." or ",".
  if (/^[\x21-\x7e]*$/.test(text.slice(from, to))) {
    for (let i = from; i < to; i++) out.push({ start: i, end: i + 1 });
    return;
  }
  for (const g of graphemes.segment(text.slice(from, to))) {
    out.push({ start: from + g.index, end: from + g.index + g.segment.length });
  }
}

/** The stretches of [from, to) without white space. */
function runs(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < to) {
    while (i < to && SPACE.test(text[i] ?? '')) i++;
    let end = i;
    while (end < to && !SPACE.test(text[end] ?? '')) end++;
    if (end > i) out.push([i, end]);
    i = end;
  }
  return out;
}

/** Tokens of [from, to) of `text`: its words, and every other grapheme that is not white space. */
function tokensIn(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const gap = (a: number, b: number) => {
    for (const [i, end] of runs(text, a, b)) graphemeTokens(text, i, end, tokens);
  };
  const piece = text.slice(from, to);
  let at = from;
  for (const w of wordsOf(piece)) {
    gap(at, from + w.start);
    at = from + w.end;
    // ICU joins "2\u202f500" into one word; a token never holds white space.
    if (!SPACE.test(piece.slice(w.start, w.end))) tokens.push({ start: from + w.start, end: at });
    else for (const run of runs(text, from + w.start, at)) tokens.push(...tokensIn(text, run[0], run[1]));
  }
  gap(at, to);
  return tokens;
}

/** Splits a piece of a cut token into tokens that each tokenize to themselves when alone. */
function settle(text: string, from: number, to: number, out: Token[]): void {
  const tokens = tokensIn(text, from, to);
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
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const tokens: Token[] = [];
  let c = 0;
  for (const t of tokensIn(text, 0, text.length)) {
    while (c < sorted.length && (sorted[c] ?? 0) <= t.start) c++;
    if (c >= sorted.length || (sorted[c] ?? 0) >= t.end) {
      tokens.push(t);
      continue;
    }
    let from = t.start;
    for (; c < sorted.length && (sorted[c] ?? 0) < t.end; c++) {
      settle(text, from, sorted[c] ?? from, tokens);
      from = sorted[c] ?? from;
    }
    settle(text, from, t.end, tokens);
  }
  return tokens;
}
