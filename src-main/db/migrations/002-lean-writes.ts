import type { Migration } from './types.ts';

/**
 * Makes bulk writes cheap enough for corpus-scale imports (issue 6):
 *
 * - The per-row count triggers go. Each imported span made them rewrite its
 *   ~3 KB document row and the listing index entry: that was a third of the
 *   import time. The write paths in db/annotations.ts and the importer keep
 *   the counts instead, once per change or once per document (db/counts.ts).
 * - The span uniqueness key becomes (document_id, start, end, label_id): the
 *   same rule, but in reading order, so it also serves "spans of a document by
 *   position" and the separate annotations_document index can go. SQLite
 *   cannot change a table constraint in place, so the table is rebuilt; ids
 *   and the AUTOINCREMENT high-water mark are kept, because history rows name
 *   annotations by id and an id must never be reused.
 * - documents_status duplicated the leading column of documents_listing.
 */
export const leanWrites: Migration = {
  version: 2,
  name: 'lean writes: counts kept by the writers, span key in reading order',
  up: `
    DROP TRIGGER annotations_count_insert;
    DROP TRIGGER annotations_count_delete;
    DROP TRIGGER annotations_count_relabel;
    DROP TRIGGER annotations_within_text_insert;
    DROP TRIGGER annotations_within_text_update;
    DROP INDEX documents_status;

    CREATE TABLE annotations_rebuilt (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      label_id     INTEGER NOT NULL REFERENCES labels (id),
      start        INTEGER NOT NULL CHECK (start >= 0),
      "end"        INTEGER NOT NULL,
      annotator    TEXT,
      created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      CHECK (start < "end"),
      UNIQUE (document_id, start, "end", label_id)
    );
    INSERT INTO annotations_rebuilt (id, document_id, label_id, start, "end", annotator, created_at, updated_at)
      SELECT id, document_id, label_id, start, "end", annotator, created_at, updated_at
      FROM annotations ORDER BY id;
    -- Carry the high-water mark over: deleted annotations may have had larger ids.
    INSERT INTO sqlite_sequence (name, seq)
      SELECT 'annotations_rebuilt', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'annotations_rebuilt');
    UPDATE sqlite_sequence
      SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'annotations'), 0))
      WHERE name = 'annotations_rebuilt';
    DROP TABLE annotations;
    ALTER TABLE annotations_rebuilt RENAME TO annotations;
    CREATE INDEX annotations_label ON annotations (label_id);

    CREATE TRIGGER annotations_within_text_insert BEFORE INSERT ON annotations
    WHEN NEW."end" > (SELECT text_length FROM documents WHERE id = NEW.document_id)
    BEGIN
      SELECT RAISE(ABORT, 'annotation ends past the end of its document');
    END;
    CREATE TRIGGER annotations_within_text_update BEFORE UPDATE OF start, "end", document_id ON annotations
    WHEN NEW."end" > (SELECT text_length FROM documents WHERE id = NEW.document_id)
    BEGIN
      SELECT RAISE(ABORT, 'annotation ends past the end of its document');
    END;
  `,
};
