import { DEFAULT_LABEL_COLORS as C } from '../../scheme/palette.ts';
import type { Migration } from './types.ts';

/**
 * Offsets (`start`, `end`) are UTF-16 code units into `documents.text`, which
 * is what JavaScript and the DOM use; exports convert to code points.
 * `text_length` is stored in the same unit so SQLite itself can refuse a span
 * that points past the end of its text.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE documents (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      external_id   TEXT    NOT NULL UNIQUE,
      title         TEXT,
      -- What the document list shows and searches: the title, or one derived from the text.
      list_title    TEXT    NOT NULL,
      published     TEXT,
      source        TEXT,
      text          TEXT    NOT NULL,
      text_length   INTEGER NOT NULL CHECK (text_length >= 0),
      text_sha256   TEXT    NOT NULL UNIQUE CHECK (length(text_sha256) = 64),
      meta          TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(meta) AND json_type(meta) = 'object'),
      status        TEXT    NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
      -- Kept by triggers on annotations, so the list and progress never count rows.
      annotation_count INTEGER NOT NULL DEFAULT 0,
      created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX documents_status ON documents (status);
    -- Covers the document list and its filter, so neither reads the article texts.
    CREATE INDEX documents_listing ON documents (status, external_id, list_title, published, annotation_count);

    -- The text is immutable once imported: annotations point into it.
    CREATE TRIGGER documents_text_immutable BEFORE UPDATE OF text, text_length, text_sha256 ON documents
    BEGIN
      SELECT RAISE(ABORT, 'document text is immutable');
    END;

    CREATE TABLE labels (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      name        TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
      color       TEXT    NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      hotkey      TEXT    UNIQUE CHECK (hotkey IS NULL OR length(hotkey) = 1),
      position    INTEGER NOT NULL DEFAULT 0,
      annotation_count INTEGER NOT NULL DEFAULT 0,
      created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    INSERT INTO labels (name, color, hotkey, position) VALUES
      ('EVENT',  '${C.EVENT}', '1', 1),
      ('NUMBER', '${C.NUMBER}', '2', 2),
      ('ACTOR',  '${C.ACTOR}', '3', 3);

    -- AUTOINCREMENT so that an id is never reused: undo re-creates a deleted
    -- annotation under its old id and history rows must keep meaning one span.
    CREATE TABLE annotations (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      label_id     INTEGER NOT NULL REFERENCES labels (id),
      start        INTEGER NOT NULL CHECK (start >= 0),
      "end"        INTEGER NOT NULL,
      annotator    TEXT,
      created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      CHECK (start < "end"),
      UNIQUE (document_id, label_id, start, "end")
    );
    CREATE INDEX annotations_document ON annotations (document_id, start, "end");
    CREATE INDEX annotations_label ON annotations (label_id);

    CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations
    BEGIN
      UPDATE documents SET annotation_count = annotation_count + 1 WHERE id = NEW.document_id;
      UPDATE labels SET annotation_count = annotation_count + 1 WHERE id = NEW.label_id;
    END;
    CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations
    BEGIN
      UPDATE documents SET annotation_count = annotation_count - 1 WHERE id = OLD.document_id;
      UPDATE labels SET annotation_count = annotation_count - 1 WHERE id = OLD.label_id;
    END;
    CREATE TRIGGER annotations_count_relabel AFTER UPDATE OF label_id ON annotations
    WHEN NEW.label_id <> OLD.label_id
    BEGIN
      UPDATE labels SET annotation_count = annotation_count - 1 WHERE id = OLD.label_id;
      UPDATE labels SET annotation_count = annotation_count + 1 WHERE id = NEW.label_id;
    END;

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

    -- Append-only: every create/update/delete of an annotation, with the row
    -- before and after as JSON. Undo and redo append rows too.
    CREATE TABLE annotation_history (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      annotation_id  INTEGER NOT NULL,
      document_id    INTEGER NOT NULL,
      action         TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete')),
      origin         TEXT    NOT NULL DEFAULT 'edit' CHECK (origin IN ('edit', 'undo', 'redo', 'import')),
      before         TEXT    CHECK (before IS NULL OR json_valid(before)),
      after          TEXT    CHECK (after IS NULL OR json_valid(after)),
      at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX annotation_history_document ON annotation_history (document_id, id);
    CREATE TRIGGER annotation_history_no_update BEFORE UPDATE ON annotation_history
    BEGIN
      SELECT RAISE(ABORT, 'annotation history is append-only');
    END;
    CREATE TRIGGER annotation_history_no_delete BEFORE DELETE ON annotation_history
    BEGIN
      SELECT RAISE(ABORT, 'annotation history is append-only');
    END;

    -- The per-document undo and redo stacks: pointers into the history.
    CREATE TABLE undo_stack (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      history_id   INTEGER NOT NULL REFERENCES annotation_history (id),
      stack        TEXT    NOT NULL CHECK (stack IN ('undo', 'redo'))
    );
    CREATE INDEX undo_stack_document ON undo_stack (document_id, stack, id);
  `,
};
