import type { Migration } from './types.ts';

/**
 * Counts the corpus figures read on every refresh, so that neither the
 * progress figures nor the unfiltered document list count a million rows
 * (issue 23).
 *
 * - `document_status_counts` holds how many documents have each status.
 *   Triggers keep it, in the same statement as the change: one write of a
 *   three-row table per document, against rewriting the ~3 KB document row
 *   per span that migration 002 took away from the annotation counts.
 *   Every path that adds, removes or re-statuses a document (import, sync,
 *   undo, the CLI, other tools) is covered without having to remember it.
 */
export const corpusCounts: Migration = {
  version: 12,
  name: 'corpus counts: documents per status kept by triggers',
  up: `
    CREATE TABLE document_status_counts (
      status  TEXT    PRIMARY KEY CHECK (status IN ('todo', 'in_progress', 'done')),
      n       INTEGER NOT NULL CHECK (n >= 0)
    );
    INSERT INTO document_status_counts (status, n)
      SELECT s.status, (SELECT count(*) FROM documents d WHERE d.status = s.status)
      FROM (SELECT 'todo' AS status UNION ALL SELECT 'in_progress' UNION ALL SELECT 'done') s;

    CREATE TRIGGER document_status_counts_insert AFTER INSERT ON documents
    BEGIN
      UPDATE document_status_counts SET n = n + 1 WHERE status = NEW.status;
    END;
    CREATE TRIGGER document_status_counts_delete AFTER DELETE ON documents
    BEGIN
      UPDATE document_status_counts SET n = n - 1 WHERE status = OLD.status;
    END;
    CREATE TRIGGER document_status_counts_update AFTER UPDATE OF status ON documents
    WHEN NEW.status <> OLD.status
    BEGIN
      UPDATE document_status_counts SET n = n - 1 WHERE status = OLD.status;
      UPDATE document_status_counts SET n = n + 1 WHERE status = NEW.status;
    END;
  `,
};
