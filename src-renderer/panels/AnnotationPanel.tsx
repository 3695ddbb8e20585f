import { useTranslation } from 'react-i18next';
import { memo, useEffect, useMemo, useState } from 'react';
import type { AnnotationView, Label, RelationView, Role } from '../../src-main/db/model.ts';
import { afterNextPaint } from '../state/after-next-paint.ts';
import { AnnotationFilters } from './AnnotationFilters.tsx';
import { AnnotationRow } from './AnnotationRow.tsx';
import { commonAnnotator, listRows, type ListFilter } from './annotation-list.ts';
import { useVisibleRows } from './useVisibleRows.ts';

const ROW = 30;
/** Rows drawn in full (not windowed) when long texts are shown whole: wrapped rows have no fixed height. */
const FULL_TEXT_ROWS = 1000;

interface Props {
  text: string;
  annotations: readonly AnnotationView[];
  relations: readonly RelationView[];
  roles: readonly Role[];
  labels: ReadonlyMap<number, Label>;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/**
 * The document's spans in text order, or grouped by event frame; a row
 * selects and scrolls to its span. Filters by label and by flag or note.
 * Windowed: an article with 10,000 spans draws only the rows in view
 * (unless its texts are shown in full, which draws up to 1,000 rows).
 */
export const AnnotationPanel = memo(function AnnotationPanel({
  text,
  annotations,
  relations,
  roles,
  labels,
  selectedId,
  onSelect,
}: Props) {
  const { t } = useTranslation('panels');
  const [filter, setFilter] = useState<ListFilter>({ labelId: null, mark: '', byFrame: false });
  const [fullText, setFullText] = useState(false);
  const rows = useMemo(
    () => listRows(annotations, relations, roles, filter, t('annotations.notInFrame')),
    [annotations, relations, roles, filter, t],
  );
  const annotator = useMemo(() => commonAnnotator(annotations), [annotations]);
  const whole = fullText && rows.length <= FULL_TEXT_ROWS;
  const { viewport, first, last, onScroll, reveal } = useVisibleRows(rows.length, ROW);

  // The selected annotation's row comes into view wherever it was selected
  // from, once the article has drawn the change: that is what a keypress is for.
  useEffect(() => {
    if (selectedId === null) return;
    let current = true;
    void afterNextPaint().then(() => {
      if (!current) return;
      if (whole) {
        viewport.current
          ?.querySelector(`[data-annotation-id="${selectedId}"]`)
          ?.scrollIntoView({ block: 'nearest' });
        return;
      }
      const index = rows.findIndex((r) => r.kind === 'span' && r.annotation.id === selectedId);
      if (index !== -1) reveal(index);
    });
    return () => {
      current = false;
    };
  }, [rows, selectedId, reveal, whole, viewport]);

  const items = [];
  const from = whole ? 0 : first;
  const to = whole ? rows.length : last;
  for (let i = from; i < to; i++) {
    const row = rows[i];
    if (!row) continue;
    const place = whole ? undefined : { top: i * ROW, height: ROW };
    items.push(
      row.kind === 'heading' ? (
        <li key={`h${i}`} className="annotation-group" style={place}>
          {row.text}
        </li>
      ) : (
        <li
          key={`${row.annotation.id}-${row.role ?? ''}-${i}`}
          style={place}
          aria-posinset={i + 1}
          aria-setsize={rows.length}
        >
          <AnnotationRow
            text={text}
            annotation={row.annotation}
            role={row.role}
            label={labels.get(row.annotation.labelId)}
            showAnnotator={row.annotation.annotator !== annotator}
            selected={row.annotation.id === selectedId}
            onSelect={onSelect}
          />
        </li>
      ),
    );
  }
  const spans = rows.reduce((n, r) => n + (r.kind === 'span' ? 1 : 0), 0);

  return (
    <aside className={`annotation-panel${whole ? ' full-text' : ''}`} aria-label={t('annotations.label')}>
      <h2>{t('annotations.heading', { count: annotations.length })}</h2>
      {annotations.length === 0 ? (
        <p className="muted">{t('annotations.empty')}</p>
      ) : (
        <>
          {annotator && (
            <p className="panel-annotator muted">{t('annotations.allBy', { name: annotator })}</p>
          )}
          <AnnotationFilters
            labels={labels}
            filter={filter}
            onFilter={setFilter}
            fullText={fullText}
            onFullText={setFullText}
          />
          {spans !== annotations.length && (
            <p className="muted panel-shown" role="status">
              {spans === 0
                ? t('annotations.noneMatch')
                : t('annotations.showing', { shown: spans, count: annotations.length })}
            </p>
          )}
        </>
      )}
      <div ref={viewport} className="annotation-viewport" onScroll={onScroll}>
        <ol style={whole ? undefined : { height: rows.length * ROW }}>{items}</ol>
      </div>
    </aside>
  );
});
