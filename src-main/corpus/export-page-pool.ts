/**
 * Where an export's pages are built: on worker threads, each with its own
 * read-only connection, and on this thread for the pages no worker has taken.
 *
 * A worker takes a quarter of a second or more to start (a third of a 20k
 * document export when run from source, where each worker also strips its
 * TypeScript); with fixed shares the writer sat idle all that time. Pages are
 * handed out one by one instead: this thread builds the page it needs next
 * itself whenever no worker has claimed it, so the export starts at once and
 * the workers join in as they come up.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.ts';
import { recordsConverter, type ConvertedPage, type PageConversion } from '../formats/page-convert.ts';
import { pageBuilder, pageRecordsBuilder, type PageFilter, type PageWindows } from './export-pages.ts';
import type { ExportWorkerData, ExportWorkerMessage, ExportWorkerRequest } from './export-worker.ts';

const WORKERS = 2;
/** Pages a worker may have asked of it at once: one being built, one waiting. */
const QUEUED_PER_WORKER = 2;
/** Pages ahead of the writer that may be claimed, built or waiting: bounds memory. */
const LOOKAHEAD = WORKERS * QUEUED_PER_WORKER;
/**
 * Without a cap V8 let each worker's heap grow with the corpus (20k → 100k
 * documents: 330 → 560 MB for the export); capped, it collects instead and
 * the peak stays flat at the same speed. A page too large for the cap ends
 * its worker, and the export builds the remaining pages on this thread.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 };
/**
 * A worker that converts pages (export --format) allocates far more short-lived
 * objects per page (tokens, sentences, losses): in a young generation of 16 MB
 * it spent a large share of its time collecting it. Three times as large holds
 * a page's garbage for the price of a slightly higher peak.
 */
const CONVERT_HEAP = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 96 };
/**
 * How long a worker still starting when the export ends may take to come up
 * and stop by itself before it is terminated: one that has not come up by
 * then is stuck, and nothing else would end it.
 */
const STARTUP_GRACE_MS = 2000;

export interface Page {
  /** The page as JSONL; empty when it was converted. */
  bytes: Uint8Array;
  /** The page in another format, when the export asked for one. */
  converted?: ConvertedPage;
  /** The page's length in bytes: its JSONL's, or the converted page's. */
  length: number;
  documents: number;
  spans: number;
  /**
   * Hands the memory of `bytes` (or of the converted page's bytes) back to
   * the thread that built the page, to be filled again: only once they are
   * written out and nothing holds them.
   */
  recycle?: () => void;
}

/** The pages, in order: `next(i)` resolves to page i, once i - 1 has been taken. */
export interface PageSource {
  next(index: number): Promise<Page>;
  /** Settles once every thread it started has ended. */
  close(): Promise<void>;
  /** Some pages are built elsewhere: on failure this thread can take over. */
  onWorkers: boolean;
}

/** A page built on this thread, converted there when the export asked for a format. */
function builtHere(
  db: Db,
  windows: PageWindows,
  filter: PageFilter,
  conversion: PageConversion | undefined,
): (index: number) => Page {
  if (conversion) {
    const read = pageRecordsBuilder(db, windows, filter);
    const convert = recordsConverter(conversion);
    return (index) => {
      const { records, documents, spans } = read(index);
      const converted = convert(records);
      return { bytes: new Uint8Array(0), converted, length: converted.bytes.length, documents, spans };
    };
  }
  const build = pageBuilder(db, windows, filter);
  return (index) => {
    const built = build(index);
    return { ...built, length: built.bytes.length };
  };
}

export function inThreadPages(
  db: Db,
  windows: PageWindows,
  filter: PageFilter,
  conversion?: PageConversion,
): PageSource {
  const build = builtHere(db, windows, filter, conversion);
  return {
    next: (index) => Promise.resolve(build(index)),
    close: () => Promise.resolve(),
    onWorkers: false,
  };
}

export interface PoolOptions {
  /** The worker's script. */
  file: string;
  /** Whether this thread builds the pages no worker has claimed (tests of the workers alone say no). */
  buildHere: boolean;
  /** How long a worker still starting at the end may take to come up (default STARTUP_GRACE_MS). */
  startupGraceMs?: number;
}

