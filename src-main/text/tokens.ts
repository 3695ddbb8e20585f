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
 *
 * Scanned by character code, not by one-character strings and regular
 * expressions: the token formats' exports spend most of their time here.
 * token-offsets.ts gives the same tokens as flat offset arrays, and cuts them.
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
 * white space and U+001C–U+001F and U+0085 are. Every one is in the Basic
 * Multilingual Plane, so one UTF-16 unit is one character here.
 */
const SPACE_CODES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
  0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
const SPACE_SET = new Set(SPACE_CODES);

/** Whether the UTF-16 unit `code` is white space (SPACE_CODES). */
export function isSpaceCode(code: number): boolean {
  if (code > 0x20 && code < 0x85) return false;
  return SPACE_SET.has(code);
}

/** The same as a character class, for tests of one character. */
export const SPACE = new RegExp(
  `[${SPACE_CODES.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'u',
);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** True when [from, to) of `text` is printable ASCII only: one grapheme a character. */
function printableAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** Graphemes of a stretch without white space that holds no word, as tokens. */
function graphemeTokens(text: string, from: number, to: number, out: Token[]): void {
  // No segmenter needed for "." or ",".
  if (printableAscii(text, from, to)) {
    for (let i = from; i < to; i++) out.push({ start: i, end: i + 1 });
    return;
  }
  for (const g of graphemes.segment(text.slice(from, to))) {
    out.push({ start: from + g.index, end: from + g.index + g.segment.length });
  }
}

/** The graphemes of each stretch of [from, to) without white space, as tokens. */
function gapTokens(text: string, from: number, to: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    let end = i;
    while (end < to && !isSpaceCode(text.charCodeAt(end))) end++;
    if (end > i) graphemeTokens(text, i, end, out);
    i = end;
  }
}

function holdsSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** Tokens of [from, to) of `text`, added to `out`: its words, and every other grapheme that is not white space. */
function tokensIn(text: string, from: number, to: number, out: Token[]): void {
  const whole = from === 0 && to === text.length;
  let at = from;
  for (const w of wordsOf(whole ? text : text.slice(from, to))) {
    const start = from + w.start;
    gapTokens(text, at, start, out);
    at = from + w.end;
    // ICU joins "2\u202f500" into one word; a token never holds white space.
    if (!holdsSpace(text, start, at)) {
      out.push({ start, end: at });
      continue;
    }
    let i = start;
    while (i < at) {
      while (i < at && isSpaceCode(text.charCodeAt(i))) i++;
      let end = i;
      while (end < at && !isSpaceCode(text.charCodeAt(end))) end++;
      if (end > i) tokensIn(text, i, end, out);
      i = end;
    }
  }
  gapTokens(text, at, to, out);
}

/**
 * Adds to `out` the tokens of [from, to), a piece of a token a cut fell inside:
 * split until each, alone, tokenizes to itself.
 */
export function settle(text: string, from: number, to: number, out: Token[]): void {
  const tokens: Token[] = [];
  tokensIn(text, from, to, tokens);
  const only = tokens[0];
  if (tokens.length === 1 && only) {
    out.push(only);
    return;
  }
  for (const t of tokens) settle(text, t.start, t.end, out);
}

/**
 * The tokens of `text` before any cut, for any text: ICU's words where the
 * text holds more than Latin letters, digits and punctuation. The exports
 * read them as token-offsets.ts gives them.
 */
export function baseTokens(text: string): Token[] {
  const tokens: Token[] = [];
  tokensIn(text, 0, text.length, tokens);
  return tokens;
}
