import { useEffect, useLayoutEffect, useRef } from 'react';
import { revealAnnotationAt } from '../editor/reveal.ts';
import type { AnnotationView } from '../../src-main/db/model.ts';
import type { LinkingState } from './useLinking.ts';

const CANDIDATE = 'link-candidate';
const CURRENT = 'link-current';

/**
 * Whether the browser lays out `chunk`'s contents now: the first chunks'
 * always, the rest's (content-visibility: auto, article.css) only near the
 * view. Asked of a child: the chunk itself is drawn either way.
 */
const laidOut = (chunk: Element) =>
  chunk.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false;

/** How near the view a chunk's candidates are marked: within half a view's height of it. */
const NEAR = 0.5;

/**
 * Marks the runs of the spans a role key offers with a class, the one in
 * focus with a second: only those elements restyle, where a style sheet
 * rule per candidate made the browser restyle every run of the article.
 * Only chunks laid out near the view are marked at once: a long article's
 * candidates are thousands of runs, and even those of the first chunks, laid
 * out wherever the view is, cost a restyle when marked and again when the
 * mode ends. The others are marked as they come near it, the focused one's
 * runs wherever they are, and runs drawn while the mode lasts (a chunk
 * detailed as it scrolls into view) as they come.
 */
export function useCandidateMarks(root: HTMLElement | null, state: LinkingState | null): void {
  const marked = useRef(new Map<number, HTMLElement[]>());
  const current = useRef<number | undefined>(undefined);
  const markRun = useRef<((run: HTMLElement) => void) | undefined>(undefined);
  const candidates = state?.candidates;

  useLayoutEffect(() => {
    if (!root || !candidates) return;
    const wanted = new Set(candidates);
    const found = new Map<number, HTMLElement[]>();
    const mark = (run: HTMLElement) => {
      // A chunk that comes into view again holds runs marked already.
      if (run.classList.contains(CANDIDATE)) return;
      for (const id of (run.dataset.ids ?? '').split(' ').map(Number)) {
        if (!wanted.has(id)) continue;
        run.classList.add(CANDIDATE);
        if (id === current.current) run.classList.add(CURRENT);
        found.set(id, [...(found.get(id) ?? []), run]);
      }
    };
    const markChunk = (chunk: Element) => chunk.querySelectorAll<HTMLElement>('.mark').forEach(mark);
    const scroller = root.closest('.article-scroll');
    const view = scroller?.getBoundingClientRect();
    const near = (chunk: Element) => {
      if (!view) return true;
      const box = chunk.getBoundingClientRect();
      const margin = view.height * NEAR;
      return box.bottom >= view.top - margin && box.top <= view.bottom + margin;
    };
    // All asked before any is marked: a question after a mark would restyle the article again.
    const shown = [...root.children].filter(laidOut);
    const now = shown.filter(near);
    now.forEach(markChunk);
    // Laid out but away from the view (the first chunks): marked once scrolled near it.
    const approach = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          approach.unobserve(entry.target);
          markChunk(entry.target);
        }
      },
      { root: scroller, rootMargin: `${NEAR * 100}% 0px` },
    );
    for (const chunk of shown) if (!now.includes(chunk)) approach.observe(chunk);
    // Fired on the chunk, and not bubbling: caught on its way down.
    const onRelevant = (event: Event) => {
      if (
        event instanceof ContentVisibilityAutoStateChangeEvent &&
        !event.skipped &&
        event.target instanceof Element
      )
        markChunk(event.target);
    };
    root.addEventListener('contentvisibilityautostatechange', onRelevant, true);
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          if (node.classList.contains('mark')) mark(node);
          node.querySelectorAll<HTMLElement>('.mark').forEach(mark);
        }
    });
    observer.observe(root, { childList: true, subtree: true });
    marked.current = found;
    markRun.current = mark;
    return () => {
      observer.disconnect();
      approach.disconnect();
      markRun.current = undefined;
      root.removeEventListener('contentvisibilityautostatechange', onRelevant, true);
      for (const runs of found.values()) for (const run of runs) run.classList.remove(CANDIDATE, CURRENT);
      marked.current = new Map();
    };
  }, [root, candidates]);

  const id = state?.candidates[state.index];
  useLayoutEffect(() => {
    current.current = id;
    if (id === undefined) return;
    // Its runs are marked wherever they are (it is scrolled into view next), with CURRENT.
    if (!marked.current.has(id))
      root
        ?.querySelectorAll<HTMLElement>(`.mark[data-ids~="${id}"]`)
        .forEach((run) => markRun.current?.(run));
    for (const run of marked.current.get(id) ?? []) run.classList.add(CURRENT);
    return () => {
      current.current = undefined;
      // Its runs as marked by now: those of a chunk that came into view meanwhile too.
      for (const run of marked.current.get(id) ?? []) run.classList.remove(CURRENT);
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
    const start = annotations.find((a) => a.id === id)?.start;
    if (start !== undefined) revealAnnotationAt(root, id, start);
  }, [root, id, annotations]);
}
