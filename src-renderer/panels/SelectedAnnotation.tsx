import type { AnnotationView, AttributeDef, Label } from '../../src-main/db/model.ts';
import { coveredText } from '../editor/fragments.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import { AttributeFields, type AttributePatch } from './AttributeFields.tsx';

interface Props {
  text: string;
  annotation: AnnotationView;
  label: Label | undefined;
  /** Every attribute of the scheme; the annotation's label picks its own. */
  attributes: readonly AttributeDef[];
  onChange: (patch: AttributePatch) => void;
  onLeave: () => void;
}

/** The selected annotation under the list: what it covers and its attributes. */
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
        onChange={onChange}
        onLeave={onLeave}
      />
    </section>
  );
}
