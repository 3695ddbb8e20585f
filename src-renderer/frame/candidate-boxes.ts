/**
 * Where the spans a role key offers are drawn: the line boxes of their runs
 * near the view, in the scroller's content coordinates, for the overlay
 * (CandidateOverlay.tsx). Only reads the article: it lays nothing out anew
 * and changes nothing in it.
 */
import type { Box } from './connectors.ts';

export interface CandidateBox extends Box {
  /** The ids of the run the box covers (its `data-ids`), outermost first. */
  runIds: string;
  /** The run holds the candidate in focus: the one Enter links. */
  current: boolean;
}

/** How near the view candidates are drawn: within half a view's height of it. */
const NEAR = 0.5;

/**
 * Whether the browser lays out `chunk`'s contents now: the first chunks'
 * always, the rest's (content-visibility: auto, article.css) only near the
 * view. Asked of a child: the chunk itself is drawn either way. A skipped
 * chunk's runs are never measured: that would lay it out.
 */
const laidOut = (chunk: Element) =>
  chunk.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false;

/** The index of the first of `chunks` (in reading order, so top to bottom) whose bottom is at or below `top`. */
function firstBelow(chunks: HTMLCollection, top: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const chunk = chunks[mid];
    if (chunk && chunk.getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The boxes of the runs of `candidates` near the view; those of `current` marked so. */
export function candidateBoxes(
  root: HTMLElement,
  scroller: HTMLElement,
  candidates: ReadonlySet<number>,
  current: number | undefined,
): CandidateBox[] {
  const frame = scroller.getBoundingClientRect();
  const margin = frame.height * NEAR;
  const top = frame.top - margin;
  const bottom = frame.bottom + margin;
  const dx = scroller.scrollLeft - frame.left - scroller.clientLeft;
  const dy = scroller.scrollTop - frame.top - scroller.clientTop;
  const chunks = root.children;
  const boxes: CandidateBox[] = [];
  for (let i = firstBelow(chunks, top); i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk || chunk.getBoundingClientRect().top > bottom) break;
    if (!laidOut(chunk)) continue;
    for (const run of chunk.querySelectorAll<HTMLElement>('.mark[data-ids]')) {
      const runIds = run.dataset.ids ?? '';
      const ids = runIds.split(' ').map(Number);
      if (!ids.some((id) => candidates.has(id))) continue;
      const isCurrent = current !== undefined && ids.includes(current);
      for (const rect of run.getClientRects()) {
        if (rect.bottom < top || rect.top > bottom) continue;
        boxes.push({
          left: rect.left + dx,
          top: rect.top + dy,
          width: rect.width,
          height: rect.height,
          runIds,
          current: isCurrent,
        });
      }
    }
  }
  return boxes;
}
