/**
 * `export --format X`: our JSONL export's lines, each parsed back into its
 * record, run through X's writer. One export path for every format, so what
 * a corpus holds is read in one place; the writer only converts.
 *
 * One output file goes by the rules of output-path.ts (a temporary file
 * renamed into place); a folder (brat) is written beside the target under a
 * temporary name and renamed into place, and must be new or empty.
 */
import { errorMessage } from '../text/error-message.ts';
import {
  appendFileSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import type { Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { exportCorpusWith, forEachPage, shippedPool, type ExportOptions } from '../corpus/export.ts';
import type { PoolOptions } from '../corpus/export-page-pool.ts';
import { createTempFor, discardTempFile, placeTempFile } from '../corpus/output-path.ts';
import type { ExportSummary } from '../corpus/report.ts';
import { readStoredScheme } from '../scheme/from-db.ts';
import { LossTally, type LossReport } from './losses.ts';
import { tallyLayerLosses } from '../corpus/layer-losses.ts';
import { formatEntry, type FormatEntry, type ForeignFormat } from './registry.ts';
import type { ConvertedPage } from './page-convert.ts';
import type { CorpusRecord, Output, SchemeForFormats } from './types.ts';
import { say } from '../text/messages/say.ts';

export function schemeForFormats(db: Db): SchemeForFormats {
  const { scheme } = readStoredScheme(db);
  return {
    labels: scheme.labels.map((l) => ({
      name: l.name,
      attributes: l.attributes.map((a) => ({ name: a.name, type: a.type, values: a.values })),
    })),
    roles: scheme.roles.map((r) => ({ name: r.name, from: r.from, to: r.to })),
  };
}

/** Where the writer's outputs go: appended to one file, or written as files of a folder. */
interface Sink {
  write(outputs: readonly Output[]): void;
  /** A page converted on an export-page thread: its files' bytes, in order. */
  writePage(page: ConvertedPage): void;
  /** Puts the complete output in place. */
  finish(): Promise<void>;
  /** Removes what was written. */
  discard(): void;
}

/** Output gathered up to this many characters before one write: one syscall per record was a third of the time. */
const WRITE_CHUNK = 1 << 20;

function fileSink(path: string): Sink {
  const temp = createTempFor(path);
  let open = true;
  let pending: string[] = [];
  let pendingLength = 0;
  const writeAll = (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length;) at += writeSync(temp.fd, bytes, at);
  };
  const flush = () => {
    writeAll(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  const close = () => {
    if (open) closeSync(temp.fd);
    open = false;
  };
  return {
    write(outputs) {
      for (const o of outputs) {
        if (o.path !== '') throw new Error(`a one-file format wrote ${o.path}`);
        pending.push(o.text);
        pendingLength += o.text.length;
      }
      if (pendingLength >= WRITE_CHUNK) flush();
    },
    writePage({ bytes, files }) {
      for (const f of files) if (f.path !== '') throw new Error(`a one-file format wrote ${f.path}`);
      if (pending.length > 0) flush();
      writeAll(bytes);
    },
    finish() {
      flush();
      fsyncSync(temp.fd);
      close();
      placeTempFile(temp);
      return Promise.resolve();
    },
    discard() {
      close();
      discardTempFile(temp);
    },
  };
}

/** Refuses a folder target that exists and is not an empty folder. */
function checkFolderTarget(path: string): boolean {
  let entries: string[];
  try {
    if (!statSync(path).isDirectory())
      throw new AppError('VALIDATION', say('refusals.write.notAFolder', { path }));
    entries = readdirSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  if (entries.length) throw new AppError('VALIDATION', say('refusals.write.folderNotEmpty', { path }));
  return true;
}

/**
 * Files made durable at once: a folder export has two files a document, and
 * one fsync after another waits for the disk each time, where the file
 * system commits fsyncs that are waiting together in one go.
 */
const SYNCS_AT_ONCE = 16;

async function syncAll(files: readonly string[]): Promise<void> {
  let next = 0;
  const syncing = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      const handle = await open(file, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SYNCS_AT_ONCE, files.length) }, syncing));
}

function folderSink(path: string): Sink {
  const exists = checkFolderTarget(path);
  const temp = join(dirname(path), `.${randomBytes(4).toString('hex')}-${process.pid}.tmp-export`);
  try {
    mkdirSync(temp);
  } catch (e) {
    throw new AppError('IO', say('refusals.write.failed', { path, detail: errorMessage(e) }));
  }
  // Paths, not open files: a corpus has more documents than a process may hold files open.
  const files = new Set<string>();
  const folders = new Set<string>();
  const writeFile = (path: string, content: string | Uint8Array) => {
    const file = join(temp, path);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    // Appended: a later record may write to the same file again.
    appendFileSync(file, content);
    files.add(file);
  };
  return {
    write(outputs) {
      for (const o of outputs) writeFile(o.path, o.text);
    },
    writePage({ bytes, files: pageFiles }) {
      let at = 0;
      for (const f of pageFiles) {
        writeFile(f.path, bytes.subarray(at, at + f.length));
        at += f.length;
      }
    },
    async finish() {
      await syncAll([...files]);
      files.clear();
      if (exists) rmdirSync(path);
      renameSync(temp, path);
    },
    discard() {
      files.clear();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

function sinkFor(format: FormatEntry, path: string): Sink {
  return format.folder ? folderSink(path) : fileSink(path);
}

/**
 * Receives the JSONL export's bytes and hands each complete line, parsed,
 * to `onRecord`. The export writes whole lines per page, but a line may
 * still span two chunks.
 */
function recordStream(onRecord: (record: CorpusRecord) => void): Writable {
  let rest = '';
  return new Writable({
    decodeStrings: true,
    write(chunk: Buffer, _encoding, done) {
      try {
        const text = rest + chunk.toString('utf8');
        const lines = text.split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line !== '') onRecord(JSON.parse(line) as CorpusRecord);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
    final(done) {
      if (rest !== '') done(new Error('the export ended inside a line'));
      else done();
    },
  });
}

export interface FormatExportResult {
  summary: ExportSummary;
  losses: LossReport;
}

/** Exports the corpus in `format` to `path` (a file, or a folder for a folder format). */
export async function exportInFormat(
  db: Db,
  name: ForeignFormat,
  path: string,
  options: ExportOptions = {},
  pool: PoolOptions = shippedPool(),
): Promise<FormatExportResult> {
  const format = formatEntry(name);
  if (!format) throw new AppError('VALIDATION', say('refusals.formatUnavailable', { format: name }));
  const sink = sinkFor(format, path);
  const tally = new LossTally();
  tallyLayerLosses(db, options, tally);
  const writer = format.writer();
  const scheme = schemeForFormats(db);
  // Whether a record is written yet: each page's writer starts as if first.
  let written = false;
  try {
    sink.write(writer.begin(scheme));
    const summary = format.pages
      ? await forEachPage(pool, db, options, { format: name, scheme }, (page) => {
          if (!page.converted) throw new Error('an export page came back unconverted');
          if (page.documents > 0) {
            if (written && writer.between) sink.write([{ path: '', text: writer.between }]);
            written = true;
          }
          tally.add(page.converted.losses);
          writer.addValuesSeen?.(page.converted.seen);
          sink.writePage(page.converted);
          page.recycle?.();
        })
      : await throughRecords(db, options, pool, (record) => {
          const { outputs, losses } = writer.record(record);
          tally.add(losses);
          sink.write(outputs);
        });
    sink.write(writer.end(scheme));
    await sink.finish();
    return { summary, losses: tally.report() };
  } catch (e) {
    sink.discard();
    throw e instanceof AppError
      ? e
      : new AppError('IO', say('refusals.write.failed', { path, detail: errorMessage(e) }));
  }
}

/** The JSONL export's records, one by one, on this thread. */
async function throughRecords(
  db: Db,
  options: ExportOptions,
  pool: PoolOptions,
  onRecord: (record: CorpusRecord) => void,
): Promise<ExportSummary> {
  const records = recordStream(onRecord);
  const summary = await exportCorpusWith(pool, db, records, options);
  await new Promise<void>((resolve, reject) => {
    records.end((e?: Error | null) => (e ? reject(e) : resolve()));
  });
  return summary;
}
