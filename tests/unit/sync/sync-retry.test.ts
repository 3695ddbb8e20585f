/**
 * What a sync does with what it cannot apply and with what does not
 * travel: a pulled change that fails is kept and applied by a later sync;
 * a layer's status travels, the status and spans of no layer stay and the
 * summary counts them. The spawned CLI on real SQLite files against a real
 * PostgreSQL cluster.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { exportSchemeText } from '../../../src-main/scheme/export.ts';
import { importScheme } from '../../../src-main/scheme/import.ts';
import { addAnnotator, initServer } from '../../../src-main/sync/admin.ts';
import { connect } from '../../../src-main/sync/connect.ts';
import { SUPERUSER, SUPERUSER_PASSWORD, useCluster } from '../../helpers/postgres.ts';
import { cli, clientDb, layersOf } from '../../helpers/team.ts';
import { tempDir } from '../../helpers/tmp.ts';

const postgres = useCluster();

async function team(): Promise<{ anna: string; bob: string }> {
  const database = await postgres.cluster.createDatabase();
  const server = await connect(postgres.cluster.url(SUPERUSER, SUPERUSER_PASSWORD, database));
  try {
    await initServer(server);
    await addAnnotator(server, { name: 'anna', password: 'anna-secret', adjudicator: false });
    await addAnnotator(server, { name: 'bob', password: 'bob-secret', adjudicator: false });
  } finally {
    await server.end();
  }
  return {
    anna: postgres.cluster.url('anna', 'anna-secret', database),
    bob: postgres.cluster.url('bob', 'bob-secret', database),
  };
}

function withDb<T>(path: string, fn: (db: Db) => T): T {
  const db = openDatabase(path);
  try {
    return fn(db);
  } finally {
    closeDatabase(db);
  }
}

const withLabel = (name: string) => (db: Db) => {
  const scheme = JSON.parse(exportSchemeText(db)) as { labels: { name: string }[] };
  scheme.labels.push({ name });
  importScheme(db, JSON.stringify(scheme));
};

const labelId = (db: Db, name: string): number => {
  const found = findLabelByName(db, name);
  if (!found) throw new Error(`no label ${name}`);
  return found.id;
};

/** anna's spans as a database holds them (her layer's status travels apart from them). */
const annasSpans = (path: string): string[] =>
  withDb(path, layersOf).filter((l) => l.includes('"anna"') && !l.startsWith('status '));

