import type { Migration } from './types.ts';

/**
 * Event frames (issue 18), and the data model the team issues build on:
 *
 * - The annotation scheme lives in the database: a label gets its guideline
 *   text; `attribute_defs` are a label's attributes (type, allowed values,
 *   required, default offered in the editor); `roles` with `role_labels` say
 *   which labels a role links, how many per event and whether it is required.
 *   A new database gets the default scheme's attributes and roles.
 * - Annotations gain a `uid`: the span id of the export, unique in its
 *   document across all layers, kept through export, import and merges. The
 *   integer `id` stays the row key that history rows and relations use.
 *   `attributes` is a JSON object of the values set (keys in name order);
 *   `fragments` a JSON array of `[start, end]` pairs in UTF-16 units for a
 *   discontinuous span (at least two, in order, not overlapping; `start` and
 *   `end` are then their extent), NULL otherwise; `origin` is NULL or
 *   `{"kind": "manual"|"suggestion"|"accepted", "rule": string|null}`.
 *   The duplicate rule becomes per layer: the same label on the same
 *   characters (fragments included) once per annotator. SQLite cannot change
 *   a table's constraints in place, so the table is rebuilt; ids and the
 *   AUTOINCREMENT high-water mark are kept. Existing spans get `T1`, `T2`, …
 *   per document in reading order.
 * - `relations` link two annotations of one document by a role (head: the
 *   event; child: the argument). A relation belongs to its head's layer.
 * - `annotation_history` also logs relation changes (`entity = 'relation'`,
 *   `annotation_id` the head annotation, before/after the relation row), so
 *   undo, redo and the change log cover them. Deleting an annotation logs
 *   one row whose `before` holds the relations it took along.
 */
