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
  const sorted = [...labels.values()].sort((a, b) => a.position - b.position);
  return (
    <div className="annotation-filters">
      <select
        aria-label="Show label"
        value={filter.labelId ?? ''}
        onChange={(e) => onFilter({ ...filter, labelId: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">All labels</option>
        {sorted.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Show flagged or noted"
        value={filter.mark}
        onChange={(e) => onFilter({ ...filter, mark: e.target.value as MarkFilter })}
      >
        <option value="">Any</option>
        <option value="flagged">Flagged</option>
        <option value="noted">With notes</option>
      </select>
      <label>
        <input
          type="checkbox"
          checked={filter.byFrame}
          onChange={(e) => onFilter({ ...filter, byFrame: e.target.checked })}
        />
        By frame
      </label>
      <label>
        <input type="checkbox" checked={fullText} onChange={(e) => onFullText(e.target.checked)} />
        Full text
      </label>
    </div>
  );
}
