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

function noticeText(n: MentionNotice): string {
  const what = `${n.label} “${n.covered}”`;
  const mentions = n.suggested === 1 ? 'mention' : 'mentions';
  if (n.scope === 'document') return `${n.suggested} more ${mentions} of ${what} suggested in this document.`;
  const documents = `${n.documents} ${n.documents === 1 ? 'document' : 'documents'}`;
  return `${n.suggested} ${mentions} of ${what} suggested in ${documents} of the corpus.`;
}

/**
 * The suggestions of the open document: how many, the selected one with its
 * rule and normalized values, and what "annotate all mentions" found.
 */
export function SuggestionPanel({ text, suggestions, labels, onAskAcceptAll }: Props) {
  const { selected, notice } = suggestions;
  const label = selected ? labels.get(selected.labelId) : undefined;
  return (
    <section className="suggestion-panel" aria-label="Suggestions">
      <h2>Suggestions ({suggestions.list.length})</h2>
      {selected ? (
        <div className="selected-suggestion" aria-label="Selected suggestion" role="group">
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
              Accept <kbd>{keysOf('suggestion-accept')}</kbd>
            </button>
            <button type="button" onClick={() => void suggestions.reject()}>
              Reject <kbd>{keysOf('suggestion-reject')}</kbd>
            </button>
          </div>
        </div>
      ) : (
        suggestions.list.length > 0 && (
          <p className="muted">
            {keysOf('suggestion-next')} selects the next suggestion, {keysOf('suggestion-previous')} the
            previous.
          </p>
        )
      )}
      {suggestions.list.length > 0 && (
        <button type="button" onClick={onAskAcceptAll}>
          Accept all of a label… <kbd>{keysOf('suggestions-accept-all')}</kbd>
        </button>
      )}
      {notice && (
        <div className="mention-notice" role="status">
          <p>{noticeText(notice)}</p>
          {notice.scope === 'document' && (
            <button type="button" onClick={() => void suggestions.mentions()}>
              Suggest them in the whole corpus <kbd>{keysOf('mentions')}</kbd>
            </button>
          )}
        </div>
      )}
    </section>
  );
}
