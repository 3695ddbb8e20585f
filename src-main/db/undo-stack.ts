import type { Db } from './connection.ts';
import { statement } from './statements.ts';

/** What an undo or redo entry points at: a row of the annotation history or of the status history. */
export type StackEntry = { historyId: number } | { statusHistoryId: number };

/**
 * Whose undo steps an entry belongs to: null for the database's own work
 * (the user's layer and unattributed spans), `gold` for the curator's.
 */
export type StackLayer = string | null;

// The batch that the entries pushed now join, while `asOneStep` runs on that connection.
const openBatches = new WeakMap<Db, number>();

/** Runs `work` so that every edit it makes is undone and redone as one step. */
export function asOneStep<T>(db: Db, work: () => T): T {
  if (openBatches.has(db)) return work();
  const { next } = statement(db, 'SELECT coalesce(max(batch), 0) + 1 AS next FROM undo_stack').get() as {
    next: number;
  };
  openBatches.set(db, next);
  try {
    return work();
  } finally {
    openBatches.delete(db);
  }
}

/** Puts an entry on a document's undo or redo stack. */
export function pushEntry(
  db: Db,
  documentId: number,
  entry: StackEntry,
  stack: 'undo' | 'redo',
  layer: StackLayer = null,
  batch: number | null = openBatches.get(db) ?? null,
): void {
  statement(
    db,
    'INSERT INTO undo_stack (document_id, history_id, status_history_id, stack, layer, batch) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    documentId,
    'historyId' in entry ? entry.historyId : null,
    'statusHistoryId' in entry ? entry.statusHistoryId : null,
    stack,
    layer,
    batch,
  );
}

/** A new edit by the user: undoable, and it makes the redo stack of its layer meaningless, as in every editor. */
export function pushEdit(db: Db, documentId: number, entry: StackEntry, layer: StackLayer = null): void {
  statement(db, "DELETE FROM undo_stack WHERE document_id = ? AND stack = 'redo' AND layer IS ?").run(
    documentId,
    layer,
  );
  pushEntry(db, documentId, entry, 'undo', layer);
}
