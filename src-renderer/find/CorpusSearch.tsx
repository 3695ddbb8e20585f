import { useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CorpusHit, CorpusSearchResult } from '../../src-main/db/corpus-search.ts';
import type { DocumentStatus, Label } from '../../src-main/db/model.ts';
import { StatusOptions } from '../panels/StatusControls.tsx';
import { useDialogFocus } from '../panels/useDialogFocus.ts';
import { AnnotateMatches } from './AnnotateMatches.tsx';
import { ConcordanceRow } from './ConcordanceRow.tsx';
import { SHOWN_HITS, useCorpusSearch, type SearchForm, type SearchState } from './useCorpusSearch.ts';
import './find.css';

interface Props {
  labels: readonly Label[];
  /** The text the search starts with: the article's selection, if any. */
  initial: string;
  onOpenHit: (hit: CorpusHit) => void;
  /** After "annotate all matches" stored something. */
  onAnnotated: (message: string) => void;
  onClose: () => void;
}

function summary(t: TFunction<'find'>, state: SearchState): string {
  if (state.kind === 'idle') return t('corpus.idle');
  if (state.kind === 'searching') return t('corpus.searching');
  if (state.kind === 'failed') return state.message;
  const { hits, documents, more, scanned }: CorpusSearchResult = state.result;
  if (hits.length === 0)
    return scanned === null ? t('corpus.noMatches') : t('corpus.noMatchesInFirst', { count: scanned });
  const found = t('corpus.found', { hits: t('corpus.hitCount', { count: hits.length }), count: documents });
  if (more) return t('corpus.more', { shown: SHOWN_HITS, count: documents });
  return scanned === null ? found : t('corpus.short', { found, count: scanned });
}

/** Said while the texts' index is still being filled: those documents were read directly. */
function unindexedNote(t: TFunction<'find'>, state: SearchState): string | null {
  if (state.kind !== 'done' || state.result.scanned !== null || state.result.unindexed === 0) return null;
  return t('corpus.unindexed', { count: state.result.unindexed });
}

/**
 * The corpus search (Ctrl + Shift + F): article texts, with a label and a
 * status filter, as a concordance. ↓ from the query goes to the hits, ↑ / ↓
 * move, Enter opens the document with the match selected; Escape closes.
 */
export function CorpusSearch({ labels, initial, onOpenHit, onAnnotated, onClose }: Props) {
  const { t } = useTranslation('find');
  const input = useDialogFocus<HTMLInputElement>();
  const list = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<SearchForm>({ text: initial, label: 'all', status: '' });
  const [version, setVersion] = useState(0);
  const state = useCorpusSearch(form, version);
  const note = unindexedNote(t, state);
  const hits = useMemo(() => (state.kind === 'done' ? state.result.hits : []), [state]);
  const [active, setActive] = useState(0);
  const byId = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);
  const activeHit = hits[Math.min(active, hits.length - 1)];

  const change = (patch: Partial<SearchForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setActive(0);
  };
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(hits.length - 1, index));
    setActive(next);
    const hit = hits[next];
    if (hit)
      document.getElementById(`hit-${hit.documentId}-${hit.start}`)?.scrollIntoView({ block: 'nearest' });
  };
  const onInputKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length > 0) {
      e.preventDefault();
      list.current?.focus();
    } else if (e.key === 'Enter' && activeHit) {
      e.preventDefault();
      onOpenHit(activeHit);
    }
  };
  const onListKey = (e: React.KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: hits.length - 1,
      PageDown: active + 10,
      PageUp: active - 10,
    };
    const to = keys[e.key];
    if (to !== undefined) {
      e.preventDefault();
      if (e.key === 'ArrowUp' && active === 0) input.current?.focus();
      else moveTo(to);
    } else if (e.key === 'Enter' && activeHit) {
      e.preventDefault();
      onOpenHit(activeHit);
    }
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('corpus.title')} onClick={onClose}>
      <div className="dialog corpus-search" onClick={(e) => e.stopPropagation()}>
        <h2>{t('corpus.title')}</h2>
        <div className="search-form">
          <input
            ref={input}
            type="search"
            aria-label={t('corpus.title')}
            placeholder={t('corpus.placeholder')}
            value={form.text}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => change({ text: e.target.value })}
            onKeyDown={onInputKey}
          />
          <select
            aria-label={t('corpus.byLabel')}
            value={String(form.label)}
            onChange={(e) => {
              const v = e.target.value;
              change({ label: v === 'all' || v === 'annotated' || v === 'unannotated' ? v : Number(v) });
            }}
          >
            <option value="all">{t('corpus.allHits')}</option>
            <option value="annotated">{t('corpus.annotated')}</option>
            <option value="unannotated">{t('corpus.unannotated')}</option>
            {labels.map((l) => (
              <option key={l.id} value={l.id}>
                {t('corpus.inside', { label: l.name })}
              </option>
            ))}
          </select>
          <select
            aria-label={t('corpus.byStatus')}
            value={form.status}
            onChange={(e) => change({ status: e.target.value as DocumentStatus | '' })}
          >
            <option value="">{t('corpus.allStatuses')}</option>
            <StatusOptions />
          </select>
        </div>
        <p className={`search-summary${state.kind === 'failed' ? ' error' : ' muted'}`} role="status">
          {summary(t, state)}
        </p>
        {note && <p className="search-summary muted">{note}</p>}
        <div
          ref={list}
          className="concordance"
          role="listbox"
          aria-label={t('corpus.hits')}
          tabIndex={hits.length > 0 ? 0 : -1}
          aria-activedescendant={activeHit ? `hit-${activeHit.documentId}-${activeHit.start}` : undefined}
          onKeyDown={onListKey}
        >
          {hits.map((hit, i) => (
            <ConcordanceRow
              key={`${hit.documentId}-${hit.start}`}
              hit={hit}
              labels={byId}
              active={hit === activeHit}
              onPoint={() => setActive(i)}
              onOpen={() => onOpenHit(hit)}
            />
          ))}
        </div>
        <AnnotateMatches
          form={form}
          labels={labels}
          onDone={(message) => {
            setVersion((v) => v + 1);
            onAnnotated(message);
          }}
        />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('corpus.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
