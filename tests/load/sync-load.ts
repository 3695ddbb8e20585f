/**
 * The team server under load, on a throwaway loopback cluster: N
 * annotators at once each make M changes in their own layer, spread evenly
 * over the run, each syncing on a timer as the app does (so a sync carries
 * the few changes made since the last one, and pulls the others' few);
 * then every client syncs once more and each one's copy of every layer is
 * compared with its author's. Also the time to push and to pull 10,000
 * pending changes. Bounded in count and time: it makes exactly the changes
 * asked for, over the time asked for, and stops.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { closeDatabase, openDatabase, type Db } from '../../src-main/db/connection.ts';
import { insertImportedDocument } from '../../src-main/db/imported.ts';
import { sha256Hex } from '../../src-main/text/hash.ts';
import { addAnnotator, initServer } from '../../src-main/sync/admin.ts';
import { connect } from '../../src-main/sync/connect.ts';
import { sync } from '../../src-main/sync/sync.ts';
import { SUPERUSER, SUPERUSER_PASSWORD, type Cluster } from '../helpers/postgres.ts';
import type { ClientJob, ClientResult } from './load-client.ts';

const CLIENT = new URL('./load-client.ts', import.meta.url);

const DOCUMENTS = 50;
const WORD = 'woord ';
const DOCUMENT_CHARS = 6000;

/** How the annotators work: `changes` each, spread over `seconds`, syncing every `intervalSeconds`. */
export interface LoadPlan {
  annotators: number;
  changes: number;
  seconds: number;
  intervalSeconds: number;
}

export interface LoadFigures {
  annotators: number;
  changes: number;
  /** How long the annotators worked, each one's last sync included. */
  seconds: number;
  changesPerSecond: number;
  syncs: number;
  p50Ms: number;
  p95Ms: number;
  lost: number;
  duplicated: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function teamDatabase(
  cluster: Cluster,
  names: readonly string[],
): Promise<{ owner: string; urls: string[] }> {
  const database = await cluster.createDatabase();
  const owner = cluster.url(SUPERUSER, SUPERUSER_PASSWORD, database);
  const server = await connect(owner);
  try {
    await initServer(server);
    for (const name of names)
      await addAnnotator(server, { name, password: `${name}-secret`, adjudicator: false });
  } finally {
    await server.end();
  }
  return { owner, urls: names.map((name) => cluster.url(name, `${name}-secret`, database)) };
}

function text(d: number): string {
  return `${d}: ${WORD.repeat(Math.ceil(DOCUMENT_CHARS / WORD.length))}`.slice(0, DOCUMENT_CHARS);
}

/** A database holding the shared documents; `spans` of `layer` per document, imported (and so pending). */
function corpus(path: string, layer: string | null, spans: number): Db {
  const db = openDatabase(path);
  db.transaction(() => {
    for (let d = 0; d < DOCUMENTS; d++) {
      const t = text(d);
      insertImportedDocument(
        db,
        {
          externalId: `d${d}`,
          title: null,
          published: null,
          source: null,
          text: t,
          textSha256: sha256Hex(t),
          meta: {},
          status: 'todo',
        },
        layer === null
          ? []
          : Array.from({ length: spans }, (_, s) => ({
              labelId: 2,
              start: 10 + s * 6,
              end: 15 + s * 6,
              annotator: layer,
            })),
      );
    }
  })();
  return db;
}

/** Every span of every layer as (document, layer, label, start, end, attributes): a multiset, counted. */
function spanCounts(db: Db): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT d.text_sha256 || '|' || a.annotator || '|' || a.label_id || '|' || a.start || '|' || a."end" || '|' || a.attributes
       FROM annotations a JOIN documents d ON d.id = a.document_id`,
    )
    .pluck()
    .all() as string[];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

/**
 * The plan's annotators at once, each in a thread of its own
 * (load-client.ts), their timers spread over the interval.
 */
export async function runLoad(cluster: Cluster, dir: string, plan: LoadPlan): Promise<LoadFigures> {
  const { annotators, changes } = plan;
  const names = Array.from({ length: annotators }, (_, i) => `load${String(i + 1).padStart(2, '0')}`);
  const team = await teamDatabase(cluster, names);
  const clients = names.map((name, i) => {
    const path = join(dir, `${name}.db`);
    return { name, url: team.urls[i] ?? '', path, db: corpus(path, null, 0) };
  });
  const syncOnce = async (client: (typeof clients)[number]): Promise<void> => {
    const server = await connect(client.url);
    try {
      const report = await sync(client.db, server, client.url);
      if (report.problems.length) throw new Error(`${client.name}: ${report.problems[0]}`);
    } finally {
      await server.end();
    }
  };
  // Everyone has the documents (the first sync pushes them), not timed.
  for (const client of clients) await syncOnce(client);
  for (const client of clients) closeDatabase(client.db);
  const started = performance.now();
  const results = await Promise.all(
    clients.map(
      (client, i) =>
        new Promise<number[]>((resolve, reject) => {
          const job: ClientJob = {
            name: client.name,
            url: client.url,
            path: client.path,
            changes,
            seconds: plan.seconds,
            intervalMs: plan.intervalSeconds * 1000,
            offsetMs: ((i + 1) * plan.intervalSeconds * 1000) / annotators,
            documents: DOCUMENTS,
          };
          const worker = new Worker(CLIENT, { workerData: job });
          worker.once('message', (result: ClientResult) =>
            'error' in result ? reject(new Error(result.error)) : resolve(result.latencies),
          );
          worker.once('error', reject);
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = results.flat().sort((a, b) => a - b);
  const syncs = sorted.length;
  // Once more for everyone, then every copy of every layer against its author's.
  for (const client of clients) client.db = openDatabase(client.path);
  for (const client of clients) await syncOnce(client);
  const authors = new Map(clients.map((c) => [c.name, spanCounts(c.db)]));
  let lost = 0;
  let duplicated = 0;
  for (const client of clients) {
    const mine = spanCounts(client.db);
    for (const [author, theirs] of authors)
      for (const [key, n] of theirs) {
        if (!key.includes(`|${author}|`)) continue;
        const here = mine.get(key) ?? 0;
        if (here < n) lost += n - here;
        if (here > n) duplicated += here - n;
      }
    for (const [key, n] of mine) {
      const layer = key.split('|')[1] ?? '';
      if (!(authors.get(layer)?.has(key) ?? false)) duplicated += n;
    }
  }
  for (const client of clients) closeDatabase(client.db);
  return {
    annotators,
    changes: annotators * changes,
    seconds,
    changesPerSecond: (annotators * changes) / seconds,
    syncs,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    lost,
    duplicated,
  };
}

/** Seconds to push `pending` changes from one client, and to pull them into another. */
export async function timePending(
  cluster: Cluster,
  dir: string,
  pending: number,
): Promise<{ push: number; pull: number }> {
  const team = await teamDatabase(cluster, ['pusher', 'puller']);
  const [pushUrl, pullUrl] = team.urls as [string, string];
  const pusher = corpus(join(dir, 'pusher.db'), 'pusher', Math.ceil(pending / DOCUMENTS));
  const puller = openDatabase(join(dir, 'puller.db'));
  const timed = async (db: Db, url: string): Promise<number> => {
    const server = await connect(url);
    const started = performance.now();
    try {
      await sync(db, server, url);
      return (performance.now() - started) / 1000;
    } finally {
      await server.end();
    }
  };
  try {
    return { push: await timed(pusher, pushUrl), pull: await timed(puller, pullUrl) };
  } finally {
    closeDatabase(pusher);
    closeDatabase(puller);
  }
}
