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

export type Piece =
  { kind: 'text'; start: number; end: number; ids: number[] } | { kind: 'break'; at: number };

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
 * Spans sorted by start; for each paragraph the spans overlapping it are found
 * by a moving window, so the whole text is O(n + spans × overlap).
 */
export function buildParagraphs(text: string, spans: readonly SpanLike[]): Paragraph[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const paragraphs: Paragraph[] = [];
  let first = 0;
  for (const range of paragraphRanges(text)) {
    while (first < sorted.length && (sorted[first]?.end ?? 0) <= range.start) first++;
    const local: SpanLike[] = [];
    for (let i = first; i < sorted.length; i++) {
      const s = sorted[i];
      if (!s || s.start >= range.end) break;
      if (s.end > range.start) local.push(s);
    }
    paragraphs.push({ ...range, pieces: piecesOf(text, range.start, range.end, local) });
  }
  return paragraphs;
}

/** One paragraph's pieces, from every span of the text (only those overlapping it count). */
export function paragraphOf<T extends SpanLike>(
  text: string,
  range: { start: number; end: number },
  spans: readonly T[],
): Paragraph & { spans: T[] } {
  const local = spans.filter((s) => s.start < range.end && s.end > range.start);
  return { ...range, pieces: piecesOf(text, range.start, range.end, local), spans: local };
}

function piecesOf(text: string, start: number, end: number, spans: readonly SpanLike[]): Piece[] {
  const cuts = new Set<number>([start, end]);
  // A discontinuous span is drawn fragment by fragment: the gaps stay plain.
  const parts = new Map(spans.map((s) => [s, partsOf(s)]));
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
    const ids = spans
      .filter((s) => (parts.get(s) ?? []).some(([fs, fe]) => fs <= a && fe >= b))
      .sort((x, y) => y.end - y.start - (x.end - x.start) || x.id - y.id)
      .map((s) => s.id);
    pieces.push({ kind: 'text', start: a, end: b, ids });
  }
  return pieces;
}
