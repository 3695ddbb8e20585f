/**
 * The tokens of tokens.ts as two flat arrays of UTF-16 offsets, for the token
 * formats' exports: no object per token. Text written only in what
 * latin-words.ts knows (Latin letters, digits, punctuation, white space: the
 * usual Dutch article) is scanned in one pass by character code, with the
 * rules of words.ts (pieces joined by a connector, a clitic's apostrophe);
 * any other text is tokenized by baseTokens, the general path, and copied.
 */
import { classOf, DIGIT, LETTER, pieceEnd, UNKNOWN } from './latin-words.ts';
import { baseTokens, isSpaceCode, settle, type Token } from './tokens.ts';
import { joinsPieces, opensClitic } from './words.ts';

/**
 * Token i is [starts[i], ends[i]) of the text, for i below `count`. Arrays of
 * small integers, not typed arrays: a typed array of a document's size has
 * its memory outside the heap, and allocating it cost more than the scan.
 */
export interface TokenOffsets {
  starts: number[];
  ends: number[];
  count: number;
}

const empty = (): TokenOffsets => ({ starts: [], ends: [], count: 0 });

function push(tokens: TokenOffsets, start: number, end: number): void {
  tokens.starts.push(start);
  tokens.ends.push(end);
  tokens.count++;
}

/**
 * baseTokens for Latin text, or null where the text holds a character
 * latin-words.ts does not know. There every character that is neither white
 * space nor in a word is one grapheme, so a token of its own.
 */
function latinTokens(text: string): TokenOffsets | null {
  const tokens = empty();
  const { starts, ends } = tokens;
  /** Where the last word ends (a piece one connector after it joins it), or -1. */
  let wordEnd = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if (c === UNKNOWN) return null;
    if (c !== LETTER && c !== DIGIT) {
      if (!isSpaceCode(code)) push(tokens, i, i + 1);
      i++;
      continue;
    }
    const end = pieceEnd(text, i, c);
    if (end < 0) return null;
    const last = tokens.count - 1;
    if (last >= 1 && ends[last - 1] === wordEnd && joinsPieces(text, wordEnd, i)) {
      // The connector went out as a token of its own: the word takes it and this piece.
      starts.pop();
      ends.pop();
      tokens.count = last;
      ends[last - 1] = end;
    } else if (last >= 0 && opensClitic(text, i)) {
      // So did the apostrophe, just before: it starts the word.
      ends[last] = end;
    } else push(tokens, i, end);
    wordEnd = end;
    i = end;
  }
  return tokens;
}

function fromTokens(list: readonly Token[]): TokenOffsets {
  const tokens = empty();
  for (const t of list) push(tokens, t.start, t.end);
  return tokens;
}

/** The tokens of `text` before any cut (baseTokens), as offsets. */
export function baseTokenOffsets(text: string): TokenOffsets {
  return latinTokens(text) ?? fromTokens(baseTokens(text));
}

/**
 * Adds the tokens of [from, to), a piece of a token a cut fell inside, to
 * `out`: tokens.ts's settle, with a Latin piece scanned here.
 */
function settleInto(text: string, from: number, to: number, out: TokenOffsets): void {
  const tokens = latinTokens(text.slice(from, to));
  if (!tokens) {
    const settled: Token[] = [];
    settle(text, from, to, settled);
    for (const t of settled) push(out, t.start, t.end);
    return;
  }
  for (let i = 0; i < tokens.count; i++) {
    const start = from + (tokens.starts[i] ?? 0);
    const end = from + (tokens.ends[i] ?? 0);
    if (tokens.count === 1) push(out, start, end);
    else settleInto(text, start, end, out);
  }
}

/** Whether one of `sorted` falls inside a token of `base`, not at its edge. */
function cutsInside(base: TokenOffsets, sorted: readonly number[]): boolean {
  let t = 0;
  for (const cut of sorted) {
    while (t < base.count && (base.ends[t] ?? 0) <= cut) t++;
    if (t < base.count && (base.starts[t] ?? 0) < cut) return true;
  }
  return false;
}

/**
 * `base` (baseTokenOffsets of `text`) with `cuts` (UTF-16 offsets, any order,
 * repeats allowed) splitting the tokens they fall inside; `base` itself when
 * none does (span edges nearly always fall between tokens), not to be changed.
 */
export function cutTokenOffsets(text: string, base: TokenOffsets, cuts: ArrayLike<number>): TokenOffsets {
  const sorted = Array.from(cuts).sort((a, b) => a - b);
  if (!cutsInside(base, sorted)) return base;
  const tokens = empty();
  let c = 0;
  for (let t = 0; t < base.count; t++) {
    const start = base.starts[t] ?? 0;
    const end = base.ends[t] ?? 0;
    while (c < sorted.length && (sorted[c] ?? 0) <= start) c++;
    if (c >= sorted.length || (sorted[c] ?? 0) >= end) {
      push(tokens, start, end);
      continue;
    }
    let from = start;
    for (; c < sorted.length && (sorted[c] ?? 0) < end; c++) {
      const cut = sorted[c] ?? from;
      settleInto(text, from, cut, tokens);
      from = cut;
    }
    settleInto(text, from, end, tokens);
  }
  return tokens;
}

/** Tokens of `text` as objects, `cuts` (UTF-16 offsets) splitting the tokens they fall inside. */
export function tokenize(text: string, cuts: ArrayLike<number> = []): Token[] {
  const tokens = cutTokenOffsets(text, baseTokenOffsets(text), cuts);
  return Array.from({ length: tokens.count }, (_, i) => ({
    start: tokens.starts[i] ?? 0,
    end: tokens.ends[i] ?? 0,
  }));
}
