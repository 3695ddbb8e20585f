import type { Migration } from './types.ts';

/**
 * Team layers (issue 20) and suggestions (issue 19).
 *
 * - A layer is an annotator: `annotations.annotator` names it. The layer
 *   named `gold` is the curated gold standard; `gold` and `all` are
 *   reserved and never an annotator's name (annotator-name.ts).
 * - `document_layers` keeps each layer's own progress on a document, and
 *   the curation status as the `gold` row. `documents.status` stays the
 *   status of this database's own work (the list, its filters and counts
 *   read it); the status a layer of someone else's brought along, or the
 *   own layer's status when it is exported alone, is read from here.
 *   Existing layers start with the document's status.
 * - `status_history.layer` says whose status a logged change was (NULL:
 *   the database's own, as before).
 * - `suggestions` are spans the rules propose and no annotator owns yet.
 *   They stay out of `annotations` so that counts, agreement, merges and
 *   the duplicate rule never see them. Accepting one creates an annotation
 *   (origin `accepted`, with the rule) and deletes the suggestion; a
 *   rejected one stays, as `rejected`, so it is not proposed again. `uid`
 *   is the span id an export gives it; span-uid.ts never hands an
 *   annotation a uid a suggestion holds.
 */
export const teamLayers: Migration = {
  version: 6,
  name: 'team layers: per-layer status, suggestions',
  up: `
    CREATE TABLE document_layers (
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      layer        TEXT    NOT NULL CHECK (length(layer) BETWEEN 1 AND 128),
      status       TEXT    NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
      updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      PRIMARY KEY (document_id, layer)
    );
    CREATE INDEX document_layers_layer ON document_layers (layer, status);

    INSERT INTO document_layers (document_id, layer, status)
      SELECT DISTINCT a.document_id, a.annotator, d.status
      FROM annotations a JOIN documents d ON d.id = a.document_id
      WHERE a.annotator IS NOT NULL AND length(a.annotator) BETWEEN 1 AND 128;

    ALTER TABLE status_history ADD COLUMN layer TEXT;

    CREATE TABLE suggestions (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      label_id     INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
      start        INTEGER NOT NULL CHECK (start >= 0),
      "end"        INTEGER NOT NULL,
      uid          TEXT    NOT NULL CHECK (length(uid) BETWEEN 1 AND 128),
      -- The rule that proposed it, e.g. 'number.digits', 'actor.mention'.
      rule         TEXT    NOT NULL CHECK (length(rule) BETWEEN 1 AND 128),
      -- The normalized attribute values accepting fills in (keys in name order).
      attributes   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(attributes) AND json_type(attributes) = 'object'),
      state        TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'rejected')),
      created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      CHECK (start < "end"),
      UNIQUE (document_id, uid),
      UNIQUE (document_id, start, "end", label_id)
    );
    CREATE INDEX suggestions_label ON suggestions (label_id, state);

    CREATE TRIGGER suggestions_within_text_insert BEFORE INSERT ON suggestions
    WHEN NEW."end" > (SELECT text_length FROM documents WHERE id = NEW.document_id)
    BEGIN
      SELECT RAISE(ABORT, 'suggestion ends past the end of its document');
    END;
  `,
};
