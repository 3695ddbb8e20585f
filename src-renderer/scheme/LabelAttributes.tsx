import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeDef } from '../../src-main/db/model.ts';
import { AttributeForm } from './AttributeForm.tsx';
import { attributeSummary } from './scheme-form.ts';
import { useFocusLater } from './useFocusLater.ts';
import type { AttributeFields } from './types.ts';
import type { ReportDirty } from './useDirty.ts';

/** A label's attributes: a list, each one opening its form; and a form to add one. */
export function LabelAttributes({
  labelName,
  attributes,
  onCreate,
  onUpdate,
  onDelete,
  onDirty,
}: {
  labelName: string;
  attributes: AttributeDef[];
  onCreate: (fields: AttributeFields) => Promise<void>;
  onUpdate: (id: number, changes: Partial<AttributeFields>) => Promise<void>;
  onDelete: (id: number, clearValues: boolean) => Promise<void>;
  onDirty: ReportDirty;
}) {
  const { t } = useTranslation('scheme');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const root = useRef<HTMLElement>(null);
  const focusLater = useFocusLater(root);
  // Focus goes back to where the form was opened from (a deleted attribute's entry is gone: Add then).
  const close = () => {
    focusLater(`[data-item="attribute-${editing}"], [data-item="add-attribute"]`);
    setEditing(null);
  };
  return (
    <section className="scheme-attributes" aria-label={t('attribute.of', { label: labelName })} ref={root}>
      <h3>{t('attribute.of', { label: labelName })}</h3>
      {attributes.length === 0 && <p className="muted">{t('attribute.none')}</p>}
      <ul>
        {attributes.map((a) => (
          <li key={a.id}>
            {editing === a.id ? (
              <AttributeForm
                def={a}
                onSave={(_, changes) => onUpdate(a.id, changes)}
                onDelete={(clear) => onDelete(a.id, clear)}
                onClose={close}
                onDirty={onDirty}
              />
            ) : (
              <button
                type="button"
                className="scheme-item"
                data-item={`attribute-${a.id}`}
                onClick={() => setEditing(a.id)}
              >
                {attributeSummary(t, a)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <AttributeForm
          def={null}
          onSave={(draft) => onCreate(draft)}
          onDelete={() => Promise.resolve()}
          onClose={close}
          onDirty={onDirty}
        />
      ) : (
        <button type="button" data-item="add-attribute" onClick={() => setEditing('new')}>
          {t('attribute.add')}
        </button>
      )}
    </section>
  );
}
