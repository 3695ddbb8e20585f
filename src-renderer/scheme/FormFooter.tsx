import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from './ConfirmDelete.tsx';

/**
 * The end of a label's or a role's form: its refusal, Save (or Add for a new
 * one), Revert while there are unsaved changes, and a delete that asks first.
 */
export function FormFooter({
  noun,
  name,
  message,
  busy,
  dirty,
  onRevert,
  onDelete,
}: {
  /** Which kind of thing the form holds. */
  noun: 'label' | 'role';
  /** The stored one's name, or null while it is being added. */
  name: string | null;
  message: string | null;
  busy: boolean;
  dirty: boolean;
  onRevert: () => void;
  onDelete: () => Promise<void>;
}) {
  const { t } = useTranslation('scheme');
  const words =
    noun === 'label'
      ? { save: t('label.save'), add: t('label.add'), what: t('dirty.label', { name: name ?? '' }) }
      : { save: t('role.save'), add: t('role.add'), what: t('dirty.role', { name: name ?? '' }) };
  return (
    <>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" disabled={busy || (name !== null && !dirty)}>
          {name !== null ? words.save : words.add}
        </button>
        {name !== null && dirty && (
          <button type="button" onClick={onRevert}>
            {t('revert')}
          </button>
        )}
        {name !== null && <ConfirmDelete what={words.what} busy={busy} onDelete={onDelete} />}
      </div>
    </>
  );
}
