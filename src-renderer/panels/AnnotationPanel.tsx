import { memo, useEffect } from 'react';
import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import { coveredText } from '../editor/fragments.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import { afterNextPaint } from '../state/after-next-paint.ts';
import { useVisibleRows } from './useVisibleRows.ts';

const ROW = 30;

interface Props {
  text: string;
  annotations: readonly AnnotationView[];
  labels: ReadonlyMap<number, Label>;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/**
 * The document's spans in text order; a row selects and scrolls to its span.
 * Windowed: an article with 10,000 spans draws only the rows in view.
 */
export const AnnotationPanel = memo(function AnnotationPanel({
  text,
  annotations,
  labels,
  selectedId,
  onSelect,
}: Props) {
  const { viewport, first, last, onScroll, reveal } = useVisibleRows(annotations.length, ROW);

  // The selected annotation's row comes into view wherever it was selected
  // from, once the article has drawn the change: that is what a keypress is for.
  useEffect(() => {
    if (selectedId === null) return;
    let current = true;
    void afterNextPaint().then(() => {
      const index = annotations.findIndex((a) => a.id === selectedId);
      if (current && index !== -1) reveal(index);
    });
    return () => {
      current = false;
    };
  }, [annotations, selectedId, reveal]);

  const rows = [];
  for (let i = first; i < last; i++) {
    const a = annotations[i];
    if (!a) continue;
    const label = labels.get(a.labelId);
    rows.push(
      <li
        key={a.id}
        style={{ top: i * ROW, height: ROW }}
        aria-posinset={i + 1}
        aria-setsize={annotations.length}
      >
        <button
          type="button"
          className={`annotation-row${a.id === selectedId ? ' selected' : ''}`}
          aria-current={a.id === selectedId}
          data-annotation-id={a.id}
          onClick={() => onSelect(a.id)}
        >
          <span className="tag" style={{ ['--label' as string]: label?.color ?? '#888' }}>
            {label?.name ?? '?'}
          </span>
          <span className="covered" lang={ARTICLE_LANG}>
            {coveredText(text, a)}
          </span>
          {a.annotator && <span className="annotator">{a.annotator}</span>}
        </button>
      </li>,
    );
  }

  return (
    <aside className="annotation-panel" aria-label="Annotations">
      <h2>Annotations ({annotations.length})</h2>
      {annotations.length === 0 && <p className="muted">Select text and press a label key to annotate.</p>}
      <div ref={viewport} className="annotation-viewport" onScroll={onScroll}>
        <ol style={{ height: annotations.length * ROW }}>{rows}</ol>
      </div>
    </aside>
  );
});
