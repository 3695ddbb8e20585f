import { useRef, useState } from 'react';
import { useFocusLater } from './useFocusLater.ts';

/**
 * A delete that asks first: the button turns into a question with
 * "Delete" and "Keep" (Keep takes focus, so a second Enter keeps). Focus
 * comes back to the button when the question goes.
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
  const root = useRef<HTMLSpanElement>(null);
  const focusLater = useFocusLater(root);
  const answer = (remove: boolean) => {
    setAsking(false);
    focusLater('button');
    if (remove) void onDelete();
  };
  return (
    <span ref={root} className="confirm">
      {asking ? (
        <span className="confirm" role="group" aria-label={`Delete ${what}?`}>
          Delete {what}?{' '}
          <button type="button" className="danger" disabled={busy} onClick={() => answer(true)}>
            Delete
          </button>
          <button type="button" autoFocus onClick={() => answer(false)}>
            Keep
          </button>
        </span>
      ) : (
        // Not disabled while busy: focus comes back here as the delete runs.
        <button type="button" onClick={() => setAsking(true)}>
          Delete…
        </button>
      )}
    </span>
  );
}
