import { useEffect, useState } from 'react';
import type { CorpusSearchResult, HitScope } from '../../src-main/db/corpus-search.ts';
import type { DocumentStatus } from '../../src-main/db/model.ts';
import { api, call, messageOf } from '../state/api.ts';

/** Hits shown at most; the rest are counted when annotating all of them. */
export const SHOWN_HITS = 500;
/** Keystrokes closer together than this make one search. */
const SETTLE_MS = 120;

export interface SearchForm {
  text: string;
  /** A label id, or which hits by their annotations. */
  label: number | HitScope;
  status: DocumentStatus | '';
}

export const queryOf = (form: SearchForm) => ({
  text: form.text,
  label: form.label,
  ...(form.status ? { status: form.status } : {}),
});

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; result: CorpusSearchResult }
  | { kind: 'failed'; message: string };

/** The corpus search's answer to the form as it is now; a later keystroke's answer replaces an earlier one's. */
export function useCorpusSearch(form: SearchForm, version: number): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  useEffect(() => {
    if (form.text.trim() === '') {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    setState((s) => (s.kind === 'done' ? s : { kind: 'searching' }));
    const timer = setTimeout(() => {
      call(api().search.corpus({ ...queryOf(form), limit: SHOWN_HITS }))
        .then((result) => current && setState({ kind: 'done', result }))
        .catch((e: unknown) => current && setState({ kind: 'failed', message: messageOf(e) }));
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [form, version]);
  return state;
}
