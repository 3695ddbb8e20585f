import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusLater } from './useFocusLater.ts';

/**
 * A delete that asks first: the button turns into a question with
 * "Delete" and "Keep" (Keep takes focus, so a second Enter keeps). Focus
 * comes back to the button when the question goes.
 */
export function ConfirmDelete({
  what,
  busy,
  onDelete,
}: {
  /** Names the thing, as in "Delete the label ACTOR?". */
  what: string;
  busy: boolean;
  onDelete: () => Promise<void>;
}) {
  const { t } = useTranslation('scheme');
  const [asking, setAsking] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const focusLater = useFocusLater(root);
  const answer = (remove: boolean) => {
    setAsking(false);
    focusLater('button');
    if (remove) void onDelete();
  };
  // Sentence-initial in Dutch as in English: "Het label ACTOR verwijderen?".
  const question = capitalize(t('delete.question', { what }));
  return (
    <span ref={root} className="confirm">
      {asking ? (
        <span className="confirm" role="group" aria-label={question}>
          {question}{' '}
          <button type="button" className="danger" disabled={busy} onClick={() => answer(true)}>
            {t('delete.confirm')}
          </button>
          <button type="button" autoFocus onClick={() => answer(false)}>
            {t('delete.keep')}
          </button>
        </span>
      ) : (
        // Not disabled while busy: focus comes back here as the delete runs.
        <button type="button" onClick={() => setAsking(true)}>
          {t('delete.ask')}
        </button>
      )}
    </span>
  );
}

/** The first letter upper-cased: the thing named may open the sentence. */
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
