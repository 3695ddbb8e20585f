import { useRef } from 'react';
import type { AnnotationView, AttributeDef, AttributeValue } from '../../src-main/db/model.ts';
import { AttributeField } from './AttributeField.tsx';

/** Attribute values to set by name; null unsets one. */
export type AttributePatch = Record<string, AttributeValue | null>;

interface Props {
  annotation: AnnotationView;
  /** The attributes of the annotation's label, in the scheme's order. */
  defs: readonly AttributeDef[];
  onChange: (patch: AttributePatch) => void;
  /** Escape in a field: focus goes back to the article text. */
  onLeave: () => void;
}

/** The selector of the first field, for the key that moves focus into the fields. */
export const FIRST_ATTRIBUTE_FIELD = '.attribute-fields [data-field]';

/**
 * The selected annotation's attributes, one row each: set values as set,
 * the scheme's defaults offered in grey and stored only when accepted.
 * ↑ / ↓ move between rows.
 */
export function AttributeFields({ annotation, defs, onChange, onLeave }: Props) {
  const list = useRef<HTMLDivElement>(null);
  if (defs.length === 0) return null;
  const move = (from: string, direction: 1 | -1) => {
    const fields = [...(list.current?.querySelectorAll<HTMLElement>('[data-field]') ?? [])];
    const index = fields.findIndex((f) => f.dataset.field === from);
    fields[(index + direction + fields.length) % fields.length]?.focus();
  };
  return (
    <div ref={list} className="attribute-fields" role="group" aria-label="Attributes">
      {defs.map((def) => (
        <AttributeField
          key={def.name}
          def={def}
          value={annotation.attributes[def.name]}
          onSet={(value) => onChange({ [def.name]: value })}
          onMove={(direction) => move(def.name, direction)}
          onLeave={onLeave}
        />
      ))}
    </div>
  );
}
