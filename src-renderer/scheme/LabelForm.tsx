import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../src-main/db/model.ts';
import { COLOR } from '../../src-main/scheme/rules.ts';
import { DescriptionField } from './DescriptionField.tsx';
import { FormFooter } from './FormFooter.tsx';
import { changedFields, hotkeyOf } from './scheme-form.ts';
import type { LabelFields, SaveForm } from './types.ts';
import { useAction } from './useAction.ts';
import { useDirty, type ReportDirty } from './useDirty.ts';

const fieldsOf = (l: LabelFields): LabelFields => ({
  name: l.name,
  color: l.color,
  hotkey: l.hotkey,
  description: l.description,
});

/**
 * One label's fields: name, colour, hotkey and guideline text. Saving sends
 * what changed; renaming keeps the annotations (they point at the label's id).
 */
export function LabelForm({
  label,
  newColor,
  onSave,
  onDelete,
  onDirty,
}: {
  /** null: a new label. */
  label: Label | null;
  /** The colour a new label starts with. */
  newColor: string;
  onSave: SaveForm<LabelFields>;
  onDelete: () => Promise<void>;
  onDirty: ReportDirty;
}) {
  const { t } = useTranslation('scheme');
  const saved = fieldsOf(label ?? { name: '', color: newColor, hotkey: null, description: '' });
  const [draft, setDraft] = useState<LabelFields>(saved);
  const save = useAction();
  const set = (change: Partial<LabelFields>) => setDraft((d) => ({ ...d, ...change }));
  const changes = changedFields(saved, draft);
  const dirty = Object.keys(changes).length > 0;
  useDirty(onDirty, label ? t('dirty.label', { name: label.name }) : t('dirty.newLabel'), dirty);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(() => onSave(draft, changes));
  };
  const hexOk = COLOR.test(draft.color);
  return (
    <form
      className="scheme-form"
      aria-label={label ? t('label.form', { name: label.name }) : t('label.newForm')}
      onSubmit={submit}
    >
      <label>
        {t('field.name')}
        <input
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          required
          maxLength={64}
          // Add label leads here.
          autoFocus={label === null}
        />
      </label>
      <div className="field-row">
        <label>
          {t('field.colour')}
          <input
            type="color"
            value={hexOk ? draft.color.toLowerCase() : '#000000'}
            onChange={(e) => set({ color: e.target.value })}
          />
        </label>
        <label>
          {t('field.hex')}
          <input
            className="hex"
            value={draft.color}
            onChange={(e) => set({ color: e.target.value })}
            maxLength={7}
            aria-invalid={!hexOk}
          />
        </label>
        <label>
          {t('field.hotkey')}
          <input
            className="hotkey"
            value={draft.hotkey ?? ''}
            onChange={(e) => set({ hotkey: hotkeyOf(e.target.value) })}
            maxLength={1}
            placeholder={t('field.hotkeyNone')}
            title={t('field.hotkeyTitle')}
          />
        </label>
      </div>
      <DescriptionField value={draft.description} onChange={(description) => set({ description })} />
      <FormFooter
        noun="label"
        name={label?.name ?? null}
        message={save.message ?? null}
        busy={save.busy}
        dirty={dirty}
        onRevert={() => setDraft(saved)}
        onDelete={() => save.run(onDelete).then(() => undefined)}
      />
    </form>
  );
}
