import type { Db } from './connection.ts';
import { statement } from './statements.ts';

/** What an undo or redo entry points at: a row of the annotation history or of the status history. */
export type StackEntry = { historyId: number } | { statusHistoryId: number };

/** Puts an entry on a document's undo or redo stack. */
export function pushEntry(db: Db, documentId: number, entry: StackEntry, stack: 'undo' | 'redo'): void {
  statement(
    db,
    'INSERT INTO undo_stack (document_id, history_id, status_history_id, stack) VALUES (?, ?, ?, ?)',
  ).run(
    documentId,
    'historyId' in entry ? entry.historyId : null,
    'statusHistoryId' in entry ? entry.statusHistoryId : null,
    stack,
  );
}

/** A new edit by the user: undoable, and it makes the redo stack meaningless, as in every editor. */
export function pushEdit(db: Db, documentId: number, entry: StackEntry): void {
  statement(db, "DELETE FROM undo_stack WHERE document_id = ? AND stack = 'redo'").run(documentId);
  pushEntry(db, documentId, entry, 'undo');
}
