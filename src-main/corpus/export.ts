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
import { createWriteStream, existsSync, WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream';
import { AppError } from '../db/errors.ts';
import type { Db } from '../db/connection.ts';
import type { PageConversion } from '../formats/page-convert.ts';
import { inThreadPages, pooledPages, type Page, type PoolOptions } from './export-page-pool.ts';
import { pageWindows, type PageFilter } from './export-pages.ts';
import { createTempFor, discardTempFile, placeTempFile } from './output-path.ts';
import type { ExportSummary } from './report.ts';
import { workerFile } from './worker-file.ts';
import { say } from '../text/messages/say.ts';

/** Which documents (status), which layer, and whether open suggestions go along (export-pages.ts). */
export type ExportOptions = PageFilter;

/** The page builders' worker beside this module (the .ts one from source, the built one in the app). */
export const shippedPool = (): PoolOptions => ({ file: workerFile('export-worker'), buildHere: true });

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

/**
 * The output's failure once it has one: an error, or an end the export did
 * not ask for. A stream that has failed emits nothing more, 'drain'
 * included, so the writer asks here before each write and waits for 'drain'
 * only until a failure: waiting on a failed stream kept the export (and its
 * worker threads, and so the CLI) from ever ending.
 */
function watchOutput(out: NodeJS.WritableStream) {
  let failure: Error | null = null;
  const failed = new AbortController();
  const stop = finished(out, { readable: false }, (e) => {
    failure ??= e ?? new Error('the output was closed before the export was done');
    failed.abort(failure);
  });
  return {
    check(): void {
      if (failure) throw failure;
    },
    async drained(): Promise<void> {
      try {
        await once(out, 'drain', { signal: failed.signal });
      } catch (e) {
        throw failure ?? e;
      }
    },
    stop,
  };
}

/** The same, with the page builders' worker named (tests give it broken ones) and whether this thread helps. */
export async function exportCorpusWith(
  pool: PoolOptions,
  db: Db,
  out: NodeJS.WritableStream,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  // A file stream is done with a chunk once its write has called back; other
  // streams may keep chunks (a test collecting the output), so their pages'
  // memory is never handed back to be overwritten.
  const recyclable = out instanceof WriteStream;
  const output = watchOutput(out);
  try {
    const summary = await forEachPage(pool, db, options, undefined, async (page) => {
      const { recycle } = page;
      output.check();
      if (page.bytes.length === 0) recycle?.();
      else if (!out.write(page.bytes, recyclable ? recycle : undefined)) await output.drained();
    });
    output.check();
    return summary;
  } finally {
    output.stop();
  }
}

/**
 * Builds the export's pages, on the workers of `pool` and this thread, and
 * hands them to `take` in order (waiting for it); with `conversion`, each
 * page comes written in that format.
 */
export async function forEachPage(
  pool: PoolOptions,
  db: Db,
  options: ExportOptions,
  conversion: PageConversion | undefined,
  take: (page: Page) => void | Promise<void>,
): Promise<ExportSummary> {
  const windows = pageWindows(db);
  const parallel = !db.memory && windows.count > 1 && existsSync(pool.file);
  let pages = parallel
    ? pooledPages(db, windows, options, pool, conversion)
    : inThreadPages(db, windows, options, conversion);
  const summary: ExportSummary = { documents: 0, spans: 0, bytes: 0 };
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
        pages = inThreadPages(db, windows, options, conversion);
        page = await pages.next(index);
      }
      summary.documents += page.documents;
      summary.spans += page.spans;
      summary.bytes += page.length;
      await take(page);
    }
  } finally {
    closing.push(pages.close());
    await Promise.all(closing);
  }
  return summary;
}

/**
 * Exports to a file by the rules of output-path.ts: the path is checked and
 * a temporary file beside it created before any page is built, and the
 * complete, flushed file is renamed into place at the end. A failed or
 * interrupted export never leaves a half-written file where a complete one
 * was expected, and leaves nothing where nothing was.
 */
export async function exportToFile(
  db: Db,
  path: string,
  options: ExportOptions = {},
  pool: PoolOptions = shippedPool(),
): Promise<ExportSummary> {
  const temp = createTempFor(path);
  // The stream owns the descriptor from here: it flushes it to disk and closes it.
  const out = createWriteStream(temp.path, { fd: temp.fd, flush: true });
  // Its failures are read from `out.errored` (and the export's own watch):
  // this keeps one that comes while it closes from being thrown as uncaught.
  out.on('error', () => undefined);
  try {
    const summary = await exportCorpusWith(pool, db, out, options);
    out.end();
    await closed(out);
    placeTempFile(temp);
    return summary;
  } catch (e) {
    out.destroy();
    await whenClosed(out);
    discardTempFile(temp);
    // The file's own failure (a full disk, say) in words; the database's and the workers' as they are.
    if (e instanceof Error && e === out.errored)
      throw new AppError('IO', say('refusals.write.failed', { path, detail: e.message }));
    throw e;
  }
}

const whenClosed = (out: WriteStream): Promise<void> =>
  out.closed ? Promise.resolve() : new Promise((resolve) => out.once('close', () => resolve()));

/** Settles once a file stream has written everything, flushed and closed its file. */
async function closed(out: WriteStream): Promise<void> {
  await whenClosed(out);
  if (out.errored) throw out.errored;
}
