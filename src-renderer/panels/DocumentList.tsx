import { useTranslation } from 'react-i18next';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { DocumentSummary, Label } from '../../src-main/db/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { perLanguage } from '../i18n/words.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import { keyIndex } from '../keys/match.ts';
import { api, call, messageOf } from '../state/api.ts';
import { useLatest } from '../state/useLatest.ts';
import { useVisibleRows } from './useVisibleRows.ts';
import { DocumentRowMeta } from './DocumentRowMeta.tsx';
import { DocumentFilters, type ListFilter } from './DocumentFilters.tsx';

/** The list's own words, looked up once per language rather than on every redraw of its rows. */
const listWords = perLanguage(() => ({
  label: i18n.t('panels:list.label'),
  list: i18n.t('panels:list.list'),
}));

const ROW = 56;
/**
 * Rows per request: a view holds ~15, so the first page of a new filter is all
 * one keystroke waits for; 200 took ~2 ms more per keystroke to read, send and parse.
 */
const PAGE = 50;

interface Props {
  selectedId: number | null;
  /** Bumped when documents or their counts changed. */
  version: number;
  labels: ReadonlyMap<number, Label>;
  onOpen: (id: number) => void;
  report: (message: string) => void;
}

/**
 * The corpus, filtered and windowed: only the rows in view are in the DOM and
 * pages of 50 are fetched as they scroll in, so 100,000 documents stay quick.
 */
export const DocumentList = memo(function DocumentList({
  selectedId,
  version,
  labels,
  onOpen,
  report,
}: Props) {
  const { t } = useTranslation('panels');
  const words = listWords();
  const [total, setTotal] = useState(0);
  // More documents match further on than the text matches read (db/documents.ts DocumentPage.more).
  const [more, setMore] = useState(false);
  const [pages, setPages] = useState<Map<number, DocumentSummary[]>>(new Map());
  const [cursor, setCursor] = useState(0);
  const latestCursor = useLatest(cursor);
  const query = useRef(0);
  // What the list is filtered by, read when a page is fetched. Not state: a new filter
  // is asked for from its input event, before React redraws anything, and the
  // inputs themselves hold what is shown in them.
  const filter = useRef<ListFilter>({
    search: '',
    status: '',
    mark: '',
  });

  const fetchPage = useCallback(
    async (page: number, reset: boolean) => {
      const ticket = reset ? ++query.current : query.current;
      const { search, status, mark } = filter.current;
      try {
        const result = await call(
          api().documents.list({
            search: search || undefined,
            status: status || undefined,
            mark: mark || undefined,
            offset: page * PAGE,
            limit: PAGE,
          }),
        );
        if (ticket !== query.current) return;
        // Drawn in this task: left to React's scheduler, the new list waited for a task of its own.
        flushSync(() => {
          setTotal(result.total);
          setMore(result.more);
          setPages((prev) => new Map(reset ? [] : prev).set(page, result.items));
        });
      } catch (e) {
        report(i18n.t('panels:list.couldNotList', { message: messageOf(e) }));
      }
    },
    [report],
  );
  const refilter = useCallback(
    (change: Partial<ListFilter>) => {
      filter.current = { ...filter.current, ...change };
      // The request first: nothing a keystroke does should wait for the list to redraw.
      void fetchPage(0, true);
      // Only when it moved: even an unchanged cursor set here redraws the list before the reply is taken in.
      if (change.search !== undefined && latestCursor.current !== 0) setCursor(0);
    },
    // Not the cursor itself: a new callback on each cursor move would redraw the memoized filters.
    [fetchPage, latestCursor],
  );

  useEffect(() => {
    void fetchPage(0, true);
  }, [fetchPage, version]);

  const { viewport, first, last, perPage, onScroll, reveal } = useVisibleRows(total, ROW);
  useEffect(() => {
    for (let p = Math.floor(first / PAGE); p <= Math.floor(Math.max(first, last - 1) / PAGE); p++) {
      if (!pages.has(p) && p * PAGE < total) void fetchPage(p, false);
    }
  }, [first, last, pages, total, fetchPage]);

  const rowAt = (i: number) => pages.get(Math.floor(i / PAGE))?.[i % PAGE];

  const moveCursor = (to: number) => {
    const next = Math.max(0, Math.min(total - 1, to));
    setCursor(next);
    reveal(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // The row's keys in order: ↑ ↓ PgUp PgDn Home End Enter.
    const key = keyIndex(e.nativeEvent, 'list-move');
    if (key === 0) moveCursor(cursor - 1);
    else if (key === 1) moveCursor(cursor + 1);
    else if (key === 2) moveCursor(cursor - perPage);
    else if (key === 3) moveCursor(cursor + perPage);
    else if (key === 4) moveCursor(0);
    else if (key === 5) moveCursor(total - 1);
    else if (key === 6) {
      const row = rowAt(cursor);
      if (row) onOpen(row.id);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  // Alt+↓ / Alt+↑ open the next / previous document from anywhere in the window.
  // A layout effect: the listener must know the open document as soon as it is drawn,
  // or a quick second press would step from the one before.
  useLayoutEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      // The row's keys: next, then previous.
      const key = keyIndex(e, 'document-step');
      if (key === -1) return;
      const step = key === 0 ? 1 : -1;
      e.preventDefault();
      let index = -1;
      for (const [page, items] of pages) {
        const at = items.findIndex((d) => d.id === selectedId);
        if (at !== -1) index = page * PAGE + at;
      }
      const target = index === -1 ? (step > 0 ? 0 : total - 1) : index + step;
      const row = pages.get(Math.floor(target / PAGE))?.[target % PAGE];
      if (!row) return;
      setCursor(target);
      reveal(target);
      onOpen(row.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pages, selectedId, total, onOpen, reveal]);

  const rows = [];
  for (let i = first; i < last; i++) {
    const d = rowAt(i);
    rows.push(
      <div
        key={i}
        role="option"
        aria-selected={d?.id === selectedId}
        className={`doc-row${d?.id === selectedId ? ' open' : ''}${i === cursor ? ' cursor' : ''}`}
        style={{ top: i * ROW, height: ROW }}
        onClick={() => {
          setCursor(i);
          if (d) onOpen(d.id);
        }}
      >
        {d ? (
          <>
            <div className="doc-title" title={d.title} lang={ARTICLE_LANG}>
              {d.title}
            </div>
            <DocumentRowMeta doc={d} labels={labels} />
          </>
        ) : (
          <div className="doc-meta">…</div>
        )}
      </div>,
    );
  }

  return (
    <section id="document-list" className="doc-list" aria-label={words.label}>
      <DocumentFilters onFilter={refilter} />
      <div className="doc-count">
        {more ? t('list.first', { count: total }) : i18n.t('common:documents', { count: total })}
      </div>
      <div
        ref={viewport}
        className="doc-viewport"
        role="listbox"
        tabIndex={0}
        aria-label={words.list}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: total * ROW, position: 'relative' }}>{rows}</div>
      </div>
    </section>
  );
});
