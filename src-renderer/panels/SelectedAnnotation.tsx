import type { AnnotationView, AttributeDef, Label } from '../../src-main/db/model.ts';
import { coveredText } from '../editor/fragments.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import type { Amendment } from '../state/document-session.ts';
import { AttributeFields } from './AttributeFields.tsx';
import { NoteFields } from './NoteFields.tsx';

interface Props {
  text: string;
  annotation: AnnotationView;
  label: Label | undefined;
  /** Every attribute of the scheme; the annotation's label picks its own. */
  attributes: readonly AttributeDef[];
  onChange: (changes: Amendment) => void;
  onLeave: () => void;
}

/** The selected annotation under the list: what it covers, its attributes, note and flag. */
export function SelectedAnnotation({ text, annotation, label, attributes, onChange, onLeave }: Props) {
  const defs = attributes.filter((d) => d.labelId === annotation.labelId);
  return (
    <section className="selected-annotation" aria-label="Selected annotation">
      <h3>
        {label?.name ?? '?'}{' '}
        <span lang={ARTICLE_LANG} className="muted">
          {coveredText(text, annotation)}
        </span>
      </h3>
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
