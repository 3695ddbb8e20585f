import { piecesOf, type AgreementSpan } from './types.ts';

/** Half-open [start, end) intervals, sorted and disjoint. */
export type Intervals = (readonly [number, number])[];

/**
 * What the character measures need of a document's text, indexed by UTF-16
 * offset: how many non-white-space characters begin before it, and which
 * character (code point) it is in. A character is a code point, as in the
 * exports; a surrogate pair counts once, at its first unit.
 */
export interface TextIndex {
  /** nonWhite[i]: non-white-space code points starting before unit i (length + 1 entries). */
  nonWhite: Int32Array;
  /** codePoint[i]: the code-point offset of unit i; null when the two coincide (no surrogates). */
  codePoint: Int32Array | null;
  codePoints: number;
}

/** The white space of JavaScript's \\s (all of it in the Basic Multilingual Plane), by code unit. */
function isWhite(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

export function indexText(text: string): TextIndex {
  const n = text.length;
  const nonWhite = new Int32Array(n + 1);
  let surrogates = false;
  let count = 0;
  for (let i = 0; i < n; i++) {
    nonWhite[i] = count;
    const unit = text.charCodeAt(i);
    // Printable ASCII and C1: never white space nor a surrogate (most of a Dutch text).
    if (unit > 0x20 && unit < 0xa0) {
      count++;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) {
        surrogates = true;
        continue;
      }
    }
    if (!isWhite(unit)) count++;
  }
  nonWhite[n] = count;
  if (!surrogates) return { nonWhite, codePoint: null, codePoints: n };
  const codePoint = new Int32Array(n + 1);
  let cp = 0;
  for (let i = 0; i < n; i++) {
    codePoint[i] = cp;
    const unit = text.charCodeAt(i);
    const isLow = unit >= 0xdc00 && unit <= 0xdfff && i > 0;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (!(isLow && before >= 0xd800 && before <= 0xdbff)) cp++;
    else codePoint[i] = cp - 1;
  }
  codePoint[n] = cp;
  return { nonWhite, codePoint, codePoints: cp };
}

/** The code-point offset of a UTF-16 offset. */
export const toCodePoint = (index: TextIndex, offset: number): number =>
  index.codePoint ? (index.codePoint[offset] ?? offset) : offset;

/**
 * The characters the spans cover, as sorted disjoint intervals: overlapping
 * pieces merged, and touching ones too unless `keepTouching` (units of
 * alpha_u stay apart where one ends and the next begins).
 */
export function coverage(spans: readonly AgreementSpan[], keepTouching = false): Intervals {
  const merged: [number, number][] = [];
  const add = (s: number, e: number) => {
    const last = merged[merged.length - 1];
    if (last && (s < last[1] || (s === last[1] && !keepTouching))) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  };
  // Spans of one piece each, in start order (as prepared), are already their sorted pieces.
  if (plainInStartOrder(spans)) {
    for (const span of spans) add(span.start, span.end);
    return merged;
  }
  const pieces: [number, number][] = [];
  for (const span of spans) for (const [s, e] of piecesOf(span)) pieces.push([s, e]);
  pieces.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [s, e] of pieces) add(s, e);
  return merged;
}

function plainInStartOrder(spans: readonly AgreementSpan[]): boolean {
  let start = -Infinity;
  for (const span of spans) {
    if (span.fragments !== null || span.start < start) return false;
    start = span.start;
  }
  return true;
}

/** Sorted disjoint intervals with those that touch joined into one. */
export function joinTouching(intervals: Intervals): Intervals {
  let touching = false;
  for (let i = 1; i < intervals.length && !touching; i++)
    touching =
      (intervals[i] as readonly [number, number])[0] === (intervals[i - 1] as readonly [number, number])[1];
  // Nothing to join: the same (read-only) list will do.
  if (!touching) return intervals;
  const out: [number, number][] = [];
  for (const [s, e] of intervals) {
    const last = out[out.length - 1];
    if (last && s === last[1]) last[1] = e;
    else out.push([s, e]);
  }
  return out;
}

/** Non-white-space characters both interval lists cover (counted as they are met: no list of the overlaps). */
export function nonWhiteInBoth(index: TextIndex, a: Intervals, b: Intervals): number {
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i] as readonly [number, number];
    const [bs, be] = b[j] as readonly [number, number];
    const s = Math.max(as, bs);
    const e = Math.min(ae, be);
    if (s < e) count += (index.nonWhite[e] ?? 0) - (index.nonWhite[s] ?? 0);
    if (ae < be) i++;
    else j++;
  }
  return count;
}

/** Non-white-space characters inside the intervals. */
export function nonWhiteIn(index: TextIndex, intervals: Intervals): number {
  let count = 0;
  for (const [s, e] of intervals) count += (index.nonWhite[e] ?? 0) - (index.nonWhite[s] ?? 0);
  return count;
}
