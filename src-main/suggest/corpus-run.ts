/**
 * `annotator suggest` over a corpus: the rules run on worker threads (each
 * reads its documents' texts itself), while this thread stores what they
 * find, a transaction per batch, in id order. A corpus too small to be worth
 * the threads' start, or a database in memory, is done on this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.ts';
import type { DocumentStatus } from '../db/model.ts';
import {
  DOCUMENTS_PER_TRANSACTION,
  documentIdsFor,
  prepareRun,
  suggestForCorpus,
  Tally,
  type CorpusResult,
} from '../db/suggestions.ts';
import { storeReady } from '../db/suggestion-store.ts';
import type {
  DocumentFinds,
  SuggestWorkerData,
  SuggestWorkerMessage,
  SuggestWorkerRequest,
} from './suggest-worker.ts';

/** Below this many documents the threads cost more than they save. */
const THREADED_FROM = 2 * DOCUMENTS_PER_TRANSACTION;
/** Batches a worker may hold at once: one being worked on, one waiting. */
const QUEUED_PER_WORKER = 2;

/** The worker's file: the .ts beside this module from source, the built entry in out/main. */
export function suggestWorkerFile(): string {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return fileURLToPath(new URL(`./suggest-worker.${extension}`, import.meta.url));
}

export interface CorpusRunOptions {
  labels?: readonly string[] | undefined;
  status?: DocumentStatus | undefined;
  /** Worker threads for the rules; default: one per core but one, at least one, at most four. */
  workers?: number | undefined;
  /** The worker's script (tests and the bench name the built one). */
  workerFile?: string | undefined;
}

export async function suggestCorpus(db: Db, options: CorpusRunOptions = {}): Promise<CorpusResult> {
  const file = options.workerFile ?? suggestWorkerFile();
  const ids = documentIdsFor(db, options.status);
  if (db.memory || ids.length < THREADED_FROM || !existsSync(file)) return suggestForCorpus(db, options);
  const run = prepareRun(db, options.labels);
  const tally = new Tally(run);
  const store = db.transaction((documents: readonly DocumentFinds[]) => {
    for (const d of documents) tally.add(storeReady(db, d.id, d.length, d.ready));
  });
  const batches: number[][] = [];
  for (let i = 0; i < ids.length; i += DOCUMENTS_PER_TRANSACTION)
    batches.push(ids.slice(i, i + DOCUMENTS_PER_TRANSACTION));
  const count = options.workers ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  const setup: SuggestWorkerData = { path: db.name, setup: run.setup, labels: run.labels.labels };
  const workers = Array.from(
    { length: Math.min(count, batches.length) },
    () => new Worker(file, { workerData: setup }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const done = new Map<number, DocumentFinds[]>();
      let handed = 0;
      let stored = 0;
      const hand = (worker: Worker) => {
        const batch = handed++;
        const some = batches[batch];
        if (some) worker.postMessage({ batch, ids: some } satisfies SuggestWorkerRequest);
      };
      for (const worker of workers) {
        worker.on('message', (m: SuggestWorkerMessage) => {
          done.set(m.batch, m.documents);
          // Stored in id order, as they come in, whichever worker finished first.
          for (let next = done.get(stored); next; next = done.get(stored)) {
            done.delete(stored);
            try {
              store(next);
            } catch (e) {
              reject(e as Error);
              return;
            }
            stored++;
          }
          if (stored === batches.length) resolve();
          else hand(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (stored < batches.length) reject(new Error(`a suggest worker stopped (exit ${code})`));
        });
        for (let i = 0; i < QUEUED_PER_WORKER; i++) hand(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return tally.result(ids.length);
}
