import { useEffect, useRef, useState } from 'react';
import { useLatest } from '../state/useLatest.ts';
import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import { selectedRange } from './dom-offsets.ts';
import { covers } from './fragments.ts';

function namesAt(
  offset: number | null,
  annotations: readonly AnnotationView[],
  labels: ReadonlyMap<number, Label>,
) {
  if (offset === null) return null;
  const names = annotations
    .filter((a) => covers(a, offset))
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .map((a) => labels.get(a.labelId)?.name ?? '?');
  return names.length ? names.join(' · ') : null;
}

/**
 * The labels covering the caret in the article, outermost first: the keyboard
 * counterpart of a highlight's tooltip, shown in the status line.
 */
export function useLabelsAtCaret(
  root: HTMLElement | null,
  annotations: readonly AnnotationView[],
  labels: ReadonlyMap<number, Label>,
): string | null {
  // Where the caret was when the selection last changed. Annotations change on
  // every keypress, and reading the selection right after the article changed
  // would make the browser lay it out again there and then.
  const caret = useRef<number | null>(null);
  const [here, setHere] = useState<string | null>(null);
  const latest = useLatest({ annotations, labels });
  useEffect(() => {
    setHere(namesAt(caret.current, annotations, labels));
  }, [annotations, labels]);
  useEffect(() => {
    if (!root) return;
    const update = () => {
      const range = selectedRange(root);
      caret.current = range && range.collapsed ? range.start : null;
      setHere(namesAt(caret.current, latest.current.annotations, latest.current.labels));
    };
    update();
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [root, latest]);
  return here;
}
