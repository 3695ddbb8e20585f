import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/**
 * "Annotate all matches": every hit of the search (its filters too) as a
 * suggestion or an annotation of a label. The matches are counted first and
 * the user confirms, seeing how many in how many documents.
 */
export function AnnotateMatches({ form, labels, onDone }: Props) {
  const { t } = useTranslation('find');
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
        const what = { count: result.added, label: label?.name ?? '?' };
        const done = as === 'suggestions' ? t('annotate.suggested', what) : t('annotate.annotated', what);
        const skipped = result.matches - result.added;
        onDone(skipped > 0 ? t('annotate.skipped', { done, count: skipped }) : done);
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="annotate-matches" aria-label={t('annotate.section')}>
      <label>
        {t('annotate.as')}{' '}
        <select
          aria-label={t('annotate.label')}
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
      <select
        aria-label={t('annotate.makeThem')}
        value={as}
        onChange={(e) => setAs(e.target.value as AnnotateAs)}
      >
        <option value="suggestions">{t('annotate.asSuggestions')}</option>
        <option value="annotations">{t('annotate.asAnnotations')}</option>
      </select>
      <button
        type="button"
        disabled={busy || !label || form.text.trim() === ''}
        onClick={() => void run(true)}
      >
        {t('annotate.ask')}
      </button>
      {asked && (
        <div className="confirm" role="alertdialog" aria-label={t('annotate.confirm')}>
          {asked.matches === 0 ? (
            <p>{t('annotate.noneLeft', { label: label?.name ?? '?' })}</p>
          ) : (
            <p>
              {t('annotate.question', {
                made:
                  as === 'suggestions'
                    ? t('annotate.suggestions', { count: asked.matches })
                    : t('annotate.annotations', { count: asked.matches }),
                label: label?.name ?? '?',
                count: asked.documents,
              })}
            </p>
          )}
          {asked.matches > 0 && (
            <button type="button" autoFocus disabled={busy} onClick={() => void run(false)}>
              {as === 'suggestions'
                ? t('annotate.suggest', { count: asked.matches })
                : t('annotate.annotate', { count: asked.matches })}
            </button>
          )}
          <button type="button" onClick={() => setAsked(null)}>
            {t('annotate.cancel')}
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
