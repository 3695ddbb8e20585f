import type { DocumentStatus } from '../../src-main/db/model.ts';
import { STATUS_ORDER, statusKey, useStatusText } from '../state/statuses.ts';

/** A button per status, in the window's status order, `current` pressed, each titled with its key. */
export function StatusButtons({
  label,
  current,
  onStatus,
}: {
  label: string;
  current: DocumentStatus;
  onStatus: (status: DocumentStatus) => void;
}) {
  const statusText = useStatusText();
  return (
    <div className="status-buttons" role="group" aria-label={label}>
      {STATUS_ORDER.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={current === s}
          onClick={() => onStatus(s)}
          title={statusKey(s)}
        >
          {statusText(s)}
        </button>
      ))}
    </div>
  );
}

/** A status choice's options, in the window's status order, after the caller's own "any" option. */
export function StatusOptions() {
  const statusText = useStatusText();
  return STATUS_ORDER.map((s) => (
    <option key={s} value={s}>
      {statusText(s)}
    </option>
  ));
}
