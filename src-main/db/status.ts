import type { Db } from './connection.ts';
import { getDocumentSummary, setDocumentStatus } from './documents.ts';
import type { DocumentStatus, DocumentSummary } from './model.ts';
import { statement } from './statements.ts';
import { pushEdit } from './undo-stack.ts';

/** An undo or redo of a status change, as the user sees it after the step. */
export interface StatusStep {
  action: 'status';
  documentId: number;
  status: DocumentStatus;
  /** The status before the step. */
  previous: DocumentStatus;
}

function recordStatus(
  db: Db,
  documentId: number,
  before: DocumentStatus,
  after: DocumentStatus,
  origin: 'edit' | 'undo' | 'redo',
): number {
  const info = statement(
    db,
    'INSERT INTO status_history (document_id, origin, before, after) VALUES (?, ?, ?, ?)',
  ).run(documentId, origin, before, after);
  return Number(info.lastInsertRowid);
}

/**
 * A status change by the user: stored, logged and undoable like an
 * annotation change. Setting the status a document already has is no change.
 */
export function changeStatus(db: Db, id: number, status: DocumentStatus): DocumentSummary {
  return db.transaction(() => {
    const current = getDocumentSummary(db, id);
    if (current.status === status) return current;
    const changed = setDocumentStatus(db, id, status);
    pushEdit(db, id, { statusHistoryId: recordStatus(db, id, current.status, status, 'edit') });
    return changed;
  })();
}

/**
 * The first annotation on a `todo` document means work on it has started.
 * Logged, so the status log accounts for every status a document had; not
 * an undo step of its own (undoing the annotation leaves the document started).
 */
export function startDocument(db: Db, id: number): void {
  const started = statement(
    db,
    "UPDATE documents SET status = 'in_progress', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'todo'",
  ).run(id);
  if (started.changes > 0) recordStatus(db, id, 'todo', 'in_progress', 'edit');
}

/** Sets a document's status back to before (undo) or after (redo) a logged change, and logs that. */
export function restoreStatus(db: Db, statusHistoryId: number, from: 'undo' | 'redo'): StatusStep {
  const row = statement(db, 'SELECT document_id, before, after FROM status_history WHERE id = ?').get(
    statusHistoryId,
  ) as { document_id: number; before: DocumentStatus; after: DocumentStatus };
  const target = from === 'undo' ? row.before : row.after;
  const previous = getDocumentSummary(db, row.document_id).status;
  setDocumentStatus(db, row.document_id, target);
  recordStatus(db, row.document_id, previous, target, from);
  return { action: 'status', documentId: row.document_id, status: target, previous };
}
