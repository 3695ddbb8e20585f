/**
 * The team server against a real PostgreSQL cluster (Debian's postgresql,
 * started in a temporary folder): `annotator server init`, `server
 * add-annotator` and `sync` spawned on real SQLite files, and the server's
 * row-level security tried with the annotators' own logins.
 */
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../src-main/db/annotations.ts';
import { createRelation } from '../../../src-main/db/relations.ts';
import { setLayerStatus } from '../../../src-main/db/layers.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import { importScheme } from '../../../src-main/scheme/import.ts';
import { exportSchemeText } from '../../../src-main/scheme/export.ts';
import { addAnnotator, initServer } from '../../../src-main/sync/admin.ts';
import { connect } from '../../../src-main/sync/connect.ts';
import { sync } from '../../../src-main/sync/sync.ts';
import { syncSummary } from '../../../src-main/cli/server.ts';
import { useCluster, SUPERUSER, SUPERUSER_PASSWORD } from '../../helpers/postgres.ts';
import { cli, clientDb, layersOf, TEXTS } from '../../helpers/team.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const postgres = useCluster();

const PASSWORDS: Record<string, string> = { anna: 'anna-secret', bob: 'bob-secret', carla: 'carla-secret' };

interface Team {
  owner: string;
  url: (who: string) => string;
}

/**
 * A fresh server database set up by its owner, with anna and bob as
 * annotators and carla as adjudicator: through the spawned CLI, or (to keep
 * the other tests quick) through the same functions in this process.
 */
async function team(viaCli = false): Promise<Team> {
  const database = await postgres.cluster.createDatabase();
  const owner = postgres.cluster.url(SUPERUSER, SUPERUSER_PASSWORD, database);
  const url = (who: string): string => postgres.cluster.url(who, PASSWORDS[who] ?? '', database);
  if (viaCli) {
    const init = cli(['server', 'init', '--server', owner]);
    expect(init.stdout).toMatch(/annotator schema, team role and policies in place/);
    expect(cli(['server', 'init', '--server', owner]).code).toBe(0);
    for (const name of ['anna', 'bob', 'carla']) {
      const args = ['server', 'add-annotator', name, '--server', owner, '--password-stdin'];
      const added = cli(name === 'carla' ? [...args, '--adjudicator'] : args, {
        input: `${PASSWORDS[name]}\n`,
      });
      expect(added.stderr).toBe('');
      expect(added.stdout).toMatch(new RegExp(`^(created|updated) login ${name}, who writes layer`));
    }
    return { owner, url };
  }
  const server = await connect(owner);
  try {
    await initServer(server);
    for (const name of ['anna', 'bob', 'carla'])
      await addAnnotator(server, { name, password: PASSWORDS[name] ?? '', adjudicator: name === 'carla' });
  } finally {
    await server.end();
  }
  return { owner, url };
}

