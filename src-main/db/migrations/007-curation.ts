import type { Migration } from './types.ts';

/**
 * Curation (issue 20, adjudication).
 *
 * - `undo_stack.layer` says whose undo step an entry is: NULL for the
 *   database's own work (the user's layer and unattributed spans, as
 *   before), `gold` for the curator's. The curation view undoes gold steps
 *   only and the editor its own, so neither undoes the other's work.
 *   `batch` ties the entries one command made (accepting a relation with
 *   its ends, accepting everything all annotators agree on) into one step.
 * - `curation_rejections` keeps the items a curator rejected, per
 *   document, so they stay out of the curation list across sessions. An
 *   item is named by its identity key (db/curation-items.ts): label,
 *   start, end and fragments of a span; role and both ends of a relation.
 */
export const curation: Migration = {
  version: 7,
  name: 'curation: gold undo steps, rejected items',
  up: `
    ALTER TABLE undo_stack ADD COLUMN layer TEXT;
    ALTER TABLE undo_stack ADD COLUMN batch INTEGER;
    DROP INDEX undo_stack_document;
    CREATE INDEX undo_stack_document ON undo_stack (document_id, stack, layer, id);

    CREATE TABLE curation_rejections (
      document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      item_key     TEXT    NOT NULL CHECK (length(item_key) BETWEEN 1 AND 100000),
      created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      PRIMARY KEY (document_id, item_key)
    );
  `,
};
