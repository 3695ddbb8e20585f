import { useTranslation } from 'react-i18next';
import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import { coveredText } from '../editor/fragments.ts';
import { ARTICLE_LANG } from '../editor/language.ts';

interface Props {
  text: string;
  annotation: AnnotationView;
  /** Its role in the event frame it is listed under, when grouped by frame. */
  role: string | null;
  label: Label | undefined;
  /** Only a name other than the one shown above the list. */
  showAnnotator: boolean;
  selected: boolean;
  onSelect: (id: number) => void;
}

/** One span of the panel: label, covered text (whole on hover, or with Full text), role, marks. */
export function AnnotationRow({
  text,
  annotation: a,
  role,
  label,
  showAnnotator,
  selected,
  onSelect,
}: Props) {
  const { t } = useTranslation('panels');
  const covered = coveredText(text, a);
  return (
    <button
      type="button"
      className={`annotation-row${selected ? ' selected' : ''}${role ? ' argument' : ''}`}
      aria-current={selected}
      data-annotation-id={a.id}
      title={[covered, a.note && t('row.note', { note: a.note })].filter(Boolean).join('\n')}
      onClick={() => onSelect(a.id)}
    >
      {role && <span className="row-role">{role}</span>}
      <span className="tag" style={{ ['--label' as string]: label?.color ?? '#888' }}>
        {label?.name ?? '?'}
      </span>
      <span className="covered" lang={ARTICLE_LANG}>
        {covered}
      </span>
      {a.flag && (
        <span className="row-mark" title={t('row.flag', { flag: a.flag })}>
          <span aria-hidden="true">⚑</span>
          <span className="visually-hidden">{t('row.flagged', { flag: a.flag })}</span>
        </span>
      )}
      {a.note && (
        <span className="row-mark">
          <span aria-hidden="true">✉</span>
          <span className="visually-hidden">{t('row.noted', { note: a.note })}</span>
        </span>
      )}
      {showAnnotator && a.annotator && <span className="annotator">{a.annotator}</span>}
    </button>
  );
}