interface PoolWorker {
  thread: Worker;
  exited: Promise<void>;
  ready: boolean;
  queued: number;
}

export function pooledPages(
  db: Db,
  windows: PageWindows,
  filter: PageFilter,
  { file, buildHere, startupGraceMs = STARTUP_GRACE_MS }: PoolOptions,
  conversion?: PageConversion,
): PageSource {
  const buildOnThisThread = builtHere(db, windows, filter, conversion);
  const ready = new Map<number, Page>();
  /** Pages below this one are claimed, by a worker or by this thread. */
  let claimed = 0;
  /** The page the writer is waiting for. */
  let wanted = 0;
  let failure: Error | null = null;
  let closed = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const request = (worker: PoolWorker, message: ExportWorkerRequest, transfer: ArrayBuffer[] = []) =>
    worker.thread.postMessage(message, transfer);

  /** Hands the next unclaimed pages within the look-ahead to ready workers, in turn. */
  const dispatch = () => {
    if (closed) return;
    let handed = true;
    while (handed) {
      handed = false;
      for (const worker of pool) {
        if (!worker.ready || worker.queued >= QUEUED_PER_WORKER) continue;
        if (claimed >= windows.count || claimed >= wanted + LOOKAHEAD) return;
        request(worker, { kind: 'build', index: claimed++ });
        worker.queued++;
        handed = true;
      }
    }
  };

  const pool: PoolWorker[] = Array.from({ length: WORKERS }, () => {
    const thread = new Worker(file, {
      workerData: { path: db.name, filter, windows, conversion } satisfies ExportWorkerData,
      resourceLimits: conversion ? CONVERT_HEAP : WORKER_HEAP,
    });
    const worker: PoolWorker = {
      thread,
      exited: new Promise((ended) => thread.once('exit', () => ended())),
      ready: false,
      queued: 0,
    };
    worker.thread.on('message', (message: ExportWorkerMessage) => {
      if (message.kind === 'ready') {
        worker.ready = true;
      } else if (message.kind === 'converted') {
        worker.queued--;
        const { converted, length, documents, spans } = message;
        const { buffer } = converted.bytes;
        ready.set(message.index, {
          bytes: new Uint8Array(0),
          converted,
          length,
          documents,
          spans,
          recycle: () => {
            if (!closed && buffer instanceof ArrayBuffer)
              request(worker, { kind: 'recycle', buffer }, [buffer]);
          },
        });
      } else {
        worker.queued--;
        const { buffer } = message;
        ready.set(message.index, {
          bytes: new Uint8Array(buffer, 0, message.length),
          length: message.length,
          documents: message.documents,
          spans: message.spans,
          recycle: () => {
            if (!closed) request(worker, { kind: 'recycle', buffer }, [buffer]);
          },
        });
      }
      dispatch();
      notify();
    });
    worker.thread.on('error', (e) => {
      failure ??= e;
      notify();
    });
    worker.thread.on('exit', (code) => {
      if (!closed) failure ??= new Error(`an export worker stopped (exit code ${code})`);
      notify();
    });
    return worker;
  });

  return {
    onWorkers: true,
    next: async (index) => {
      wanted = index;
      dispatch();
      for (;;) {
        const page = ready.get(index);
        if (page) {
          ready.delete(index);
          return page;
        }
        if (failure) throw failure;
        // Pages are claimed in order and taken in order, so an unclaimed page
        // the writer wants is exactly the next one to claim.
        if (buildHere && claimed === index) {
          claimed++;
          const built = buildOnThisThread(index);
          // Lets a worker that has just come up say so before the next page.
          await nextTurn();
          return built;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close: () => {
      closed = true;
      for (const worker of pool) {
        // Every worker ends its read transaction and closes its connection
        // itself; one still starting gets the message once it listens. Never
        // terminated while it starts: terminating a thread while it loads
        // better-sqlite3 or opens its connection can abort the whole process
        // (FATAL ERROR … napi, seen once in CI after a small export that was
        // done before its workers were up).
        request(worker, { kind: 'stop' });
        if (worker.ready) continue;
        const stuck = setTimeout(() => void worker.thread.terminate(), startupGraceMs);
        void worker.exited.then(() => clearTimeout(stuck));
      }
      return Promise.all(pool.map((worker) => worker.exited)).then(() => undefined);
    },
  };
}
