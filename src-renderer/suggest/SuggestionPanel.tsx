import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../src-main/db/model.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import { commandKeyText as keysOf } from '../panels/key-text.ts';
import { valuesText } from './place.ts';
import type { MentionNotice, Suggestions } from './useSuggestions.ts';

interface Props {
  text: string;
  suggestions: Suggestions;
  labels: ReadonlyMap<number, Label>;
  onAskAcceptAll: () => void;
}

function noticeText(t: TFunction<'suggest'>, n: MentionNotice): string {
  const what = `${n.label} “${n.covered}”`;
  if (n.scope === 'document') return t('notice.document', { count: n.suggested, what });
  return t('notice.corpus', {
    mentions: t('notice.mentions', { count: n.suggested }),
    what,
    count: n.documents,
  });
}

/**
 * The suggestions of the open document: how many, the selected one with its
 * rule and normalized values, and what "annotate all mentions" found.
 */
export function SuggestionPanel({ text, suggestions, labels, onAskAcceptAll }: Props) {
  const { t } = useTranslation('suggest');
  const { selected, notice } = suggestions;
  const label = selected ? labels.get(selected.labelId) : undefined;
  return (
    <section className="suggestion-panel" aria-label={t('panel.title')}>
      <h2>{t('panel.heading', { count: suggestions.list.length })}</h2>
      {selected ? (
        <div className="selected-suggestion" aria-label={t('panel.selected')} role="group">
          <p>
            <span className="tag outlined" style={{ ['--label' as string]: label?.color ?? '#888' }}>
              {label?.name ?? '?'}
            </span>{' '}
            <span lang={ARTICLE_LANG}>{text.slice(selected.start, selected.end)}</span>
          </p>
          <p className="suggestion-rule">
            {[label?.name ?? '?', selected.rule, valuesText(selected.attributes)].filter(Boolean).join(' · ')}
          </p>
          <div className="suggestion-actions">
            <button type="button" onClick={() => void suggestions.accept()}>
              {t('panel.accept')} <kbd>{keysOf('suggestion-accept')}</kbd>
            </button>
            <button type="button" onClick={() => void suggestions.reject()}>
              {t('panel.reject')} <kbd>{keysOf('suggestion-reject')}</kbd>
            </button>
          </div>
        </div>
      ) : (
        suggestions.list.length > 0 && (
          <p className="muted">
            {t('panel.stepKeys', {
              next: keysOf('suggestion-next'),
              previous: keysOf('suggestion-previous'),
            })}
          </p>
        )
      )}
      {suggestions.list.length > 0 && (
        <button type="button" onClick={onAskAcceptAll}>
          {t('panel.acceptAll')} <kbd>{keysOf('suggestions-accept-all')}</kbd>
        </button>
      )}
      {notice && (
        <div className="mention-notice" role="status">
          <p>{noticeText(t, notice)}</p>
          {notice.scope === 'document' && (
            <button type="button" onClick={() => void suggestions.mentions()}>
              {t('panel.wholeCorpus')} <kbd>{keysOf('mentions')}</kbd>
            </button>
          )}
        </div>
      )}
    </section>
  );
}
