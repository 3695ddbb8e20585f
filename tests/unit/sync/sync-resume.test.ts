/**
 * A sync cut off mid-way resumes with nothing lost or doubled: the spawned
 * `annotator sync` killed during a large push, and the server restarted
 * under it. A real PostgreSQL cluster, real SQLite files.
 */
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { addAnnotator, initServer } from '../../../src-main/sync/admin.ts';
import { connect } from '../../../src-main/sync/connect.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { useCluster, SUPERUSER, SUPERUSER_PASSWORD } from '../../helpers/postgres.ts';
import { cli, cliAsync, layersOf } from '../../helpers/team.ts';
import { tempDir } from '../../helpers/tmp.ts';

const postgres = useCluster();

const DOCUMENTS = 100;
const WORDS = 100;

/** anna's database: 100 documents of 100 words, every word an ACTOR of hers: 10,000 changes to push. */
function bigLayer(dir: string, name: string): string {
  const records = Array.from({ length: DOCUMENTS }, (_, d) => {
    const words = Array.from({ length: WORDS }, (_, w) => `w${d}x${w}`);
    let at = 0;
    const spans = words.map((word, w) => {
      const span = { id: `T${w + 1}`, start: at, end: at + word.length, label: 'ACTOR', annotator: 'anna' };
      at += word.length + 1;
      return span;
    });
    return { id: `d${d}`, text: words.join(' '), spans };
  });
  const db = join(dir, `${name}.db`);
  const imported = cli(['import', writeJsonl(dir, `${name}.jsonl`, records), '--db', db]);
  expect(imported.code).toBe(0);
  return db;
}

async function team(): Promise<{ anna: string; bob: string; owner: string }> {
  const database = await postgres.cluster.createDatabase();
  const owner = postgres.cluster.url(SUPERUSER, SUPERUSER_PASSWORD, database);
  const server = await connect(owner);
  try {
    await initServer(server);
    await addAnnotator(server, { name: 'anna', password: 'anna-secret', adjudicator: false });
    await addAnnotator(server, { name: 'bob', password: 'bob-secret', adjudicator: false });
  } finally {
    await server.end();
  }
  return {
    owner,
    anna: postgres.cluster.url('anna', 'anna-secret', database),
    bob: postgres.cluster.url('bob', 'bob-secret', database),
  };
}

/** Polls the server until some but not all of anna's changes are in, then acts; returns the count seen. */
async function whenPartlyPushed(owner: string, act: () => void): Promise<number> {
  const client = new pg.Client({ connectionString: owner });
  // The restart test ends this connection too.
  client.on('error', () => undefined);
  await client.connect();
  try {
    for (let i = 0; i < 3000; i++) {
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM annotator.changes');
      const n = Number(rows[0]?.n ?? 0);
      if (n > 0) {
        act();
        return n;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('the push never started');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function serverCount(owner: string): Promise<{ total: number; distinct: number }> {
  const client = new pg.Client({ connectionString: owner });
  await client.connect();
  try {
    const { rows } = await client.query<{ total: string; distinct: string }>(
      'SELECT count(*) AS total, count(DISTINCT (layer, target, state::text)) AS distinct FROM annotator.changes',
    );
    return { total: Number(rows[0]?.total), distinct: Number(rows[0]?.distinct) };
  } finally {
    await client.end();
  }
}

const annaSpans = (path: string): number => {
  const db = openDatabase(path);
  try {
    return db.prepare("SELECT count(*) FROM annotations WHERE annotator = 'anna'").pluck().get() as number;
  } finally {
    closeDatabase(db);
  }
};

describe.skipIf(!postgres.available)('an interrupted sync (real PostgreSQL)', () => {
  it('killed mid-push, resumes with nothing lost or doubled', async () => {
    const t = await team();
    const dir = tempDir();
    const anna = bigLayer(dir, 'anna');
    const run = cliAsync(['sync', '--db', anna, '--server', t.anna]);
    const seen = await whenPartlyPushed(t.owner, run.kill);
    const killed = await run.done;
    expect(killed.code).toBeNull();
    const partial = await serverCount(t.owner);
    expect(seen).toBeGreaterThan(0);
    expect(partial.total).toBeLessThan(DOCUMENTS * WORDS);

    const resumed = cli(['sync', '--db', anna, '--server', t.anna]);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    const full = await serverCount(t.owner);
    expect(full).toEqual({ total: DOCUMENTS * WORDS, distinct: DOCUMENTS * WORDS });

    const bob = join(dir, 'bob.db');
    closeDatabase(openDatabase(bob));
    expect(cli(['sync', '--db', bob, '--server', t.bob]).stdout).toMatch(
      /pulled 10000 changes and 100 documents/,
    );
    expect(annaSpans(bob)).toBe(DOCUMENTS * WORDS);
    const [a, b] = [anna, bob].map((path) => {
      const db = openDatabase(path);
      try {
        return layersOf(db).filter((l) => l.startsWith('{'));
      } finally {
        closeDatabase(db);
      }
    });
    expect(b).toEqual(a);
  }, 120_000);

  it('the server restarted under a sync: a one-line error, then the next sync completes', async () => {
    const t = await team();
    const dir = tempDir();
    const anna = bigLayer(dir, 'anna');
    const run = cliAsync(['sync', '--db', anna, '--server', t.anna]);
    await whenPartlyPushed(t.owner, () => postgres.cluster.stop());
    const cut = await run.done;
    postgres.cluster.start();
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(
      /^annotator: sync with anna@127\.0\.0\.1:\d+\/team\d+ stopped: .*sync again to go on\n$/,
    );
    const again = cli(['sync', '--db', anna, '--server', t.anna]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(await serverCount(t.owner)).toEqual({ total: DOCUMENTS * WORDS, distinct: DOCUMENTS * WORDS });
  }, 120_000);
});