describe.skipIf(!postgres.available)(
  'what a sync leaves and keeps (real PostgreSQL)',
  { timeout: 120_000 },
  () => {
    it('keeps a pulled change it cannot apply and applies it on a later sync', async () => {
      const t = await team();
      const dir = tempDir();
      const [anna, bob] = [clientDb(dir, 'anna'), clientDb(dir, 'bob')];
      // anna's own label (her scheme edit stays on her machine), on a span of her layer.
      withDb(anna, (db) => {
        withLabel('TOPIC')(db);
        createAnnotation(db, {
          documentId: 1,
          labelId: labelId(db, 'TOPIC'),
          start: 0,
          end: 5,
          annotator: 'anna',
        });
      });
      expect(cli(['sync', '--db', anna, '--server', t.anna]).code).toBe(0);

      const first = cli(['sync', '--db', bob, '--server', t.bob]);
      expect(first.code).toBe(3);
      expect(first.stderr).toMatch(
        /^annotator: change \S+ \(annotation of layer anna\): the scheme here has no label "TOPIC"$/m,
      );
      expect(first.stdout).toMatch(/1 change not applied \(kept, tried again on the next sync\)/);
      expect(annasSpans(bob)).toEqual([]);

      // Still missing: kept again, and said again.
      const again = cli(['sync', '--db', bob, '--server', t.bob]);
      expect(again.code).toBe(3);
      expect(again.stdout).toMatch(/1 change not applied/);

      withDb(bob, withLabel('TOPIC'));
      const retried = cli(['sync', '--db', bob, '--server', t.bob]);
      expect(retried.stderr).toBe('');
      expect(retried.code).toBe(0);
      expect(retried.stdout).toMatch(/pulled 1 change and 0 documents; .*1 earlier change applied on retry/);
      expect(annasSpans(bob)).toEqual(annasSpans(anna));
      expect(annasSpans(bob)).toHaveLength(1);

      // Applied once: nothing is kept any more.
      const after = cli(['sync', '--db', bob, '--server', t.bob]);
      expect(after.code).toBe(0);
      expect(after.stdout).not.toMatch(/retry|not applied/);
    });

    it("syncs a layer's status; the status and spans of no layer stay, and the summary says so", async () => {
      const t = await team();
      const dir = tempDir();
      const [anna, bob] = [clientDb(dir, 'anna'), clientDb(dir, 'bob')];
      withDb(anna, (db) => {
        // With her name set: her layer's status. Without: this database's own status and an unattributed span.
        changeStatus(db, 1, 'done', 'anna');
        changeStatus(db, 2, 'in_progress', null);
        createAnnotation(db, {
          documentId: 2,
          labelId: labelId(db, 'ACTOR'),
          start: 0,
          end: 5,
          annotator: null,
        });
      });
      const pushed = cli(['sync', '--db', anna, '--server', t.anna]);
      expect(pushed.code).toBe(0);
      expect(pushed.stdout).toMatch(/pushed 1 change and 2 documents/);
      expect(pushed.stdout).toMatch(
        /1 change of unattributed spans left here; 1 status change of no layer left here \(no annotator name set\)/,
      );

      expect(cli(['sync', '--db', bob, '--server', t.bob]).code).toBe(0);
      const statuses = (path: string): unknown[] =>
        withDb(path, (db) =>
          db
            .prepare(
              `SELECT d.external_id AS doc, d.status, dl.layer, dl.status AS layerStatus
             FROM documents d LEFT JOIN document_layers dl ON dl.document_id = d.id ORDER BY d.external_id`,
            )
            .all(),
        );
      // bob has anna's layer status, keeps his own document statuses, and none of anna's unattributed work.
      expect(statuses(bob)).toEqual([
        { doc: 'd1', status: 'todo', layer: 'anna', layerStatus: 'done' },
        { doc: 'd2', status: 'todo', layer: null, layerStatus: null },
      ]);
      expect(withDb(bob, (db) => db.prepare('SELECT count(*) FROM annotations').pluck().get())).toBe(0);
    });

    it('logs, on migrating, the layer statuses schema 6 took over unlogged, so that they travel', async () => {
      const t = await team();
      const dir = tempDir();
      const [anna, bob] = [clientDb(dir, 'anna'), clientDb(dir, 'bob')];
      // A database of schema 10 whose layer status came from the document, as schema 6 set it up: no log row.
      const raw = new Database(anna);
      raw.exec(`
      INSERT INTO document_layers (document_id, layer, status) VALUES (2, 'anna', 'done');
      DROP TABLE sync_unapplied;
      DROP TRIGGER document_status_counts_insert;
      DROP TRIGGER document_status_counts_delete;
      DROP TRIGGER document_status_counts_update;
      DROP TABLE document_status_counts;
      DROP INDEX documents_text_length;
      CREATE INDEX suggestions_label ON suggestions (label_id, state);
      DROP INDEX annotation_history_deleted;
      PRAGMA user_version = 10;`);
      raw.close();
      expect(cli(['sync', '--db', anna, '--server', t.anna]).stdout).toMatch(
        /pushed 1 change and 2 documents/,
      );
      expect(cli(['sync', '--db', bob, '--server', t.bob]).code).toBe(0);
      expect(
        withDb(bob, (db) =>
          db.prepare("SELECT layer, status FROM document_layers WHERE layer = 'anna'").all(),
        ),
      ).toEqual([{ layer: 'anna', status: 'done' }]);
    });
  },
);
