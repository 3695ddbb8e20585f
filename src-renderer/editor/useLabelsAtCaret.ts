import { useEffect, useState } from 'react';
import type { Annotation, Label } from '../../src-main/db/model.ts';
import { selectedRange } from './dom-offsets.ts';

/**
 * The labels covering the caret in the article, outermost first: the keyboard
 * counterpart of a highlight's tooltip, shown in the status line.
 */
export function useLabelsAtCaret(
  root: HTMLElement | null,
  annotations: readonly Annotation[],
  labels: ReadonlyMap<number, Label>,
): string | null {
  const [here, setHere] = useState<string | null>(null);
  useEffect(() => {
    if (!root) return;
    const update = () => {
      const range = selectedRange(root);
      if (!range || !range.collapsed) {
        setHere(null);
        return;
      }
      const names = annotations
        .filter((a) => a.start <= range.start && range.start < a.end)
        .sort((a, b) => b.end - b.start - (a.end - a.start))
        .map((a) => labels.get(a.labelId)?.name ?? '?');
      setHere(names.length ? names.join(' · ') : null);
    };
    update();
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [root, annotations, labels]);
  return here;
}