export const eventFrames: Migration = {
  version: 5,
  name: 'event frames: scheme, span ids, attributes, fragments, relations',
  up: `
    ALTER TABLE labels ADD COLUMN description TEXT NOT NULL DEFAULT '';

    CREATE TABLE attribute_defs (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      label_id       INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
      name           TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
      type           TEXT    NOT NULL CHECK (type IN ('choice', 'boolean', 'number', 'text', 'date')),
      -- The allowed values of a 'choice' attribute, in the order offered; '[]' for other types.
      choices        TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(choices) AND json_type(choices) = 'array'),
      required       INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
      -- Offered in the editor, never written on import or export. JSON, or NULL.
      default_value  TEXT    CHECK (default_value IS NULL OR json_valid(default_value)),
      position       INTEGER NOT NULL DEFAULT 0,
      UNIQUE (label_id, name)
    );

    CREATE TABLE roles (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      name         TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
      hotkey       TEXT    UNIQUE CHECK (hotkey IS NULL OR length(hotkey) = 1),
      description  TEXT    NOT NULL DEFAULT '',
      -- 1: an event may have many fillers of this role; 0: at most one.
      many         INTEGER NOT NULL DEFAULT 1 CHECK (many IN (0, 1)),
      required     INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
      position     INTEGER NOT NULL DEFAULT 0
    );

    -- Which labels a role links: from (the head, the event) and to (the child, the argument).
    CREATE TABLE role_labels (
      role_id   INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
      side      TEXT    NOT NULL CHECK (side IN ('from', 'to')),
      label_id  INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
      UNIQUE (role_id, side, label_id)
    );
    CREATE INDEX role_labels_label ON role_labels (label_id);

    INSERT INTO attribute_defs (label_id, name, type, choices, position)
      SELECT l.id, d.name, d.type, d.choices, d.position
      FROM labels l JOIN (
        SELECT 'EVENT' AS label, 'polarity' AS name, 'choice' AS type, '["positive","negative"]' AS choices, 1 AS position
        UNION ALL SELECT 'EVENT', 'modality', 'choice', '["asserted","hypothetical","other"]', 2
        UNION ALL SELECT 'EVENT', 'tense', 'choice', '["past","present","future","unknown"]', 3
        UNION ALL SELECT 'EVENT', 'prominence', 'choice', '["main","background"]', 4
        UNION ALL SELECT 'NUMBER', 'value', 'number', '[]', 1
        UNION ALL SELECT 'NUMBER', 'unit', 'text', '[]', 2
        UNION ALL SELECT 'NUMBER', 'mod', 'choice', '["exact","approx","min","max","range"]', 3
        UNION ALL SELECT 'NUMBER', 'min', 'number', '[]', 4
        UNION ALL SELECT 'NUMBER', 'max', 'number', '[]', 5
        UNION ALL SELECT 'ACTOR', 'kind', 'choice', '["person","organisation","country","group","other"]', 1
      ) d ON d.label = l.name;

    INSERT INTO roles (name, hotkey, many, required, position) VALUES
      ('agent', 'a', 1, 0, 1),
      ('patient', 'p', 1, 0, 2),
      ('quantity', 'q', 1, 0, 3);
    INSERT INTO role_labels (role_id, side, label_id)
      SELECT r.id, s.side, l.id
      FROM roles r JOIN (
        SELECT 'agent' AS role, 'from' AS side, 'EVENT' AS label
        UNION ALL SELECT 'agent', 'to', 'ACTOR'
        UNION ALL SELECT 'patient', 'from', 'EVENT'
        UNION ALL SELECT 'patient', 'to', 'ACTOR'
        UNION ALL SELECT 'quantity', 'from', 'EVENT'
        UNION ALL SELECT 'quantity', 'to', 'NUMBER'
      ) s ON s.role = r.name
      JOIN labels l ON l.name = s.label;

    CREATE TABLE annotations_rebuilt (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      label_id     INTEGER NOT NULL REFERENCES labels (id),
      start        INTEGER NOT NULL CHECK (start >= 0),
      "end"        INTEGER NOT NULL,
      uid          TEXT    NOT NULL CHECK (length(uid) BETWEEN 1 AND 128),
      annotator    TEXT,
      attributes   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(attributes) AND json_type(attributes) = 'object'),
      fragments    TEXT    CHECK (fragments IS NULL OR (json_valid(fragments) AND json_type(fragments) = 'array' AND json_array_length(fragments) >= 2)),
      origin       TEXT    CHECK (origin IS NULL OR (json_valid(origin) AND json_type(origin) = 'object')),
      note         TEXT,
      flag         TEXT,
      created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      CHECK (start < "end"),
      UNIQUE (document_id, uid)
    );
    INSERT INTO annotations_rebuilt (id, document_id, label_id, start, "end", uid, annotator, created_at, updated_at)
      SELECT id, document_id, label_id, start, "end",
             'T' || row_number() OVER (PARTITION BY document_id ORDER BY start, "end", label_id, id),
             annotator, created_at, updated_at
      FROM annotations ORDER BY id;
    INSERT INTO sqlite_sequence (name, seq)
      SELECT 'annotations_rebuilt', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'annotations_rebuilt');
    UPDATE sqlite_sequence
      SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'annotations'), 0))
      WHERE name = 'annotations_rebuilt';
    DROP TABLE annotations;
    ALTER TABLE annotations_rebuilt RENAME TO annotations;
    -- The duplicate rule (per layer) and the document's spans in reading order, in one index.
    CREATE UNIQUE INDEX annotations_span
      ON annotations (document_id, start, "end", label_id, ifnull(annotator, ''), ifnull(fragments, ''));
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

    CREATE TABLE relations (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      role_id      INTEGER NOT NULL REFERENCES roles (id),
      head_id      INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
      child_id     INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
      created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      CHECK (head_id <> child_id),
      UNIQUE (head_id, role_id, child_id)
    );
    CREATE INDEX relations_document ON relations (document_id, head_id);
    CREATE INDEX relations_child ON relations (child_id);
    CREATE INDEX relations_role ON relations (role_id);

    ALTER TABLE annotation_history ADD COLUMN entity TEXT NOT NULL DEFAULT 'annotation'
      CHECK (entity IN ('annotation', 'relation'));
  `,
};
