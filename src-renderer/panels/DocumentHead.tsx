import type { DocumentRecord, DocumentStatus } from '../../src-main/db/model.ts';
import { STATUS_ORDER, statusKey } from '../state/statuses.ts';
import { STATUS_TEXT } from '../state/wording.ts';

/** Above the open article: its id, its date and its status buttons. */
export function DocumentHead({
  doc,
  onStatus,
}: {
  doc: DocumentRecord;
  onStatus: (status: DocumentStatus) => void;
}) {
  return (
    <div className="article-head">
      <div>
        <div className="article-id">{doc.externalId}</div>
        {doc.published && <div className="muted">{doc.published}</div>}
      </div>
      <div className="status-buttons" role="group" aria-label="Document status">
        {STATUS_ORDER.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={doc.status === s}
            onClick={() => onStatus(s)}
            title={statusKey(s)}
          >
            {STATUS_TEXT[s]}
          </button>
        ))}
      </div>
    </div>
  );
}
