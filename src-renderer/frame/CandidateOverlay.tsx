import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationView } from '../../src-main/db/model.ts';
import { revealAnnotationAt } from '../editor/reveal.ts';
import { useLatest } from '../state/useLatest.ts';
import { candidateBoxes, type CandidateBox } from './candidate-boxes.ts';
import { useArticleRelayout } from './useArticleRelayout.ts';
import type { LinkingState } from './useLinking.ts';

interface Props {
  root: HTMLElement | null;
  scroller: HTMLElement | null;
  linking: LinkingState | null;
  annotations: readonly AnnotationView[];
}

/**
 * Outlines the spans a role key offers, the one in focus filled, in a layer
 * over the article as the role arcs are (Connectors.tsx): a role key, a step
 * and Enter change nothing inside the article, so the browser restyles and
 * repaints none of its text, only these few boxes. Only the candidates near
 * the view are drawn; they are measured again as the article scrolls, re-lays
 * out or draws runs (a chunk detailed as it comes into view), and only while
 * a role key's mode lasts. The candidate in focus is scrolled into view
 * when it is not wholly in it.
 */
export function CandidateOverlay({ root, scroller, linking, annotations }: Props) {
  const [boxes, setBoxes] = useState<CandidateBox[]>([]);
  const currentInView = useRef(false);
  const latestAnnotations = useLatest(annotations);
  const active = linking !== null;
  const layout = useArticleRelayout(root, scroller, active, true);
  const candidates = linking?.candidates;
  const wanted = useMemo(() => new Set(candidates), [candidates]);
  const current = linking?.candidates[linking.index];

  // Before paint: the boxes belong in the frame of the key that changed them.
  useLayoutEffect(() => {
    const next = root && scroller && active ? candidateBoxes(root, scroller, wanted, current) : [];
    const viewTop = scroller?.scrollTop ?? 0;
    const viewBottom = viewTop + (scroller?.clientHeight ?? 0);
    currentInView.current = next.some((b) => b.current && b.top >= viewTop && b.top + b.height <= viewBottom);
    // None before and none now: no render.
    setBoxes((shown) => (next.length === 0 && shown.length === 0 ? shown : next));
  }, [root, scroller, active, wanted, current, layout]);

  // Only when the focus moves: the user may scroll away from it meanwhile. Its
  // boxes were measured in this commit's layout effect; one in view needs no
  // search of the article's runs and no scroll.
  useEffect(() => {
    if (!root || current === undefined || currentInView.current) return;
    const start = latestAnnotations.current.find((a) => a.id === current)?.start;
    if (start !== undefined) revealAnnotationAt(root, current, start);
  }, [root, current, latestAnnotations]);

  return (
    <div className="candidate-overlay" aria-hidden="true">
      {boxes.map((box, i) => (
        <div
          key={i}
          className={box.current ? 'link-candidate link-current' : 'link-candidate'}
          data-run-ids={box.runIds}
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
        />
      ))}
    </div>
  );
}
