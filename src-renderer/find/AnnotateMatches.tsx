import { useState } from 'react';
import type { AnnotateAs, AnnotateResult } from '../../src-main/db/search-annotate.ts';
import type { Label } from '../../src-main/db/model.ts';
import { api, call, messageOf } from '../state/api.ts';
import { queryOf, type SearchForm } from './useCorpusSearch.ts';

interface Props {
  form: SearchForm;
  labels: readonly Label[];
  /** After something was stored: the list, the open document and the counts read again. */
  onDone: (message: string) => void;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * "Annotate all matches": every hit of the search (its filters too) as a
 * suggestion or an annotation of a label. The matches are counted first and
 * the user confirms, seeing how many in how many documents.
 */
export function AnnotateMatches({ form, labels, onDone }: Props) {
  const [labelId, setLabelId] = useState<number>(labels[0]?.id ?? 0);
  const [as, setAs] = useState<AnnotateAs>('suggestions');
  const [asked, setAsked] = useState<AnnotateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = labels.find((l) => l.id === labelId);

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call(api().search.annotate({ query: queryOf(form), labelId, as, dryRun }));
      if (dryRun) setAsked(result);
      else {
        setAsked(null);
        onDone(
          `${as === 'suggestions' ? 'Suggested' : 'Annotated'} ${plural(result.added, 'match', 'matches')} as ${label?.name ?? '?'}` +
            (result.added < result.matches
              ? ` (${(result.matches - result.added).toLocaleString('en')} skipped: already annotated or rejected)`
              : ''),
        );
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="annotate-matches" aria-label="Annotate all matches">
      <label>
        Annotate all matches as{' '}
        <select
          aria-label="Label for all matches"
          value={labelId}
          onChange={(e) => setLabelId(Number(e.target.value))}
        >
          {labels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <select aria-label="Make them" value={as} onChange={(e) => setAs(e.target.value as AnnotateAs)}>
        <option value="suggestions">suggestions (to review)</option>
        <option value="annotations">annotations</option>
      </select>
      <button
        type="button"
        disabled={busy || !label || form.text.trim() === ''}
        onClick={() => void run(true)}
      >
        Annotate all matches…
      </button>
      {asked && (
        <div className="confirm" role="alertdialog" aria-label="Confirm annotating all matches">
          {asked.matches === 0 ? (
            <p>No match is left without a {label?.name} annotation.</p>
          ) : (
            <p>
              Make{' '}
              {plural(
                asked.matches,
                as === 'suggestions' ? 'suggestion' : 'annotation',
                as === 'suggestions' ? 'suggestions' : 'annotations',
              )}{' '}
              of {label?.name} in {plural(asked.documents, 'document', 'documents')}?
            </p>
          )}
          {asked.matches > 0 && (
            <button type="button" autoFocus disabled={busy} onClick={() => void run(false)}>
              {as === 'suggestions' ? 'Suggest' : 'Annotate'} {asked.matches.toLocaleString('en')}
            </button>
          )}
          <button type="button" onClick={() => setAsked(null)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
