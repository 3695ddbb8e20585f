import { useTranslation } from 'react-i18next';
import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import { coveredText } from '../editor/fragments.ts';

interface Props {
  x: number;
  y: number;
  text: string;
  annotations: readonly AnnotationView[];
  labels: ReadonlyMap<number, Label>;
  onChoose: (id: number) => void;
}

/** Where several annotations cover the clicked spot, the user picks one. */
export function AnnotationChooser({ x, y, text, annotations, labels, onChoose }: Props) {
  const { t } = useTranslation('panels');
  return (
    <div className="chooser" role="menu" aria-label={t('chooser.label')} style={{ left: x, top: y + 8 }}>
      {annotations.map((a) => (
        <button key={a.id} type="button" role="menuitem" onClick={() => onChoose(a.id)}>
          <span className="tag" style={{ ['--label' as string]: labels.get(a.labelId)?.color ?? '#888' }}>
            {labels.get(a.labelId)?.name}
          </span>{' '}
          <span lang={ARTICLE_LANG}>{coveredText(text, a)}</span>
        </button>
      ))}
    </div>
  );
}