/** `annotator sync`, spawned. */
function syncCli(db: string, url: string): string {
  const r = cli(['sync', '--db', db, '--server', url]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout.trim();
}

/** The same sync in this process, for the tests about what it does rather than the command. */
async function syncHere(path: string, url: string): Promise<string> {
  const server = await connect(url);
  const db = openDatabase(path);
  try {
    const report = await sync(db, server, url);
    expect(report.problems).toEqual([]);
    return syncSummary(report);
  } finally {
    closeDatabase(db);
    await server.end();
  }
}

function withDb<T>(path: string, fn: (db: Db) => T): T {
  const db = openDatabase(path);
  try {
    return fn(db);
  } finally {
    closeDatabase(db);
  }
}

const label = (db: Db, name: string): number => {
  const found = findLabelByName(db, name);
  if (!found) throw new Error(`no label ${name}`);
  return found.id;
};

describe.skipIf(!postgres.available)('team server (real PostgreSQL)', { timeout: 120_000 }, () => {
  it('two annotators edit offline, sync, and end with the same layers; syncing again changes nothing', async () => {
    const t = await team(true);
    const dir = tempDir();
    const anna = clientDb(dir, 'anna');
    const bob = clientDb(dir, 'bob');
    // Offline: each works in their own layer, both on document 1.
    withDb(anna, (db) => {
      const event = createAnnotation(db, {
        documentId: 1,
        labelId: label(db, 'EVENT'),
        start: 0,
        end: 51,
        annotator: 'anna',
      });
      const actor = createAnnotation(db, {
        documentId: 1,
        labelId: label(db, 'ACTOR'),
        start: 0,
        end: 5,
        annotator: 'anna',
      });
      createRelation(db, { roleId: 1, headId: event.id, childId: actor.id });
      const number = createAnnotation(db, {
        documentId: 1,
        labelId: label(db, 'NUMBER'),
        start: 23,
        end: 28,
        annotator: 'anna',
      });
      updateAnnotation(db, number.id, { attributes: { value: 2500 } });
      const wrong = createAnnotation(db, {
        documentId: 2,
        labelId: label(db, 'ACTOR'),
        start: 4,
        end: 11,
        annotator: 'anna',
      });
      deleteAnnotation(db, wrong.id);
      setLayerStatus(db, 1, 'anna', 'done');
    });
    withDb(bob, (db) => {
      // The same span ids (T1…) as anna's: the layers must not collide.
      createAnnotation(db, {
        documentId: 1,
        labelId: label(db, 'ACTOR'),
        start: 0,
        end: 5,
        annotator: 'bob',
      });
      createAnnotation(db, {
        documentId: 2,
        labelId: label(db, 'NUMBER'),
        start: 29,
        end: 39,
        annotator: 'bob',
      });
    });

    expect(syncCli(anna, t.url('anna'))).toMatch(
      /pushed 10 changes and 2 documents; pulled 0 changes and 0 documents$/,
    );
    expect(syncCli(bob, t.url('bob'))).toMatch(
      /pushed 4 changes and 0 documents; pulled 10 changes and 0 documents$/,
    );
    expect(syncCli(anna, t.url('anna'))).toMatch(
      /pushed 0 changes and 0 documents; pulled 4 changes and 0 documents$/,
    );

    const annaLayers = withDb(anna, layersOf);
    expect(withDb(bob, layersOf)).toEqual(annaLayers);
    expect(annaLayers.filter((l) => l.startsWith('{') && l.includes('"annotator":"anna"'))).toHaveLength(3);
    expect(annaLayers.filter((l) => l.startsWith('{') && l.includes('"annotator":"bob"'))).toHaveLength(2);
    expect(annaLayers.filter((l) => l.startsWith('relation'))).toHaveLength(1);
    expect(annaLayers).toContain(
      `status ${JSON.stringify({ sha: withDb(anna, (db) => db.prepare('SELECT text_sha256 FROM documents WHERE id = 1').pluck().get()), layer: 'anna', status: 'done' })}`,
    );

    // Idempotent: nothing travels, nothing changes.
    expect(syncCli(bob, t.url('bob'))).toMatch(
      /pushed 0 changes and 0 documents; pulled 0 changes and 0 documents/,
    );
    expect(syncCli(anna, t.url('anna'))).toMatch(
      /pushed 0 changes and 0 documents; pulled 0 changes and 0 documents/,
    );
    expect(withDb(bob, layersOf)).toEqual(annaLayers);
    expect(withDb(anna, layersOf)).toEqual(annaLayers);

    // A later edit of anna's reaches bob; bob cannot push into anna's layer from his copy.
    withDb(anna, (db) => {
      const id = db
        .prepare("SELECT id FROM annotations WHERE annotator = 'anna' AND start = 23")
        .pluck()
        .get() as number;
      updateAnnotation(db, id, { attributes: { value: 2501 } });
    });
    syncCli(anna, t.url('anna'));
    withDb(bob, (db) => {
      const id = db
        .prepare('SELECT id FROM annotations WHERE annotator = \'anna\' AND start = 0 AND "end" = 5')
        .pluck()
        .get() as number;
      deleteAnnotation(db, id);
    });
    const r = cli(['sync', '--db', bob, '--server', t.url('bob')]);
    expect(r.stdout).toMatch(
      /pulled 1 change and 0 documents; .*1 change of layers this login may not write left here/,
    );
    expect(
      withDb(bob, (db) =>
        db
          .prepare("SELECT attributes FROM annotations WHERE annotator = 'anna' AND start = 23")
          .pluck()
          .get(),
      ),
    ).toBe('{"value":2501}');
  });

  it("row-level security refuses another layer's rows to an annotator's own login; gold is the adjudicator's", async () => {
    const t = await team();
    const dir = tempDir();
    const anna = clientDb(dir, 'anna');
    withDb(anna, (db) =>
      createAnnotation(db, {
        documentId: 1,
        labelId: label(db, 'ACTOR'),
        start: 0,
        end: 5,
        annotator: 'anna',
      }),
    );
    await syncHere(anna, t.url('anna'));
    const sha = withDb(
      anna,
      (db) => db.prepare('SELECT text_sha256 FROM documents WHERE id = 1').pluck().get() as string,
    );
    const as = async <T>(who: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
      const client = new pg.Client({ connectionString: t.url(who) });
      await client.connect();
      try {
        return await fn(client);
      } finally {
        await client.end();
      }
    };
    const insert = (c: pg.Client, id: string, layer: string) =>
      c.query(
        `INSERT INTO annotator.changes (id, layer, document_sha256, entity, target, state) VALUES ($1, $2, $3, 'status', $2, '{"status":"done"}')`,
        [id, layer, sha],
      );
    await as('bob', async (c) => {
      await expect(insert(c, 'forged-1', 'anna')).rejects.toThrow(/row-level security/);
      await expect(insert(c, 'forged-2', 'gold')).rejects.toThrow(/row-level security/);
      await expect(c.query("UPDATE annotator.changes SET state = NULL WHERE layer = 'anna'")).rejects.toThrow(
        /permission denied/,
      );
      await expect(c.query("DELETE FROM annotator.changes WHERE layer = 'anna'")).rejects.toThrow(
        /permission denied/,
      );
      // Even under a name not his: the author is the login.
      await expect(
        c.query(
          `INSERT INTO annotator.changes (id, layer, document_sha256, entity, target, state, author) VALUES ('forged-3', 'bob', $1, 'status', 'bob', '{"status":"done"}', 'anna')`,
          [sha],
        ),
      ).rejects.toThrow(/row-level security/);
      await insert(c, 'bob-own-1', 'bob');
    });
    await as('carla', async (c) => {
      await insert(c, 'carla-gold-1', 'gold');
      await expect(insert(c, 'carla-anna-1', 'anna')).rejects.toThrow(/row-level security/);
    });
    await as('anna', async (c) => {
      const { rows } = await c.query<{ layer: string; n: string }>(
        'SELECT layer, count(*) AS n FROM annotator.changes GROUP BY layer ORDER BY layer',
      );
      expect(rows.map((r) => [r.layer, Number(r.n)])).toEqual([
        ['anna', 2],
        ['bob', 1],
        ['gold', 1],
      ]);
    });
  });

  it('syncs an imported layer whole: spans, relations and status', async () => {
    const t = await team();
    const dir = tempDir();
    const file = writeJsonl(dir, 'anna-work.jsonl', [
      {
        id: 'd1',
        text: TEXTS[0],
        meta: { status: 'done' },
        spans: [
          { id: 'T1', start: 0, end: 51, label: 'EVENT' },
          { id: 'T2', start: 0, end: 5, label: 'ACTOR' },
        ],
        relations: [{ head: 'T1', child: 'T2', label: 'agent' }],
      },
    ]);
    const anna = join(dir, 'anna.db');
    expect(cli(['import', file, '--db', anna, '--annotator', 'anna']).code).toBe(0);
    const bob = clientDb(dir, 'bob');
    expect(await syncHere(anna, t.url('anna'))).toMatch(/pushed 4 changes and 1 document/);
    await syncHere(bob, t.url('bob'));
    const annaLayers = withDb(anna, layersOf);
    expect(annaLayers.filter((l) => l.includes('"anna"'))).toHaveLength(4);
    expect(withDb(bob, layersOf).filter((l) => l.includes('"anna"'))).toEqual(
      annaLayers.filter((l) => l.includes('"anna"')),
    );
  });

  it('never merges a document whose text differs, also under the same id', async () => {
    const t = await team();
    const dir = tempDir();
    const anna = clientDb(dir, 'anna');
    const bob = clientDb(dir, 'bob', [`${TEXTS[0] ?? ''} Extra zin.`, TEXTS[1] ?? '']);
    withDb(anna, (db) =>
      createAnnotation(db, {
        documentId: 1,
        labelId: label(db, 'ACTOR'),
        start: 0,
        end: 5,
        annotator: 'anna',
      }),
    );
    await syncHere(anna, t.url('anna'));
    expect(await syncHere(bob, t.url('bob'))).toMatch(/pulled 2 changes and 1 document$/);
    withDb(bob, (db) => {
      const docs = db.prepare('SELECT id, external_id, text FROM documents ORDER BY id').all() as {
        id: number;
        external_id: string;
        text: string;
      }[];
      expect(docs.map((d) => d.external_id)).toEqual([
        'd1',
        'd2',
        expect.stringMatching(/^d1~[0-9a-f]{12}$/),
      ]);
      // anna's span lies on her text, not on bob's own d1.
      const on = db.prepare("SELECT document_id FROM annotations WHERE annotator = 'anna'").pluck().all();
      expect(on).toEqual([docs[2]?.id]);
      expect(docs[2]?.text).toBe(TEXTS[0]);
    });
  });

  it("spreads the adjudicator's scheme change; an annotator's stays on their machine", async () => {
    const t = await team();
    const dir = tempDir();
    const [carla, anna] = [clientDb(dir, 'carla'), clientDb(dir, 'anna')];
    await syncHere(carla, t.url('carla'));
    await syncHere(anna, t.url('anna'));
    const withPlace = (db: Db): void => {
      const scheme = JSON.parse(exportSchemeText(db)) as { labels: { name: string }[] };
      scheme.labels.push({ name: 'PLACE' });
      importScheme(db, JSON.stringify(scheme));
    };
    withDb(carla, withPlace);
    expect(await syncHere(carla, t.url('carla'))).toMatch(/scheme version 2 \(sent\)/);
    expect(await syncHere(anna, t.url('anna'))).toMatch(/scheme version 2 \(merged\)/);
    expect(withDb(anna, (db) => findLabelByName(db, 'PLACE'))).toBeDefined();
    withDb(anna, (db) => {
      const scheme = JSON.parse(exportSchemeText(db)) as { labels: { name: string }[] };
      scheme.labels.push({ name: 'TOPIC' });
      importScheme(db, JSON.stringify(scheme));
    });
    expect(await syncHere(anna, t.url('anna'))).toMatch(/scheme changes kept here/);
    await syncHere(carla, t.url('carla'));
    expect(withDb(carla, (db) => findLabelByName(db, 'TOPIC'))).toBeUndefined();
  });

  it('reads the password from PGPASSWORD and refuses a wrong one in one line', async () => {
    const t = await team();
    const anna = clientDb(tempDir(), 'anna');
    const bare = t.url('anna').replace(':anna-secret@', '@');
    const ok = cli(['sync', '--db', anna, '--server', bare], { env: { PGPASSWORD: 'anna-secret' } });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const bad = cli(['sync', '--db', anna, '--server', bare], { env: { PGPASSWORD: 'wrong' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^annotator: cannot connect to anna@127\.0\.0\.1:\d+\/team\d+: password authentication failed/,
    );
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
