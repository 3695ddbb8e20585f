import { useTranslation } from 'react-i18next';
import type { AnnotationView, AttributeDef } from '../../src-main/db/model.ts';
import type { Amendment } from '../state/document-session.ts';
import { AttributeFields } from './AttributeFields.tsx';
import { NoteFields } from './NoteFields.tsx';

interface Props {
  annotation: AnnotationView;
  /** Every attribute of the scheme; the annotation's label picks its own. */
  attributes: readonly AttributeDef[];
  onChange: (changes: Amendment) => void;
  onLeave: () => void;
}

/** The selected annotation's own fields, in its event frame: attributes, note and flag. */
export function SelectedAnnotation({ annotation, attributes, onChange, onLeave }: Props) {
  const { t } = useTranslation('panels');
  const defs = attributes.filter((d) => d.labelId === annotation.labelId);
  return (
    <section className="selected-annotation" aria-label={t('selected')}>
      <AttributeFields
        key={annotation.id}
        annotation={annotation}
        defs={defs}
        onChange={(attributes) => onChange({ attributes })}
        onLeave={onLeave}
      >
        <NoteFields annotation={annotation} onChange={onChange} />
      </AttributeFields>
    </section>
  );
}
