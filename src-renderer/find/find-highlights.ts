/**
 * Draws the in-document find's matches with the CSS Custom Highlight API
 * (`CSS.highlights`, styled by `::highlight(find-match)`): ranges over the
 * article's text nodes, so the runs SyncPlugin draws are never touched and
 * Lexical never sees them. A million-character article can hold tens of
 * thousands of matches; only those within a screen of the view get a range,
 * and the view is drawn again as it scrolls or its runs are redrawn.
 */
import { offsetOfPoint, pointOfOffset } from '../editor/dom-offsets.ts';
import { followJump } from '../editor/follow-jump.ts';

export const MATCH_HIGHLIGHT = 'find-match';
export const CURRENT_HIGHLIGHT = 'find-current';
/** Ranges drawn at most, whatever the view holds. */
const MAX_DRAWN = 1500;

export function rangeOf(root: HTMLElement, start: number, end: number): Range | null {
  const from = pointOfOffset(root, start);
  const to = pointOfOffset(root, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset at a point of the window, or null off the text. */
function offsetAt(root: HTMLElement, x: number, y: number): number | null {
  const caret = document.caretRangeFromPoint(x, y);
  return caret ? offsetOfPoint(root, caret.startContainer, caret.startOffset) : null;
}

/** The stretch of text in view, widened by a screen on either side. */
function shownStretch(root: HTMLElement, scroller: HTMLElement, textLength: number): [number, number] {
  const view = scroller.getBoundingClientRect();
  const x = root.getBoundingClientRect().left + 8;
  const top = offsetAt(root, x, view.top + 4) ?? 0;
  const bottom = offsetAt(root, x, view.bottom - 4) ?? textLength;
  const margin = Math.max(2000, bottom - top);
  return [top - margin, bottom + margin];
}

/** Index of the first of the ascending `starts` at or after `offset`. */
export function firstAtOrAfter(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Painted {
  starts: readonly number[];
  length: number;
  current: number;
}

/** Draws the matches in and near the view, and the current one; an empty `starts` clears them. */
export function paintMatches(root: HTMLElement, scroller: HTMLElement, textLength: number, m: Painted): void {
  const ranges: Range[] = [];
  if (m.starts.length > 0) {
    const [from, to] = shownStretch(root, scroller, textLength);
    for (let i = firstAtOrAfter(m.starts, from); i < m.starts.length && ranges.length < MAX_DRAWN; i++) {
      const start = m.starts[i] ?? 0;
      if (start > to) break;
      const range = rangeOf(root, start, start + m.length);
      if (range) ranges.push(range);
    }
  }
  CSS.highlights.set(MATCH_HIGHLIGHT, new Highlight(...ranges));
  const current = m.starts[m.current];
  const currentRange = current === undefined ? null : rangeOf(root, current, current + m.length);
  CSS.highlights.set(CURRENT_HIGHLIGHT, currentRange ? new Highlight(currentRange) : new Highlight());
}

export function clearMatches(): void {
  CSS.highlights.delete(MATCH_HIGHLIGHT);
  CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

/**
 * Scrolls the article so that [start, end) sits in the middle of the view,
 * unless it is well in view. A jump is followed while the chunks around the
 * match settle (follow-jump.ts); the returned function stops that.
 */
export function scrollToMatch(
  root: HTMLElement,
  scroller: HTMLElement,
  start: number,
  end: number,
): () => void {
  const place = () => {
    const rect = rangeOf(root, start, end)?.getBoundingClientRect();
    return rect ? { rect, view: scroller.getBoundingClientRect() } : null;
  };
  const centre = (rect: DOMRect, view: DOMRect) => {
    scroller.scrollTop += rect.top - view.top - view.height / 2;
  };
  const first = place();
  if (!first) return () => undefined;
  const { rect, view } = first;
  if (rect.top >= view.top + 40 && rect.bottom <= view.bottom - 40) return () => undefined;
  centre(rect, view);
  return followJump(() => {
    const now = place();
    if (now && (now.rect.top < now.view.top || now.rect.bottom > now.view.bottom)) centre(now.rect, now.view);
  });
}
