import type { Migration } from './types.ts';

/**
 * Status changes join the undo history (issue 17.9): Ctrl+Z after marking a
 * document done took back the annotation before it and left the status.
 *
 * - `status_history` is the append-only log of status changes, as
 *   `annotation_history` is of annotation changes.
 * - An undo or redo entry points at a row of either log. SQLite cannot relax
 *   a NOT NULL column in place, so `undo_stack` is rebuilt; its ids are kept,
 *   because the stacks are read newest id first.
 */
export const statusHistory: Migration = {
  version: 3,
  name: 'status changes in the undo history',
  up: `
    CREATE TABLE status_history (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL,
      origin       TEXT    NOT NULL DEFAULT 'edit' CHECK (origin IN ('edit', 'undo', 'redo')),
      before       TEXT    NOT NULL CHECK (before IN ('todo', 'in_progress', 'done')),
      after        TEXT    NOT NULL CHECK (after IN ('todo', 'in_progress', 'done')),
      at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX status_history_document ON status_history (document_id, id);
    CREATE TRIGGER status_history_no_update BEFORE UPDATE ON status_history
    BEGIN
      SELECT RAISE(ABORT, 'status history is append-only');
    END;
    CREATE TRIGGER status_history_no_delete BEFORE DELETE ON status_history
    BEGIN
      SELECT RAISE(ABORT, 'status history is append-only');
    END;

    CREATE TABLE undo_stack_rebuilt (
      id                 INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      history_id         INTEGER REFERENCES annotation_history (id),
      status_history_id  INTEGER REFERENCES status_history (id),
      stack              TEXT    NOT NULL CHECK (stack IN ('undo', 'redo')),
      CHECK ((history_id IS NULL) <> (status_history_id IS NULL))
    );
    INSERT INTO undo_stack_rebuilt (id, document_id, history_id, stack)
      SELECT id, document_id, history_id, stack FROM undo_stack ORDER BY id;
    DROP TABLE undo_stack;
    ALTER TABLE undo_stack_rebuilt RENAME TO undo_stack;
    CREATE INDEX undo_stack_document ON undo_stack (document_id, stack, id);
  `,
};
