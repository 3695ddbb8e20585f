import { useTranslation } from 'react-i18next';
import type { Label } from '../../src-main/db/model.ts';
import type { ListFilter, MarkFilter } from './annotation-list.ts';

interface Props {
  labels: ReadonlyMap<number, Label>;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  fullText: boolean;
  onFullText: (on: boolean) => void;
}

/**
 * The panel's filters and views: by label, by flag or note, grouped by
 * event frame, long texts in full. Selects and checkboxes, not buttons:
 * the panel's buttons are its rows.
 */
export function AnnotationFilters({ labels, filter, onFilter, fullText, onFullText }: Props) {
  const { t } = useTranslation('panels');
  const sorted = [...labels.values()].sort((a, b) => a.position - b.position);
  return (
    <div className="annotation-filters">
      <select
        aria-label={t('filters.label')}
        value={filter.labelId ?? ''}
        onChange={(e) => onFilter({ ...filter, labelId: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">{t('filters.allLabels')}</option>
        {sorted.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filters.mark')}
        value={filter.mark}
        onChange={(e) => onFilter({ ...filter, mark: e.target.value as MarkFilter })}
      >
        <option value="">{t('filters.any')}</option>
        <option value="flagged">{t('filters.flagged')}</option>
        <option value="noted">{t('filters.noted')}</option>
      </select>
      <label>
        <input
          type="checkbox"
          checked={filter.byFrame}
          onChange={(e) => onFilter({ ...filter, byFrame: e.target.checked })}
        />
        {t('filters.byFrame')}
      </label>
      <label>
        <input type="checkbox" checked={fullText} onChange={(e) => onFullText(e.target.checked)} />
        {t('filters.fullText')}
      </label>
    </div>
  );
}
