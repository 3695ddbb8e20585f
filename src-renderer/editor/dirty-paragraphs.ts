/**
 * Which paragraphs of the article an edit touches. A keypress changes one
 * annotation in a document that may have 10,000: only the paragraphs under
 * the spans that changed (and under the selection ring that moved) are
 * rebuilt, so the highlight is drawn within a frame however long the article.
 */
import { inTextOrder, type SpanLike } from './segments.ts';

/**
 * Spans in one list and not the other, by identity: the session replaces an
 * annotation's object when it changes and keeps every other object as it was.
 * Both lists in text order are walked side by side (no hashing of 10,000
 * objects per keypress); lists out of order are compared by a set instead.
 */
export function changedSpans<T extends SpanLike>(before: readonly T[], after: readonly T[]): T[] {
  const changed: T[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i];
    const b = after[j];
    if (a && b && a === b) {
      i++;
      j++;
      continue;
    }
    const next = i + 1 < before.length ? before[i + 1] : undefined;
    const following = j + 1 < after.length ? after[j + 1] : undefined;
    if ((a && next && inTextOrder(a, next) > 0) || (b && following && inTextOrder(b, following) > 0)) {
      return changedBySet(before, after);
    }
    // The smaller of the two is the one missing from the other list.
    if (a && (!b || inTextOrder(a, b) <= 0)) {
      changed.push(a);
      i++;
    } else if (b) {
      changed.push(b);
      j++;
    }
  }
  return changed;
}

function changedBySet<T extends SpanLike>(before: readonly T[], after: readonly T[]): T[] {
  const kept = new Set(before);
  const changed: T[] = [];
  for (const span of after) if (!kept.delete(span)) changed.push(span);
  // What is left in `kept` was removed or replaced.
  for (const span of kept) changed.push(span);
  return changed;
}

/** Index of the paragraph holding `offset` (ranges sorted and disjoint; separators belong to the one before). */
function paragraphAt(ranges: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ranges[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Indexes of the paragraphs that any of `spans` overlaps, ascending. */
export function paragraphsUnder(ranges: readonly { start: number }[], spans: readonly SpanLike[]): number[] {
  const touched = new Set<number>();
  for (const span of spans) {
    const last = paragraphAt(ranges, Math.max(span.start, span.end - 1));
    for (let i = paragraphAt(ranges, span.start); i <= last; i++) touched.add(i);
  }
  return [...touched].sort((a, b) => a - b);
}
