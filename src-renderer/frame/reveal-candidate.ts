import { useEffect } from 'react';
import { revealAnnotationAt } from '../editor/reveal.ts';
import type { AnnotationView } from '../../src-main/db/model.ts';
import type { LinkingState } from './useLinking.ts';

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
