import type { Migration } from './types.ts';

/**
 * Notes and flags on documents (issue 22). Annotations have had `note` and
 * `flag` since schema 5; a document now has them too.
 *
 * - `documents.note` and `documents.flag` are this database's own, like
 *   `documents.status`: what the list shows and filters, and what the
 *   export writes as `meta.note` and `meta.flag`.
 * - `document_note_history` is their append-only log, as `status_history`
 *   is of the status: `layer` is whose change it was (the annotator's name,
 *   NULL when none is set).
 * - The partial indexes hold only the few rows that carry a note or a flag,
 *   so the list's "flagged" and "noted" filters read those rows and never
 *   scan a million documents or their spans.
 */
export const notesFlags: Migration = {
  version: 10,
  name: 'notes and flags on documents',
  up: `
    ALTER TABLE documents ADD COLUMN note TEXT CHECK (note IS NULL OR note <> '');
    ALTER TABLE documents ADD COLUMN flag TEXT CHECK (flag IS NULL OR flag <> '');
    CREATE INDEX documents_flagged ON documents (id) WHERE flag IS NOT NULL;
    CREATE INDEX documents_noted ON documents (id) WHERE note IS NOT NULL;
    CREATE INDEX annotations_flagged ON annotations (document_id) WHERE flag IS NOT NULL;
    CREATE INDEX annotations_noted ON annotations (document_id) WHERE note IS NOT NULL;

    CREATE TABLE document_note_history (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL,
      layer        TEXT,
      origin       TEXT    NOT NULL DEFAULT 'edit' CHECK (origin IN ('edit', 'import')),
      before_note  TEXT,
      before_flag  TEXT,
      after_note   TEXT,
      after_flag   TEXT,
      at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX document_note_history_document ON document_note_history (document_id, id);
    CREATE TRIGGER document_note_history_no_update BEFORE UPDATE ON document_note_history
    BEGIN
      SELECT RAISE(ABORT, 'document note history is append-only');
    END;
    CREATE TRIGGER document_note_history_no_delete BEFORE DELETE ON document_note_history
    BEGIN
      SELECT RAISE(ABORT, 'document note history is append-only');
    END;
  `,
};
