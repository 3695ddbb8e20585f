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
  /** "label" or "role", as the buttons say it. */
  noun: string;
  /** The stored one's name, or null while it is being added. */
  name: string | null;
  message: string | null;
  busy: boolean;
  dirty: boolean;
  onRevert: () => void;
  onDelete: () => Promise<void>;
}) {
  return (
    <>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" disabled={busy || (name !== null && !dirty)}>
          {name !== null ? `Save ${noun}` : `Add ${noun}`}
        </button>
        {name !== null && dirty && (
          <button type="button" onClick={onRevert}>
            Revert
          </button>
        )}
        {name !== null && <ConfirmDelete what={`the ${noun} ${name}`} busy={busy} onDelete={onDelete} />}
      </div>
    </>
  );
}
