/**
 * Writes the corpus as JSONL, one document a line, in the shape import reads
 * (export-lines.ts). Streamed in pages: memory does not grow with the corpus.
 *
 * A corpus in a file is read by two worker threads, each with its own
 * read-only connection (export-page-pool.ts), while this thread writes the
 * pages out in order: reading and formatting were four fifths of the time.
 * This thread builds pages only until the workers are up, one page (a few
 * milliseconds) per turn of the event loop, so the app stays responsive. An
 * in-memory database (tests) or a worker that cannot start or stops falls
 * back to building the pages on this thread.
 */
import { createWriteStream, existsSync, renameSync, rmSync, WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Db } from '../db/connection.ts';
import type { DocumentStatus } from '../db/model.ts';
import { inThreadPages, pooledPages, type Page, type PoolOptions } from './export-page-pool.ts';
import { pageWindows } from './export-pages.ts';
import type { ExportSummary } from './report.ts';
import { workerFile } from './worker-file.ts';

export { documentLine } from './export-lines.ts';

export interface ExportOptions {
  /** Only documents with this status. */
  status?: DocumentStatus | undefined;
}

/** The page builders' worker beside this module (the .ts one from source, the built one in the app). */
const shippedPool = (): PoolOptions => ({ file: workerFile('export-worker'), buildHere: true });

/**
 * Writes every document (or those with `options.status`) to `out`, in id
 * order. Documents added after the export started are not in it.
 */
export function exportCorpus(
  db: Db,
  out: NodeJS.WritableStream,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  return exportCorpusWith(shippedPool(), db, out, options);
}

/** The same, with the page builders' worker named (tests give it broken ones) and whether this thread helps. */
export async function exportCorpusWith(
  pool: PoolOptions,
  db: Db,
  out: NodeJS.WritableStream,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const windows = pageWindows(db);
  const parallel = !db.memory && windows.count > 1 && existsSync(pool.file);
  let pages = parallel
    ? pooledPages(db, windows, options.status, pool)
    : inThreadPages(db, windows, options.status);
  const summary: ExportSummary = { documents: 0, spans: 0, bytes: 0 };
  // A file stream is done with a chunk once its write has called back; other
  // streams may keep chunks (a test collecting the output), so their pages'
  // memory is never handed back to be overwritten.
  const recyclable = out instanceof WriteStream;
  // The export is over when its threads are: nothing of it still holds the database.
  const closing: Promise<void>[] = [];
  try {
    for (let index = 0; index < windows.count; index++) {
      let page: Page;
      try {
        page = await pages.next(index);
      } catch (e) {
        // A worker that could not start or stopped: build this page and the rest here.
        if (!pages.onWorkers) throw e;
        closing.push(pages.close());
        pages = inThreadPages(db, windows, options.status);
        page = await pages.next(index);
      }
      summary.documents += page.documents;
      summary.spans += page.spans;
      summary.bytes += page.bytes.length;
      const { recycle } = page;
      if (page.bytes.length === 0) recycle?.();
      else if (!out.write(page.bytes, recyclable ? recycle : undefined)) await once(out, 'drain');
    }
  } finally {
    closing.push(pages.close());
    await Promise.all(closing);
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
  pool: PoolOptions = shippedPool(),
): Promise<ExportSummary> {
  const temp = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(temp, { flags: 'wx' });
  try {
    const failed = once(out, 'error').then(([e]) =>
      Promise.reject(e instanceof Error ? e : new Error(String(e))),
    );
    // Raced below; marked handled so an error after the race cannot crash the process.
    failed.catch(() => undefined);
    const summary = await Promise.race([exportCorpusWith(pool, db, out, options), failed]);
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
