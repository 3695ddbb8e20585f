/**
 * One annotator of the load run, in a thread of its own as on a machine of
 * its own: makes its changes in its own layer (new NUMBER spans, every
 * fifth an attribute change of one made before), syncing after every
 * `perSync` of them, and posts back how long each sync took.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { createAnnotation, updateAnnotation } from '../../src-main/db/annotations.ts';
import { findLabelByName } from '../../src-main/db/labels.ts';
import { connect } from '../../src-main/sync/connect.ts';
import { sync } from '../../src-main/sync/sync.ts';

export interface ClientJob {
  name: string;
  url: string;
  path: string;
  changes: number;
  perSync: number;
  documents: number;
}

export type ClientResult = { latencies: number[] } | { error: string };

async function run(job: ClientJob): Promise<number[]> {
  const db = openDatabase(job.path);
  const latencies: number[] = [];
  try {
    const number = findLabelByName(db, 'NUMBER')?.id ?? 2;
    const made: number[] = [];
    for (let c = 0; c < job.changes; c++) {
      const earlier = made[c % Math.max(1, made.length)];
      if (c % 5 === 4 && earlier !== undefined) updateAnnotation(db, earlier, { attributes: { value: c } });
      else {
        const k = made.length;
        const start = 10 + Math.floor(k / job.documents) * 6;
        const documentId = (k % job.documents) + 1;
        made.push(
          createAnnotation(db, { documentId, labelId: number, start, end: start + 5, annotator: job.name })
            .id,
        );
      }
      if ((c + 1) % job.perSync !== 0 && c !== job.changes - 1) continue;
      const started = performance.now();
      const server = await connect(job.url);
      try {
        const report = await sync(db, server, job.url);
        if (report.problems.length) throw new Error(`${job.name}: ${report.problems[0]}`);
      } finally {
        await server.end();
      }
      latencies.push(performance.now() - started);
    }
    return latencies;
  } finally {
    closeDatabase(db);
  }
}

run(workerData as ClientJob).then(
  (latencies) => parentPort?.postMessage({ latencies } satisfies ClientResult),
  (e: unknown) =>
    parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies ClientResult),
);
