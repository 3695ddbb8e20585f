import { useMemo, useRef, useState } from 'react';
import type { CorpusHit, CorpusSearchResult } from '../../src-main/db/corpus-search.ts';
import type { DocumentStatus, Label } from '../../src-main/db/model.ts';
import { STATUS_ORDER } from '../state/statuses.ts';
import { STATUS_TEXT } from '../state/wording.ts';
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

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function summary(state: SearchState): string {
  if (state.kind === 'idle')
    return 'Type three characters or more to search every text; shorter looks in the first documents only.';
  if (state.kind === 'searching') return 'Searching…';
  if (state.kind === 'failed') return state.message;
  const { hits, documents, more, scanned }: CorpusSearchResult = state.result;
  if (hits.length === 0)
    return scanned === null
      ? 'No matches'
      : `No matches in the first ${count(scanned, 'document', 'documents')}`;
  const found = `${count(hits.length, 'hit', 'hits')} in ${count(documents, 'document', 'documents')}`;
  if (more)
    return `The first ${SHOWN_HITS.toLocaleString('en')} hits (${documents.toLocaleString('en')} documents); there are more: narrow the search`;
  return scanned === null
    ? found
    : `${found} (a short query: the first ${count(scanned, 'document', 'documents')} only)`;
}

/** Said while the texts' index is still being filled: those documents were read directly. */
function unindexedNote(state: SearchState): string | null {
  if (state.kind !== 'done' || state.result.scanned !== null || state.result.unindexed === 0) return null;
  return `${count(state.result.unindexed, 'document', 'documents')} not indexed yet: searched directly`;
}

/**
 * The corpus search (Ctrl + Shift + F): article texts, with a label and a
 * status filter, as a concordance. ↓ from the query goes to the hits, ↑ / ↓
 * move, Enter opens the document with the match selected; Escape closes.
 */
export function CorpusSearch({ labels, initial, onOpenHit, onAnnotated, onClose }: Props) {
  const input = useDialogFocus<HTMLInputElement>();
  const list = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<SearchForm>({ text: initial, label: 'all', status: '' });
  const [version, setVersion] = useState(0);
  const state = useCorpusSearch(form, version);
  const note = unindexedNote(state);
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
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Search the corpus" onClick={onClose}>
      <div className="dialog corpus-search" onClick={(e) => e.stopPropagation()}>
        <h2>Search the corpus</h2>
        <div className="search-form">
          <input
            ref={input}
            type="search"
            aria-label="Search the corpus"
            placeholder="Text to find in every document"
            value={form.text}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => change({ text: e.target.value })}
            onKeyDown={onInputKey}
          />
          <select
            aria-label="Hits by label"
            value={String(form.label)}
            onChange={(e) => {
              const v = e.target.value;
              change({ label: v === 'all' || v === 'annotated' || v === 'unannotated' ? v : Number(v) });
            }}
          >
            <option value="all">All hits</option>
            <option value="annotated">Annotated</option>
            <option value="unannotated">Not annotated</option>
            {labels.map((l) => (
              <option key={l.id} value={l.id}>
                Inside {l.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Documents by status"
            value={form.status}
            onChange={(e) => change({ status: e.target.value as DocumentStatus | '' })}
          >
            <option value="">All statuses</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {STATUS_TEXT[s]}
              </option>
            ))}
          </select>
        </div>
        <p className={`search-summary${state.kind === 'failed' ? ' error' : ' muted'}`} role="status">
          {summary(state)}
        </p>
        {note && <p className="search-summary muted">{note}</p>}
        <div
          ref={list}
          className="concordance"
          role="listbox"
          aria-label="Search hits"
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
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
