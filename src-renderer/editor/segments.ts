/**
 * Turns a text and its (overlapping, nested) annotations into what the article
 * view renders: paragraphs of flat pieces, each piece carrying every
 * annotation that covers it. Offsets are UTF-16 code units into the text, and
 * every character of the text lands in exactly one piece or separator.
 */
import { partsOf, type Fragmented } from './fragments.ts';

/** Paragraphs per chunk: the article view groups them (ChunkNode.ts). */
export const CHUNK = 20;

/**
 * A rough guess of a paragraph's height (17px Georgia at 1.9 line height in a
 * 46em column, article.css: about 90 characters and 32px a line, 17px between
 * paragraphs), used for chunks not yet laid out: it keeps the scroll bar near the truth.
 */
export const paragraphHeightEstimate = (length: number): number =>
  Math.ceil(Math.max(1, length) / 90) * 32 + 17;

export interface SpanLike extends Fragmented {
  id: number;
}

/**
 * Text order, as the session keeps annotations: by start, then end, then id.
 * The article view relies on it to find what an edit changed.
 */
export const inTextOrder = (a: SpanLike, b: SpanLike): number =>
  a.start - b.start || a.end - b.end || a.id - b.id;

/** A run of text: the annotations covering it (`ids`) and the suggestions (`sids`), outermost first. */
export type Piece =
  { kind: 'text'; start: number; end: number; ids: number[]; sids: number[] } | { kind: 'break'; at: number };

export interface Paragraph {
  /** Offset of the paragraph's first character. */
  start: number;
  end: number;
  pieces: Piece[];
}

/** Paragraphs are separated by a blank line (`\n\n`); a single `\n` is a line break inside one. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const sep = text.indexOf('\n\n', start);
    if (sep === -1) break;
    ranges.push({ start, end: sep });
    start = sep + 2;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/**
 * The spans overlapping each range in turn, found by a moving window over the
 * spans sorted by start: O(spans × overlap) for the whole text.
 */
function windowed(spans: readonly SpanLike[]): (range: { start: number; end: number }) => SpanLike[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  let first = 0;
  return (range) => {
    while (first < sorted.length && (sorted[first]?.end ?? 0) <= range.start) first++;
    const local: SpanLike[] = [];
    for (let i = first; i < sorted.length; i++) {
      const s = sorted[i];
      if (!s || s.start >= range.end) break;
      if (s.end > range.start) local.push(s);
    }
    return local;
  };
}

/**
 * Every paragraph's pieces at once, with the annotations (`spans`) and the
 * suggestions (`suggested`) over them: O(n + spans × overlap).
 */
export function buildParagraphs(
  text: string,
  spans: readonly SpanLike[],
  suggested: readonly SpanLike[] = [],
): Paragraph[] {
  const annotationsIn = windowed(spans);
  const suggestionsIn = windowed(suggested);
  return paragraphRanges(text).map((range) => ({
    ...range,
    pieces: piecesOf(text, range.start, range.end, annotationsIn(range), suggestionsIn(range)),
  }));
}

/** How far back from a range its overlapping spans may start: the longest span's length, or null when the list is not by start. */
const reaches = new WeakMap<readonly SpanLike[], number | null>();

function reachOf(spans: readonly SpanLike[]): number | null {
  let reach = reaches.get(spans);
  if (reach !== undefined) return reach;
  reach = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const before = spans[i - 1];
    if (!s) continue;
    if (before && before.start > s.start) {
      reach = null;
      break;
    }
    reach = Math.max(reach, s.end - s.start);
  }
  reaches.set(spans, reach);
  return reach;
}

/**
 * The spans overlapping `range`. A long article's tens of thousands of spans
 * and suggestions are in text order: a binary search finds the first that may
 * reach into the range. A list out of order is filtered whole.
 */
function overlapping<T extends SpanLike>(spans: readonly T[], range: { start: number; end: number }): T[] {
  if (spans.length === 0) return [];
  const reach = reachOf(spans);
  if (reach === null) return spans.filter((s) => s.start < range.end && s.end > range.start);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < range.start - reach) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < spans.length; i++) {
    const s = spans[i];
    if (!s || s.start >= range.end) break;
    if (s.end > range.start) found.push(s);
  }
  return found;
}

/** One paragraph's pieces, from every span and suggestion of the text (only those overlapping it count). */
export function paragraphOf<T extends SpanLike, S extends SpanLike>(
  text: string,
  range: { start: number; end: number },
  spans: readonly T[],
  suggested: readonly S[] = [],
): Paragraph & { spans: T[]; suggested: S[] } {
  const local = overlapping(spans, range);
  const localSuggested = overlapping(suggested, range);
  return {
    ...range,
    pieces: piecesOf(text, range.start, range.end, local, localSuggested),
    spans: local,
    suggested: localSuggested,
  };
}

/** Ids of the spans covering all of `a`–`b`, outermost (longest) first. */
const covering = (
  spans: readonly SpanLike[],
  parts: ReadonlyMap<SpanLike, readonly (readonly [number, number])[]>,
  a: number,
  b: number,
): number[] =>
  spans
    .filter((s) => (parts.get(s) ?? []).some(([fs, fe]) => fs <= a && fe >= b))
    .sort((x, y) => y.end - y.start - (x.end - x.start) || x.id - y.id)
    .map((s) => s.id);

/** The pieces of a stretch no span covers: runs between its line breaks (most of a long article at first). */
function plainPieces(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let from = start;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    if (i > from) pieces.push({ kind: 'text', start: from, end: i, ids: [], sids: [] });
    pieces.push({ kind: 'break', at: i });
    from = i + 1;
  }
  if (end > from) pieces.push({ kind: 'text', start: from, end, ids: [], sids: [] });
  return pieces;
}

function piecesOf(
  text: string,
  start: number,
  end: number,
  spans: readonly SpanLike[],
  suggested: readonly SpanLike[],
): Piece[] {
  if (spans.length === 0 && suggested.length === 0) return plainPieces(text, start, end);
  const cuts = new Set<number>([start, end]);
  // A discontinuous span is drawn fragment by fragment: the gaps stay plain.
  const parts = new Map([...spans, ...suggested].map((s) => [s, partsOf(s)]));
  for (const [, pieces] of parts)
    for (const [s, e] of pieces) {
      if (s > start && s < end) cuts.add(s);
      if (e > start && e < end) cuts.add(e);
    }
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    if (a >= b) continue;
    if (b - a === 1 && text[a] === '\n') {
      pieces.push({ kind: 'break', at: a });
      continue;
    }
    // Outermost first: the renderer gives it the background, the rest underlines.
    pieces.push({
      kind: 'text',
      start: a,
      end: b,
      ids: covering(spans, parts, a, b),
      sids: covering(suggested, parts, a, b),
    });
  }
  return pieces;
}
