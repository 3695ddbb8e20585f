import { useEffect, useLayoutEffect, useRef } from 'react';
import { pointOfOffset } from '../editor/dom-offsets.ts';
import type { AnnotationView } from '../../src-main/db/model.ts';
import type { LinkingState } from './useLinking.ts';

const CANDIDATE = 'link-candidate';
const CURRENT = 'link-current';

/** Chunks of paragraphs (ChunkNode) marked beyond the view on either side, so a short scroll finds them marked. */
const MARGIN = 1;

/**
 * The article's chunks from one before the view to one after it, found by
 * bisection over the chunks' boxes: a chunk away from the view is not laid
 * out inside (content-visibility), and reading a paragraph's box there would
 * lay it out.
 */
function chunksNearView(root: HTMLElement): Element[] {
  const scroller = root.closest('.article-scroll') ?? root.parentElement ?? root;
  const view = scroller.getBoundingClientRect();
  const chunks = root.querySelectorAll(':scope > .article-chunk');
  const firstEndingBelow = (y: number): number => {
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((chunks[mid]?.getBoundingClientRect().bottom ?? 0) < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = Math.max(0, firstEndingBelow(view.top) - MARGIN);
  const to = Math.min(chunks.length, firstEndingBelow(view.bottom) + MARGIN + 1);
  return [...chunks].slice(from, to);
}

/**
 * Marks the runs of the spans a role key offers with a class, the one in
 * focus with a second, in the chunks in and near the view only: a long
 * article offers thousands of runs, and each restyled one costs the
 * keypress's frame. The rest are marked as they scroll near the view, and
 * runs drawn while the mode lasts (a chunk detailed as it scrolls into view)
 * as they come. A style sheet rule per candidate instead made the browser
 * restyle every run of the article.
 */
export function useCandidateMarks(root: HTMLElement | null, state: LinkingState | null): void {
  const marked = useRef(new Map<number, Set<HTMLElement>>());
  const current = useRef<number | undefined>(undefined);
  const candidates = state?.candidates;

  useLayoutEffect(() => {
    if (!root || !candidates) return;
    const wanted = new Set(candidates);
    const found = new Map<number, Set<HTMLElement>>();
    const mark = (run: HTMLElement) => {
      for (const id of (run.dataset.ids ?? '').split(' ').map(Number)) {
        if (!wanted.has(id)) continue;
        run.classList.add(CANDIDATE);
        if (id === current.current) run.classList.add(CURRENT);
        const runs = found.get(id) ?? new Set<HTMLElement>();
        found.set(id, runs.add(run));
      }
    };
    const markNearView = () => {
      for (const chunk of chunksNearView(root)) chunk.querySelectorAll<HTMLElement>('.mark').forEach(mark);
    };
    markNearView();
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          if (node.classList.contains('mark')) mark(node);
          node.querySelectorAll<HTMLElement>('.mark').forEach(mark);
        }
    });
    observer.observe(root, { childList: true, subtree: true });
    let frame = 0;
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), markNearView()));
    };
    const scroller = root.closest('.article-scroll') ?? root.parentElement;
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    marked.current = found;
    return () => {
      observer.disconnect();
      scroller?.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      for (const runs of found.values()) for (const run of runs) run.classList.remove(CANDIDATE, CURRENT);
      marked.current = new Map();
    };
  }, [root, candidates]);

  const id = state?.candidates[state.index];
  useLayoutEffect(() => {
    current.current = id;
    if (id === undefined) return;
    const runs = marked.current.get(id) ?? new Set<HTMLElement>();
    // The one in focus is marked wherever it is: it is scrolled to next.
    if (runs.size === 0 && root)
      for (const run of root.querySelectorAll<HTMLElement>(`.mark[data-ids~="${id}"]`)) {
        run.classList.add(CANDIDATE);
        marked.current.set(id, runs.add(run));
      }
    for (const run of runs) run.classList.add(CURRENT);
    return () => {
      current.current = undefined;
      for (const run of runs) run.classList.remove(CURRENT);
    };
  }, [root, id, candidates]);
}

/** Scrolls the candidate in focus into view: its runs, or its paragraph while that is still drawn plain. */
export function useRevealCandidate(
  root: HTMLElement | null,
  state: LinkingState | null,
  annotations: readonly AnnotationView[],
): void {
  const id = state?.candidates[state.index];
  useEffect(() => {
    if (!root || id === undefined) return;
    const run = root.querySelector(`[data-ids~="${id}"]`);
    if (run) {
      run.scrollIntoView({ block: 'nearest' });
      return;
    }
    const start = annotations.find((a) => a.id === id)?.start;
    const point = start === undefined ? null : pointOfOffset(root, start);
    point?.node.parentElement?.scrollIntoView({ block: 'nearest' });
  }, [root, id, annotations]);
}
