import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { DocumentMark, DocumentStatus } from '../../src-main/db/model.ts';
import { DOCUMENT_MARKS } from '../../src-main/db/model.ts';
import { KEYS } from '../../src-main/ipc/keys.ts';
import { markText } from './DocumentRowMeta.tsx';
import { keyText } from './key-text.ts';
import { StatusOptions } from './StatusControls.tsx';

/** What the document list is filtered by. */
export interface ListFilter {
  search: string;
  status: DocumentStatus | '';
  mark: DocumentMark | '';
}

/**
 * The list's filter box and its status and mark choices. A component of its
 * own, kept from redrawing when the list's rows change: every filter
 * keystroke's reply redraws the list, and these controls (a dozen translated
 * texts, their options) are none of what it changes.
 */
export const DocumentFilters = memo(function DocumentFilters({
  onFilter,
}: {
  /** Called from the input event itself, so the request never waits for a redraw. */
  onFilter: (change: Partial<ListFilter>) => void;
}) {
  const { t } = useTranslation('panels');
  return (
    <div className="doc-filters">
      <input
        type="search"
        placeholder={t('list.filterPlaceholder', { keys: keyText(KEYS['filter-documents'].keys[0] ?? '') })}
        aria-label={t('list.filter')}
        defaultValue=""
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onFilter({ search: e.target.value })}
      />
      <select
        aria-label={t('list.byStatus')}
        defaultValue=""
        onChange={(e) => onFilter({ status: e.target.value as DocumentStatus | '' })}
      >
        <option value="">{t('list.all')}</option>
        <StatusOptions />
      </select>
      <select
        aria-label={t('list.byMark')}
        defaultValue=""
        onChange={(e) => onFilter({ mark: e.target.value as DocumentMark | '' })}
      >
        <option value="">{t('list.any')}</option>
        {DOCUMENT_MARKS.map((m) => (
          <option key={m} value={m}>
            {markText(m)}
          </option>
        ))}
      </select>
    </div>
  );
});
