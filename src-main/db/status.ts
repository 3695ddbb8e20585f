import type { Db } from './connection.ts';
import { getDocumentSummary, setDocumentStatus } from './documents.ts';
import type { DocumentStatus, DocumentSummary } from './model.ts';
import { storeLayerStatus } from './layer-rows.ts';
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

/**
 * Logs a change of the database's own status, which is also the status of
 * the user's own layer (`layer`, their annotator name; null when no name is
 * set): that layer's `document_layers` row follows it, so an export of the
 * layer alone, or a merge of this database elsewhere, carries it.
 */
function recordStatus(
  db: Db,
  documentId: number,
  change: { before: DocumentStatus; after: DocumentStatus; layer: string | null },
  origin: 'edit' | 'undo' | 'redo',
): number {
  const { before, after, layer } = change;
  const info = statement(
    db,
    'INSERT INTO status_history (document_id, origin, before, after, layer) VALUES (?, ?, ?, ?, ?)',
  ).run(documentId, origin, before, after, layer);
  if (layer !== null) storeLayerStatus(db, documentId, layer, after);
  return Number(info.lastInsertRowid);
}

/**
 * A status change by the user: stored, logged and undoable like an
 * annotation change. Setting the status a document already has is no change.
 */
export function changeStatus(
  db: Db,
  id: number,
  status: DocumentStatus,
  layer: string | null = null,
): DocumentSummary {
  return db.transaction(() => {
    const current = getDocumentSummary(db, id);
    if (current.status === status) return current;
    const changed = setDocumentStatus(db, id, status);
    const change = { before: current.status, after: status, layer };
    pushEdit(db, id, { statusHistoryId: recordStatus(db, id, change, 'edit') });
    return changed;
  })();
}

/**
 * The first annotation on a `todo` document means work on it has started.
 * Logged, so the status log accounts for every status a document had; not
 * an undo step of its own (undoing the annotation leaves the document started).
 */
export function startDocument(db: Db, id: number, layer: string | null = null): void {
  const started = statement(
    db,
    "UPDATE documents SET status = 'in_progress', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'todo'",
  ).run(id);
  if (started.changes > 0) recordStatus(db, id, { before: 'todo', after: 'in_progress', layer }, 'edit');
}

/** Sets a document's status back to before (undo) or after (redo) a logged change, and logs that. */
export function restoreStatus(db: Db, statusHistoryId: number, from: 'undo' | 'redo'): StatusStep {
  const row = statement(db, 'SELECT document_id, before, after, layer FROM status_history WHERE id = ?').get(
    statusHistoryId,
  ) as {
    document_id: number;
    before: DocumentStatus;
    after: DocumentStatus;
    layer: string | null;
  };
  const target = from === 'undo' ? row.before : row.after;
  const previous = getDocumentSummary(db, row.document_id).status;
  setDocumentStatus(db, row.document_id, target);
  recordStatus(db, row.document_id, { before: previous, after: target, layer: row.layer }, from);
  return { action: 'status', documentId: row.document_id, status: target, previous };
}
