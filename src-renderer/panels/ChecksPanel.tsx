import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { GuidelineWarning } from '../../src-main/db/guidelines.ts';

/** Rows drawn at most: a long article may lack thousands of roles, and the first ones are where to start. */
const SHOWN = 200;

interface Props {
  warnings: readonly GuidelineWarning[];
  selectedId: number | null;
  onSelect: (annotationId: number) => void;
}

/**
 * The open document's guideline checks: what the scheme requires that an
 * annotation lacks. Each warning is a button (click or Enter) that selects
 * its annotation in the article.
 */
export const ChecksPanel = memo(function ChecksPanel({ warnings, selectedId, onSelect }: Props) {
  const { t } = useTranslation('panels');
  return (
    <section className="checks-panel" aria-label={t('checks.label')}>
      <h2>
        {t('checks.heading')}{' '}
        {warnings.length > 0 && (
          <span className="warning-count" title={t('checks.open', { count: warnings.length })}>
            {warnings.length} ⚠
          </span>
        )}
      </h2>
      {warnings.length === 0 ? (
        <p className="muted">{t('checks.none')}</p>
      ) : (
        <ul>
          {warnings.slice(0, SHOWN).map((w) => (
            <li key={`${w.annotationId}:${w.kind}:${w.role ?? w.attribute ?? ''}`}>
              <button
                type="button"
                className={`check-row${w.annotationId === selectedId ? ' selected' : ''}`}
                data-annotation-id={w.annotationId}
                onClick={() => onSelect(w.annotationId)}
              >
                <span aria-hidden="true">⚠ </span>
                {w.message}
              </button>
            </li>
          ))}
          {warnings.length > SHOWN && (
            <li className="muted">{t('checks.more', { count: warnings.length - SHOWN })}</li>
          )}
        </ul>
      )}
    </section>
  );
});
