/**
 * One annotator of the load run, in a thread of its own as on a machine of
 * its own: makes its changes in its own layer (new NUMBER spans, every
 * fifth an attribute change of one made before) at an even pace over the
 * run, and syncs on a timer, as the app does: every `intervalMs`, and once
 * more after its last change, over the connection it keeps. Posts back how
 * long each sync took.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { closeDatabase, openDatabase, type Db } from '../../src-main/db/connection.ts';
import { createAnnotation, updateAnnotation } from '../../src-main/db/annotations.ts';
import { findLabelByName } from '../../src-main/db/labels.ts';
import { connect, type Server } from '../../src-main/sync/connect.ts';
import { sync } from '../../src-main/sync/sync.ts';

export interface ClientJob {
  name: string;
  url: string;
  path: string;
  changes: number;
  /** The time the changes are spread over. */
  seconds: number;
  intervalMs: number;
  /** When this client's timer first fires, after the start: the team's timers are not in step. */
  offsetMs: number;
  documents: number;
}

export type ClientResult = { latencies: number[] } | { error: string };

async function timedSync(db: Db, server: Server, job: ClientJob): Promise<number> {
  const started = performance.now();
  const report = await sync(db, server, job.url);
  if (report.problems.length) throw new Error(`${job.name}: ${report.problems[0]}`);
  return performance.now() - started;
}

async function run(job: ClientJob): Promise<number[]> {
  const db = openDatabase(job.path);
  const server = await connect(job.url);
  const latencies: number[] = [];
  try {
    const number = findLabelByName(db, 'NUMBER')?.id ?? 2;
    const made: number[] = [];
    const change = (c: number): void => {
      const earlier = made[c % Math.max(1, made.length)];
      if (c % 5 === 4 && earlier !== undefined) {
        updateAnnotation(db, earlier, { attributes: { value: c } });
        return;
      }
      const k = made.length;
      const start = 10 + Math.floor(k / job.documents) * 6;
      const documentId = (k % job.documents) + 1;
      made.push(
        createAnnotation(db, { documentId, labelId: number, start, end: start + 5, annotator: job.name }).id,
      );
    };
    const begun = performance.now();
    const due = (c: number): number => begun + (c * job.seconds * 1000) / job.changes;
    let nextSync = begun + job.offsetMs;
    let c = 0;
    while (c < job.changes) {
      while (c < job.changes && due(c) <= performance.now()) change(c++);
      if (performance.now() >= nextSync) {
        latencies.push(await timedSync(db, server, job));
        // A timer that does not stack: a sync longer than the interval delays the next one.
        nextSync = Math.max(nextSync + job.intervalMs, performance.now());
      }
      if (c < job.changes) await sleep(Math.max(0, Math.min(due(c), nextSync) - performance.now()));
    }
    latencies.push(await timedSync(db, server, job));
    return latencies;
  } finally {
    await server.end();
    closeDatabase(db);
  }
}

run(workerData as ClientJob).then(
  (latencies) => parentPort?.postMessage({ latencies } satisfies ClientResult),
  (e: unknown) =>
    parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies ClientResult),
);
