/**
 * Writes the corpus as JSONL, one document a line, in the shape import reads
 * (export-lines.ts). Streamed in pages: memory does not grow with the corpus.
 *
 * A corpus in a file is read by two worker threads, each with its own
 * read-only connection, each building every other page, while this thread
 * only writes the pages out in order: reading and formatting were four fifths
 * of the time, and the app's own connection stays free meanwhile. An
 * in-memory database (tests) or a worker that cannot start falls back to
 * building the pages on this thread.
 */
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.ts';
import type { DocumentStatus } from '../db/model.ts';
import { pageBuilder, pageWindows, type PageWindows } from './export-pages.ts';
import type { ExportWorkerData, ExportWorkerMessage } from './export-worker.ts';
import type { ExportSummary } from './report.ts';
import { workerFile } from './worker-file.ts';

export { documentLine } from './export-lines.ts';

export interface ExportOptions {
  /** Only documents with this status. */
  status?: DocumentStatus | undefined;
}

const WORKERS = 2;
/** Pages each worker may have ready ahead of the writer. */
const CREDITS = 2;
/**
 * Without a cap V8 let each worker's heap grow with the corpus (20k → 100k
 * documents: 330 → 560 MB for the export); capped, it collects instead and
 * the peak stays flat at the same speed. A page too large for the cap ends
 * its worker, and the export builds the remaining pages on this thread.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 };

interface Page {
  bytes: Uint8Array;
  documents: number;
  spans: number;
}

/** The pages, in order: `next(i)` resolves to page i. */
interface PageSource {
  next(index: number): Promise<Page>;
  close(): void;
  /** Built elsewhere: on failure this thread can take over. */
  onWorkers: boolean;
}

function inThreadPages(db: Db, windows: PageWindows, status: DocumentStatus | undefined): PageSource {
  const build = pageBuilder(db, windows, status);
  return {
    next: (index) => Promise.resolve(build(index)),
    close: () => undefined,
    onWorkers: false,
  };
}

function workerPages(
  path: string,
  windows: PageWindows,
  status: DocumentStatus | undefined,
  file: string,
): PageSource {
  const ready = new Map<number, Page>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const workers = Array.from({ length: WORKERS }, (_, offset) => {
    const worker = new Worker(file, {
      workerData: {
        path,
        status,
        windows,
        offset,
        stride: WORKERS,
        credits: CREDITS,
      } satisfies ExportWorkerData,
      resourceLimits: WORKER_HEAP,
    });
    let done = false;
    worker.on('message', (message: ExportWorkerMessage) => {
      if (message.kind === 'page') {
        ready.set(message.index, {
          bytes: new Uint8Array(message.bytes),
          documents: message.documents,
          spans: message.spans,
        });
      } else done = true;
      notify();
    });
    worker.on('error', (e) => {
      failure ??= e;
      notify();
    });
    worker.on('exit', (code) => {
      if (!done) failure ??= new Error(`an export worker stopped (exit code ${code})`);
      notify();
    });
    return worker;
  });
  return {
    onWorkers: true,
    next: async (index) => {
      for (;;) {
        const page = ready.get(index);
        if (page) {
          ready.delete(index);
          workers[index % WORKERS]?.postMessage('credit');
          return page;
        }
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close: () => {
      for (const worker of workers) void worker.terminate();
    },
  };
}

/**
 * Writes every document (or those with `options.status`) to `out`, in id
 * order. Documents added after the export started are not in it.
 */
export function exportCorpus(
  db: Db,
  out: NodeJS.WritableStream,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  return exportCorpusWith(workerFile('export-worker'), db, out, options);
}

/** The same, with the page builders' worker file named (tests give it broken ones). */
export async function exportCorpusWith(
  file: string,
  db: Db,
  out: NodeJS.WritableStream,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const windows = pageWindows(db);
  const parallel = !db.memory && windows.count > 1 && existsSync(file);
  let pages = parallel
    ? workerPages(db.name, windows, options.status, file)
    : inThreadPages(db, windows, options.status);
  const summary: ExportSummary = { documents: 0, spans: 0, bytes: 0 };
  try {
    for (let index = 0; index < windows.count; index++) {
      let page: Page;
      try {
        page = await pages.next(index);
      } catch (e) {
        // A worker that could not start or stopped: build this page and the rest here.
        if (!pages.onWorkers) throw e;
        pages.close();
        pages = inThreadPages(db, windows, options.status);
        page = await pages.next(index);
      }
      summary.documents += page.documents;
      summary.spans += page.spans;
      summary.bytes += page.bytes.length;
      if (page.bytes.length > 0 && !out.write(page.bytes)) await once(out, 'drain');
    }
  } finally {
    pages.close();
  }
  return summary;
}

/**
 * Exports to a file through a temporary sibling that is renamed into place at
 * the end: a failed or interrupted export never leaves a half-written file
 * where a complete one was expected.
 */
export async function exportToFile(
  db: Db,
  path: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const temp = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(temp, { flags: 'wx' });
  try {
    const failed = once(out, 'error').then(([e]) =>
      Promise.reject(e instanceof Error ? e : new Error(String(e))),
    );
    // Raced below; marked handled so an error after the race cannot crash the process.
    failed.catch(() => undefined);
    const summary = await Promise.race([exportCorpus(db, out, options), failed]);
    out.end();
    await Promise.race([once(out, 'close'), failed]);
    renameSync(temp, path);
    return summary;
  } catch (e) {
    out.destroy();
    rmSync(temp, { force: true });
    throw e;
  }
}
