import { i18n } from '../i18n/i18n.ts';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import type { GuidelineWarning } from '../../src-main/db/guidelines.ts';
import { keyIndex } from '../keys/match.ts';
import { useDialogFocus } from './useDialogFocus.ts';

/** Warnings the question lists; the rest are in the Checks panel. */
const LISTED = 5;

/**
 * Asks before a document with open guideline warnings is marked done.
 * Enter confirms (the focused button), Escape cancels.
 */
export function DoneConfirm({
  warnings,
  onAnswer,
}: {
  warnings: readonly GuidelineWarning[];
  onAnswer: (confirmed: boolean) => void;
}) {
  const { t } = useTranslation('panels');
  const first = useDialogFocus<HTMLButtonElement>();
  const own = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Enter on one of the question's buttons presses it; anywhere else it confirms. That
      // includes the Done button the question came from, still focused until the question takes
      // focus after its first paint: pressing it again would only ask again.
      const onOwnButton = e.target instanceof HTMLButtonElement && own.current?.contains(e.target) === true;
      // The row's keys: Enter (done anyway), Escape (cancel).
      const key = keyIndex(e, 'done-answer');
      if (key === 1 || (key === 0 && !onOwnButton)) {
        e.preventDefault();
        e.stopPropagation();
        onAnswer(key === 0);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onAnswer]);
  const rest = warnings.length - LISTED;
  return (
    <div
      ref={own}
      className="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="done-confirm-title"
    >
      <div className="dialog">
        <h2 id="done-confirm-title">{t('done.question', { count: warnings.length })}</h2>
        <ul className="done-warnings">
          {warnings.slice(0, LISTED).map((w) => (
            <li key={`${w.annotationId}:${w.kind}:${w.role ?? w.attribute ?? ''}`}>{w.message}</li>
          ))}
          {rest > 0 && <li className="muted">{t('done.more', { count: rest })}</li>}
        </ul>
        <div className="dialog-buttons">
          <button ref={first} type="button" onClick={() => onAnswer(true)}>
            {t('done.confirm')}
          </button>
          <button type="button" onClick={() => onAnswer(false)}>
            {i18n.t('common:cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
