/**
 * Where suggestion navigation goes from, and which suggestion a click means.
 * Pure: the article's lists in, ids out.
 */
import { covers, type Fragmented } from '../editor/fragments.ts';
import type { SuggestionView } from './suggestion.ts';

interface Place {
  /** The selected suggestion, if any. */
  suggestionId: number | null;
  /** Otherwise where the selected annotation or the caret is. */
  offset: number | null;
}

/**
 * The next (direction 1) or previous (-1) suggestion in text order: from the
 * selected one, else from the offset given; past either end it wraps around.
 */
export function stepSuggestion(
  list: readonly SuggestionView[],
  place: Place,
  direction: 1 | -1,
): SuggestionView | undefined {
  if (list.length === 0) return undefined;
  const index = list.findIndex((s) => s.id === place.suggestionId);
  if (index !== -1) return list[(index + direction + list.length) % list.length];
  const at = place.offset;
  if (at === null) return direction > 0 ? list[0] : list[list.length - 1];
  if (direction > 0) return list.find((s) => s.start >= at) ?? list[0];
  return list.findLast((s) => s.start < at) ?? list[list.length - 1];
}

/**
 * The suggestion a click at `offset` selects: the innermost one there, when
 * it lies inside every annotation covering the spot (a NUMBER suggested inside
 * an EVENT); where an annotation is as small or smaller, the click is for it.
 */
export function suggestionAt(
  list: readonly SuggestionView[],
  offset: number,
  annotations: readonly Fragmented[],
): SuggestionView | undefined {
  const here = list.filter((s) => covers(s, offset));
  const innermost = here.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (!innermost) return undefined;
  const size = innermost.end - innermost.start;
  const covering = annotations.filter((a) => covers(a, offset));
  return covering.every((a) => a.end - a.start > size) ? innermost : undefined;
}

/** The normalized values as one line: `value=1500000000 unit=EUR`. */
export const valuesText = (attributes: SuggestionView['attributes']): string =>
  Object.entries(attributes)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(' ');

/**
 * The suggestions no annotation of their label overlaps. The rules skip such
 * spans; one annotated since the rules ran (from a selection, say) has
 * settled that stretch, and its suggestion would only cut the annotation's
 * runs. The same array when none is hidden. Annotations in text order (by
 * start), as the session keeps them: this runs on every keypress.
 */
export function unclaimed<T extends { labelId: number; start: number; end: number }>(
  suggestions: readonly T[],
  annotations: readonly { labelId: number; start: number; end: number }[],
): readonly T[] {
  if (suggestions.length === 0 || annotations.length === 0) return suggestions;
  // Per label: the annotations' starts in order, and the furthest end up to each.
  const byLabel = new Map<number, { starts: number[]; reach: number[] }>();
  for (const a of annotations) {
    const spans = byLabel.get(a.labelId) ?? { starts: [], reach: [] };
    spans.reach.push(Math.max(a.end, spans.reach[spans.reach.length - 1] ?? 0));
    spans.starts.push(a.start);
    byLabel.set(a.labelId, spans);
  }
  const claimed = (s: T): boolean => {
    const spans = byLabel.get(s.labelId);
    if (!spans) return false;
    // The last annotation starting before the suggestion ends: overlap if any up to it reaches past its start.
    let lo = 0;
    let hi = spans.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans.starts[mid] ?? 0) < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (spans.reach[lo - 1] ?? 0) > s.start;
  };
  const kept = suggestions.filter((s) => !claimed(s));
  return kept.length === suggestions.length ? suggestions : kept;
}
