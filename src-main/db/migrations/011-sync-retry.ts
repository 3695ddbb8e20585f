import type { Migration } from './types.ts';

/**
 * Team-server sync, continued (issue 24).
 *
 * - `sync_unapplied` keeps the pulled changes that could not be applied
 *   here (a label the local scheme lacks, a document not here yet, a change
 *   of a newer version), as they came, with the reason. Every sync tries
 *   them again before pulling on; one applied, or outdated by a later change
 *   of the same target that was applied, leaves the table.
 * - A layer's status travels as its status log (`status_history.layer`).
 *   Layers whose status schema 6 took over from the document, unlogged, get
 *   a row saying so now, or a synced copy of the layer would stay `todo`.
 *   The status of no layer (`layer` NULL: no annotator name set) is this
 *   database's own, as are the unattributed spans: neither travels, and the
 *   sync summary counts what it leaves here.
 */
export const syncRetry: Migration = {
  version: 11,
  name: 'team-server sync: changes to retry, unlogged layer statuses',
  up: `
    CREATE TABLE sync_unapplied (
      server           TEXT    NOT NULL,
      seq              INTEGER NOT NULL,
      change_id        TEXT    NOT NULL,
      entity           TEXT    NOT NULL,
      document_sha256  TEXT    NOT NULL,
      target           TEXT    NOT NULL,
      -- The server's row as pulled (id, layer, documentSha256, entity, target, state).
      change           TEXT    NOT NULL CHECK (json_valid(change)),
      problem          TEXT    NOT NULL,
      PRIMARY KEY (server, change_id)
    );
    CREATE INDEX sync_unapplied_target ON sync_unapplied (server, entity, document_sha256, target, seq);

    INSERT INTO status_history (document_id, origin, before, after, layer)
      SELECT dl.document_id, 'edit', coalesce(logged.after, 'todo'), dl.status, dl.layer
      FROM document_layers dl
      LEFT JOIN (SELECT document_id, layer, after, max(id) FROM status_history
                 WHERE layer IS NOT NULL GROUP BY document_id, layer) logged
        ON logged.document_id = dl.document_id AND logged.layer = dl.layer
      WHERE dl.status <> coalesce(logged.after, 'todo')
      ORDER BY dl.document_id, dl.layer;
  `,
};
