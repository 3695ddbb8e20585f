import type { Migration } from './types.ts';

/**
 * The state of an annotation as a history row stores it (db/model.ts
 * Annotation, keys in its order), made from its row in SQL: the import
 * logs a whole document's spans with one statement.
 */
export const ANNOTATION_STATE_SQL = `json_object(
  'id', a.id, 'uid', a.uid, 'documentId', a.document_id, 'labelId', a.label_id,
  'start', a.start, 'end', a."end", 'annotator', a.annotator, 'attributes', json(a.attributes),
  'fragments', json(a.fragments), 'origin', json(a.origin), 'note', a.note, 'flag', a.flag,
  'createdAt', a.created_at, 'updatedAt', a.updated_at)`;

/** The same of a relation (db/model.ts Relation). */
export const RELATION_STATE_SQL = `json_object(
  'id', r.id, 'documentId', r.document_id, 'roleId', r.role_id, 'headId', r.head_id,
  'childId', r.child_id, 'createdAt', r.created_at)`;

/** Both logs get the same id rule; `letter` keeps their numbers apart. */
const changeIds = (table: string, letter: string): string => `
    DROP TRIGGER ${table}_no_update;
    ALTER TABLE ${table} ADD COLUMN change_id TEXT;
    UPDATE ${table} SET change_id = (SELECT client_id FROM sync_client) || '-${letter}' || id;
    CREATE UNIQUE INDEX ${table}_change ON ${table} (change_id);
    -- Append-only as before; only a missing change id may be filled in, once.
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE OF id, ${table === 'annotation_history' ? 'entity, annotation_id, action,' : 'layer,'} document_id, origin, before, after, at ON ${table}
    BEGIN
      SELECT RAISE(ABORT, '${table.replace('_', ' ')} is append-only');
    END;
    CREATE TRIGGER ${table}_change_id_once BEFORE UPDATE OF change_id ON ${table}
    WHEN OLD.change_id IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, '${table.replace('_', ' ')} is append-only');
    END;
    CREATE TRIGGER ${table}_change_id AFTER INSERT ON ${table}
    WHEN NEW.change_id IS NULL
    BEGIN
      UPDATE ${table} SET change_id = (SELECT client_id FROM sync_client) || '-${letter}' || NEW.id WHERE id = NEW.id;
    END;`;

/**
 * Team-server sync (issue 24): the change log travels between databases.
 *
 * - `sync_client` holds this database's random id, made once. A change
 *   row's `change_id` is that id and the row's own number (`-a` for
 *   annotation_history, `-s` for status_history): unique across every
 *   database of a team, without coordination. Rows written here get it by
 *   trigger; old rows are given theirs now; a change pulled from the server
 *   keeps the id it was made with, so applying it twice is seen and
 *   skipped.
 * - Imported annotations and relations now log their state (a `create` row,
 *   origin `import`): the log must hold everything a layer is, or a synced
 *   layer would lack its imported spans. Existing annotations that no
 *   `create` row describes get one with their current state, after their
 *   other rows: replayed in order, the log ends in the state the table has.
 *   The same is done for relations.
 * - `sync_keys`: an annotation or relation made elsewhere and pulled here
 *   is named across databases by the key it was given where it was made;
 *   one made here is named by `client_id-n<id>` (`-r<id>` for relations),
 *   which needs no row.
 * - `sync_state` is the cursor per server: the last own change row of
 *   each log pushed, the last server sequence number pulled, the last
 *   scheme version seen and the time of the last sync.
 */
export const sync: Migration = {
  version: 8,
  name: 'team-server sync: change ids, imported state in the log, sync cursor',
  up: `
    CREATE TABLE sync_client (
      id         INTEGER PRIMARY KEY CHECK (id = 1),
      client_id  TEXT    NOT NULL CHECK (length(client_id) = 32)
    );
    INSERT INTO sync_client (id, client_id) VALUES (1, lower(hex(randomblob(16))));
    ${changeIds('annotation_history', 'a')}
    ${changeIds('status_history', 's')}

    INSERT INTO annotation_history (entity, annotation_id, document_id, action, origin, before, after)
      SELECT 'annotation', a.id, a.document_id, 'create', 'import', NULL, ${ANNOTATION_STATE_SQL}
      FROM annotations a
      WHERE a.id NOT IN (SELECT annotation_id FROM annotation_history
                         WHERE entity = 'annotation' AND action = 'create')
      ORDER BY a.id;
    INSERT INTO annotation_history (entity, annotation_id, document_id, action, origin, before, after)
      SELECT 'relation', r.head_id, r.document_id, 'create', 'import', NULL, ${RELATION_STATE_SQL}
      FROM relations r
      WHERE r.id NOT IN (SELECT json_extract(after, '$.id') FROM annotation_history
                         WHERE entity = 'relation' AND action = 'create')
      ORDER BY r.id;

    CREATE TABLE sync_keys (
      entity    TEXT    NOT NULL CHECK (entity IN ('annotation', 'relation')),
      local_id  INTEGER NOT NULL,
      key       TEXT    NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 200),
      PRIMARY KEY (entity, local_id)
    );

    CREATE TABLE sync_state (
      server            TEXT    PRIMARY KEY CHECK (length(server) BETWEEN 1 AND 1000),
      pushed_history    INTEGER NOT NULL DEFAULT 0,
      pushed_status     INTEGER NOT NULL DEFAULT 0,
      pushed_document   INTEGER NOT NULL DEFAULT 0,
      pulled_seq        INTEGER NOT NULL DEFAULT 0,
      pulled_document   INTEGER NOT NULL DEFAULT 0,
      scheme_version    INTEGER NOT NULL DEFAULT 0,
      scheme_json       TEXT,
      last_sync         TEXT
    );
  `,
};
