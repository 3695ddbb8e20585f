import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label, Role } from '../../src-main/db/model.ts';
import { DescriptionField } from './DescriptionField.tsx';
import { FormFooter } from './FormFooter.tsx';
import { changedFields, hotkeyOf } from './scheme-form.ts';
import type { RoleFields, SaveForm } from './types.ts';
import { useAction } from './useAction.ts';
import { useDirty, type ReportDirty } from './useDirty.ts';

const NEW_ROLE: RoleFields = {
  name: '',
  hotkey: null,
  description: '',
  many: true,
  required: false,
  from: [],
  to: [],
};

const fieldsOf = (r: RoleFields): RoleFields => ({
  name: r.name,
  hotkey: r.hotkey,
  description: r.description,
  many: r.many,
  required: r.required,
  from: r.from,
  to: r.to,
});

/** The labels one side of a role links, as a list of checkboxes. */
function LabelChecks({
  legend,
  labels,
  chosen,
  onChange,
}: {
  legend: string;
  labels: readonly Label[];
  chosen: number[];
  onChange: (ids: number[]) => void;
}) {
  return (
    <fieldset className="label-checks">
      <legend>{legend}</legend>
      {labels.map((l) => (
        <label key={l.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(l.id)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? labels.filter((x) => x.id === l.id || chosen.includes(x.id)).map((x) => x.id)
                  : chosen.filter((id) => id !== l.id),
              )
            }
          />
          <span className="swatch" style={{ background: l.color }} />
          {l.name}
        </label>
      ))}
    </fieldset>
  );
}

/** One role: name, hotkey, guideline text, the labels it links and how many fillers an event may have. */
export function RoleForm({
  role,
  labels,
  onSave,
  onDelete,
  onDirty,
}: {
  /** null: a new role. */
  role: Role | null;
  labels: readonly Label[];
  onSave: SaveForm<RoleFields>;
  onDelete: () => Promise<void>;
  onDirty: ReportDirty;
}) {
  const { t } = useTranslation('scheme');
  const saved = fieldsOf(role ?? NEW_ROLE);
  const [draft, setDraft] = useState<RoleFields>(saved);
  const action = useAction();
  const set = (change: Partial<RoleFields>) => setDraft((d) => ({ ...d, ...change }));
  const changes = changedFields(saved, draft);
  const dirty = Object.keys(changes).length > 0;
  useDirty(onDirty, role ? t('dirty.role', { name: role.name }) : t('dirty.newRole'), dirty);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Said in the form's own words; the database would refuse it too, in the call's.
    if (draft.from.length === 0 || draft.to.length === 0) {
      setProblem(t('role.needSides'));
      return;
    }
    setProblem(null);
    void action.run(() => onSave(draft, changes));
  };
  return (
    <form
      className="scheme-form"
      aria-label={role ? t('role.form', { name: role.name }) : t('role.newForm')}
      onSubmit={submit}
    >
      <div className="field-row">
        <label>
          {t('field.name')}
          <input
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
            required
            maxLength={64}
            // Add role leads here.
            autoFocus={role === null}
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
        <label>
          {t('field.fillers')}
          <select
            value={draft.many ? 'many' : 'one'}
            onChange={(e) => set({ many: e.target.value === 'many' })}
          >
            <option value="one">{t('field.fillersOne')}</option>
            <option value="many">{t('field.fillersMany')}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.required}
            onChange={(e) => set({ required: e.target.checked })}
          />
          {t('field.required')}
        </label>
      </div>
      <div className="field-row">
        <LabelChecks
          legend={t('field.from')}
          labels={labels}
          chosen={draft.from}
          onChange={(from) => set({ from })}
        />
        <LabelChecks
          legend={t('field.to')}
          labels={labels}
          chosen={draft.to}
          onChange={(to) => set({ to })}
        />
      </div>
      <DescriptionField value={draft.description} onChange={(description) => set({ description })} />
      <FormFooter
        noun="role"
        name={role?.name ?? null}
        message={problem ?? action.message ?? null}
        busy={action.busy}
        dirty={dirty}
        onRevert={() => setDraft(saved)}
        onDelete={() => action.run(onDelete).then(() => undefined)}
      />
    </form>
  );
}
