import { ARTICLE_LANG } from './language.ts';
import { latinWords } from './latin-words.ts';

/**
 * Dutch words: the one rule behind the editor's snapping and the tokenizer of
 * the token-based formats (CoNLL-2002, Prodigy). Intl.Segmenter('nl') splits
 * "2.500", "al-Kazimi" and "’s" into pieces; a span tagger wants them whole,
 * so word pieces joined by a connector inside a token are merged.
 */
const segmenter = new Intl.Segmenter(ARTICLE_LANG, { granularity: 'word' });

/** Characters that join two word pieces into one token when they sit between them. */
const CONNECTORS = new Set(['.', ',', '-', '‐', '‑', "'", '’', '/', '&', '_']);

/** Whether a word ending at `end` and a piece starting at `start` are one word: one connector between them. */
export const joinsPieces = (text: string, end: number, start: number): boolean =>
  start - end === 1 && CONNECTORS.has(text[end] ?? '');

/**
 * The Dutch clitics written with a leading apostrophe ('s, 't, 'n, 'k, 'm, 'r,
 * 'ns), as whole tokens: "'s-Gravenhage" starts with one, "'tis" does not.
 * Sticky: tested at the offset just past the apostrophe.
 */
const CLITIC = /(?:ns|[stnkmr])(?![\p{L}\p{N}])/uy;

/**
 * Whether the word starting at `start` takes the apostrophe before it: one
 * that opens a clitic ("’s avonds", "'t huis"), not one that opens a
 * quotation ("'gevechtsmissie'").
 */
export function opensClitic(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before !== '’' && before !== "'") return false;
  if (start - 1 !== 0 && !/\s/.test(text[start - 2] ?? '')) return false;
  CLITIC.lastIndex = start;
  return CLITIC.test(text);
}

/** ICU's word-like segments of `text`; Latin text is scanned without ICU's per-segment objects. */
function piecesOf(text: string): Word[] {
  const latin = latinWords(text);
  if (latin) return latin;
  const pieces: Word[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) pieces.push({ start: s.index, end: s.index + s.segment.length });
  }
  return pieces;
}

export interface Word {
  start: number;
  end: number;
}

/** How far a window may reach past its edges to find white space (a token never spans it). */
const REACH = 256;

/** Moves `offset` in `direction` to just past the nearest white space, at most REACH away. */
function toSpace(text: string, offset: number, direction: 1 | -1): number {
  let i = Math.max(0, Math.min(text.length, offset));
  const limit = Math.max(0, Math.min(text.length, offset + direction * REACH));
  while (i !== limit && !/\s/.test(text[direction > 0 ? i : i - 1] ?? ' ')) i += direction;
  return i;
}

/**
 * Word tokens of `text` in UTF-16 offsets, with connected pieces merged. Only
 * the part around [from, to) is segmented (widened to white space), so
 * snapping in a million-character article stays instant.
 */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const base = toSpace(text, from, -1);
  const stretch = text.slice(base, toSpace(text, to, 1));
  const pieces = piecesOf(stretch);
  for (const p of pieces) {
    p.start += base;
    p.end += base;
  }
  // The pieces are this call's own objects: merged into in place, not copied.
  const words: Word[] = [];
  for (const piece of pieces) {
    const last = words[words.length - 1];
    if (last && joinsPieces(text, last.end, piece.start)) last.end = piece.end;
    else words.push(piece);
  }
  for (const w of words) if (opensClitic(text, w.start)) w.start -= 1;
  return words;
}
