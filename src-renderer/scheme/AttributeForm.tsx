import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTE_TYPES, type AttributeDef, type AttributeType } from '../../src-main/db/model.ts';
import { ApiError } from '../state/api.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { changedFields, defaultText, heldValues, parseDefault, typeName } from './scheme-form.ts';
import type { AttributeFields, SaveForm } from './types.ts';
import { useAction } from './useAction.ts';
import { useDirty, type ReportDirty } from './useDirty.ts';
import { ValuesEditor } from './ValuesEditor.tsx';

const NEW_ATTRIBUTE: AttributeFields = {
  name: '',
  type: 'choice',
  values: [],
  required: false,
  default: null,
};

const fieldsOf = (d: AttributeFields): AttributeFields => ({
  name: d.name,
  type: d.type,
  values: d.values,
  required: d.required,
  default: d.default,
});

/** The default's field, typed by the attribute's type. */
function DefaultInput({
  type,
  values,
  text,
  onChange,
}: {
  type: AttributeType;
  values: string[];
  text: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('scheme');
  if (type === 'choice' || type === 'boolean') {
    const options = type === 'choice' ? values : ['true', 'false'];
    return (
      <select value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('attribute.noDefault')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {type === 'boolean' ? (o === 'true' ? t('attribute.yes') : t('attribute.no')) : o}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      type={type === 'number' ? 'number' : 'text'}
      step="any"
      value={text}
      placeholder={type === 'date' ? t('attribute.datePlaceholder') : t('attribute.noDefault')}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * One attribute of a label: name, type, the values of a choice, whether it
 * is required and the default the editor offers. Deleting one that
 * annotations have values for is refused first; clearing those values is a
 * second, explicit step.
 */
export function AttributeForm({
  def,
  onSave,
  onDelete,
  onClose,
  onDirty,
}: {
  /** null: a new attribute. */
  def: AttributeDef | null;
  onSave: SaveForm<AttributeFields>;
  onDelete: (clearValues: boolean) => Promise<void>;
  onClose: () => void;
  onDirty: ReportDirty;
}) {
  const { t } = useTranslation('scheme');
  const saved = fieldsOf(def ?? NEW_ATTRIBUTE);
  const [draft, setDraft] = useState<AttributeFields>(saved);
  const [defaultInput, setDefaultInput] = useState(defaultText(saved.default));
  const action = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  // Values in use refuse a plain delete; clearing them is then offered, never done unasked.
  const [held, setHeld] = useState<{ count: number | null } | null>(null);
  const set = (change: Partial<AttributeFields>) => setDraft((d) => ({ ...d, ...change }));
  const dirty =
    Object.keys(changedFields(saved, draft)).length > 0 || defaultInput !== defaultText(saved.default);
  useDirty(onDirty, def ? t('dirty.attribute', { name: def.name }) : t('dirty.newAttribute'), dirty);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDefault(t, draft.type, defaultInput);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    setHeld(null);
    // Only a choice has values; those typed before a change of type are not kept.
    const next = { ...draft, values: draft.type === 'choice' ? draft.values : [], default: parsed.value };
    const changes = changedFields(saved, next);
    if (def && Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    void action.run(async () => {
      await onSave(next, changes);
      onClose();
    });
  };
  const tryDelete = async () => {
    setHeld(null);
    const refusal = await action.run(() => onDelete(false));
    if (refusal === null) onClose();
    else if (refusal instanceof ApiError && refusal.code === 'CONFLICT')
      setHeld({ count: heldValues(refusal.english) });
  };
  return (
    <form
      className="scheme-form attribute-form"
      aria-label={def ? t('attribute.form', { name: def.name }) : t('attribute.newForm')}
      onSubmit={submit}
    >
      <div className="field-row">
        <label>
          {t('field.name')}
          {/* The form opens on purpose, replacing the button that opened it: typing starts here. */}
          <input
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
            required
            maxLength={64}
            autoFocus
          />
        </label>
        <label>
          {t('field.type')}
          <select
            value={draft.type}
            onChange={(e) => {
              set({ type: e.target.value as AttributeType });
              setDefaultInput('');
            }}
          >
            {ATTRIBUTE_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeName(t, type)}
              </option>
            ))}
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
      {draft.type === 'choice' && (
        <ValuesEditor values={draft.values} onChange={(values) => set({ values })} />
      )}
      <label>
        {t('field.default')}
        <DefaultInput
          type={draft.type}
          values={draft.values}
          text={defaultInput}
          onChange={setDefaultInput}
        />
      </label>
      {(problem ?? action.message) && (
        <p className="error" role="alert">
          {/* The reason alone: the button below is the way on. */}
          {problem ?? (held ? action.message?.split('; ')[0] : action.message)}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" disabled={action.busy}>
          {def ? t('attribute.save') : t('attribute.add')}
        </button>
        <button type="button" onClick={onClose}>
          {t('attribute.cancel')}
        </button>
        {def && held === null && (
          <ConfirmDelete
            what={t('dirty.attribute', { name: def.name })}
            busy={action.busy}
            onDelete={tryDelete}
          />
        )}
        {held !== null && (
          <button
            type="button"
            className="danger"
            onClick={() => void action.run(() => onDelete(true)).then((e) => e === null && onClose())}
          >
            {held.count === null ? t('attribute.clearAll') : t('attribute.clear', { count: held.count })}
          </button>
        )}
      </div>
    </form>
  );
}
