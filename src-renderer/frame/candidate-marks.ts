import { useEffect, useLayoutEffect, useRef } from 'react';
import { pointOfOffset } from '../editor/dom-offsets.ts';
import type { AnnotationView } from '../../src-main/db/model.ts';
import type { LinkingState } from './useLinking.ts';

const CANDIDATE = 'link-candidate';
const CURRENT = 'link-current';

/**
 * Marks the runs of the spans a role key offers with a class, the one in
 * focus with a second: only those elements restyle, where a style sheet
 * rule per candidate made the browser restyle every run of the article.
 * Runs drawn while the mode lasts (a chunk detailed as it scrolls into view)
 * are marked as they come.
 */
export function useCandidateMarks(root: HTMLElement | null, state: LinkingState | null): void {
  const marked = useRef(new Map<number, HTMLElement[]>());
  const current = useRef<number | undefined>(undefined);
  const candidates = state?.candidates;

  useLayoutEffect(() => {
    if (!root || !candidates) return;
    const wanted = new Set(candidates);
    const found = new Map<number, HTMLElement[]>();
    const mark = (run: HTMLElement) => {
      for (const id of (run.dataset.ids ?? '').split(' ').map(Number)) {
        if (!wanted.has(id)) continue;
        run.classList.add(CANDIDATE);
        if (id === current.current) run.classList.add(CURRENT);
        found.set(id, [...(found.get(id) ?? []), run]);
      }
    };
    root.querySelectorAll<HTMLElement>('.mark').forEach(mark);
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
    return () => {
      observer.disconnect();
      for (const runs of found.values()) for (const run of runs) run.classList.remove(CANDIDATE, CURRENT);
      marked.current = new Map();
    };
  }, [root, candidates]);

  const id = state?.candidates[state.index];
  useLayoutEffect(() => {
    current.current = id;
    if (id === undefined) return;
    const runs = marked.current.get(id) ?? [];
    for (const run of runs) run.classList.add(CURRENT);
    return () => {
      current.current = undefined;
      for (const run of runs) run.classList.remove(CURRENT);
    };
  }, [id, candidates]);
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
