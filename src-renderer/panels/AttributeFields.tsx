import { useTranslation } from 'react-i18next';
import { useRef, type ReactNode } from 'react';
import type { AnnotationView, AttributeDef, AttributeValue } from '../../src-main/db/model.ts';
import { keyIndex, matches } from '../keys/match.ts';
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
  /** More fields after the attributes (`data-field` on each), in the same ↑ / ↓ order. */
  children?: ReactNode;
}

/** The selector of the first field, for the key that moves focus into the fields. */
export const FIRST_ATTRIBUTE_FIELD = '.attribute-fields [data-field]';

/**
 * The selected annotation's attributes, one row each: set values as set,
 * the scheme's defaults offered in grey and stored only when accepted.
 * ↑ / ↓ move between rows (leaving a field sets what was typed there);
 * Escape goes back to the text.
 */
export function AttributeFields({ annotation, defs, onChange, onLeave, children }: Props) {
  const { t } = useTranslation('panels');
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: React.KeyboardEvent) => {
    // The row's keys: ↑ (previous), ↓ (next).
    const key = keyIndex(e.nativeEvent, 'attribute-step');
    if (matches(e.nativeEvent, 'attributes-leave')) onLeave();
    else if (key !== -1) {
      const fields = [...(list.current?.querySelectorAll<HTMLElement>('[data-field]') ?? [])];
      const index = fields.findIndex((f) => f === e.target);
      const step = key === 1 ? 1 : -1;
      fields[(index + step + fields.length) % fields.length]?.focus();
    } else return;
    e.preventDefault();
  };
  return (
    <div
      ref={list}
      className="attribute-fields"
      role="group"
      aria-label={t('attributes.label')}
      onKeyDown={onKeyDown}
    >
      {defs.map((def) => (
        <AttributeField
          key={def.name}
          def={def}
          value={annotation.attributes[def.name]}
          onSet={(value) => onChange({ [def.name]: value })}
        />
      ))}
      {children}
    </div>
  );
}
