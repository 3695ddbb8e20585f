import { useEffect } from 'react';
import { pointOfOffset } from '../editor/dom-offsets.ts';
import type { AnnotationView } from '../../src-main/db/model.ts';
import type { LinkingState } from './useLinking.ts';

const runsOf = (id: number) => `.article-text .mark[data-ids~="${id}"]`;

/**
 * The in-place highlight of the spans a role key offers, as a style sheet of
 * one rule per candidate rather than classes on runs: runs are replaced when
 * a paragraph is detailed or redrawn, and a rule keeps marking the new ones.
 */
export function candidateStyle(state: LinkingState | null): string {
  if (!state) return '';
  const current = state.candidates[state.index];
  const others = state.candidates.filter((id) => id !== current).map(runsOf);
  return [
    others.length ? `${others.join(', ')} { outline: 2px dashed var(--accent); outline-offset: 1px; }` : '',
    current === undefined
      ? ''
      : `${runsOf(current)} { outline: 2px solid var(--accent); outline-offset: 1px; background-color: color-mix(in srgb, var(--accent) 30%, transparent); }`,
  ].join('\n');
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
