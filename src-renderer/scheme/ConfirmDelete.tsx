import { useState } from 'react';

/**
 * A delete that asks first: the button turns into a question with
 * "Delete" and "Keep" (Keep takes focus, so a second Enter keeps).
 */
export function ConfirmDelete({
  what,
  busy,
  onDelete,
}: {
  /** Names the thing, as in "Delete the label ACTOR?". */
  what: string;
  busy: boolean;
  onDelete: () => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)} disabled={busy}>
        Delete…
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={`Delete ${what}?`}>
      Delete {what}?{' '}
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          void onDelete();
        }}
      >
        Delete
      </button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
