/**
 * Worker thread of an export: builds the pages it is asked for from its own
 * read-only connection, inside one read transaction (a consistent snapshot),
 * and hands each over as UTF-8 bytes, transferred rather than copied (the
 * buffer comes back to be filled again once the page is written out). Started
 * by export-page-pool.ts; electron-vite builds it as its own entry.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { recordsConverter, type ConvertedPage, type PageConversion } from '../formats/page-convert.ts';
import { pageBuilder, pageRecordsBuilder, type PageFilter, type PageWindows } from './export-pages.ts';

export interface ExportWorkerData {
  path: string;
  filter: PageFilter;
  windows: PageWindows;
  /** Write each page in this format (from its records: no JSONL is built). */
  conversion?: PageConversion | undefined;
}

/** From the export to the worker. `recycle` gives back a page's buffer once it is written out. */
export type ExportWorkerRequest =
  { kind: 'build'; index: number } | { kind: 'recycle'; buffer: ArrayBuffer } | { kind: 'stop' };

/**
 * From the worker to the export: a page is the first `length` bytes of
 * `buffer`, transferred; a converted page's bytes are transferred too.
 */
export type ExportWorkerMessage =
  | { kind: 'ready' }
  | { kind: 'page'; index: number; buffer: ArrayBuffer; length: number; documents: number; spans: number }
  | {
      kind: 'converted';
      index: number;
      converted: ConvertedPage;
      length: number;
      documents: number;
      spans: number;
    };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread only');
const data = workerData as ExportWorkerData;

/**
 * Buffers of pages already written out, sent back to be filled again. Fresh
 * memory costs a page fault per 4 KB on first touch: in the VM the benches
 * run in, ~0.4 s of CPU for a 93 MB export, against next to nothing for
 * buffers reused.
 */
const spare: ArrayBuffer[] = [];
/** Room for a page a little larger than the one a new buffer is made for, so that it can be reused. */
const HEADROOM = 1.25;

function allocate(size: number): Buffer {
  const fits = spare.findIndex((buffer) => buffer.byteLength >= size);
  const buffer = fits === -1 ? new ArrayBuffer(Math.ceil(size * HEADROOM)) : spare.splice(fits, 1)[0];
  if (!buffer) throw new Error('export worker: lost a spare buffer');
  return Buffer.from(buffer, 0, size);
}

/** The buffer `bytes` are the start of: allocate() puts every page at the start of an ArrayBuffer of its own. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0)
    throw new Error('export worker: a page is not in a buffer of its own');
  return buffer;
}

const db = new Database(data.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
/**
 * Page cache, KiB. The export reads each page of the file once; better-sqlite3's
 * default cache of 16 MB only grew, a page at a time, each a malloc that
 * extended this thread's heap by 4 KB: ~8,000 mprotect calls and page faults
 * in an export of 20k documents (1.07-1.34 s against 1.00-1.13 with 1 MiB,
 * alternating, and a peak 30 MB higher).
 */
const PAGE_CACHE_KIB = 1024;
db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
const build = pageBuilder(db, data.windows, data.filter, allocate);
const conversion = data.conversion
  ? {
      read: pageRecordsBuilder(db, data.windows, data.filter),
      convert: recordsConverter(data.conversion, allocate),
    }
  : null;
db.exec('BEGIN');
const reply = (message: ExportWorkerMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

port.on('message', (request: ExportWorkerRequest) => {
  if (request.kind === 'stop') {
    db.exec('COMMIT');
    db.close();
    port.close();
    return;
  }
  if (request.kind === 'recycle') {
    spare.push(request.buffer);
    return;
  }
  if (conversion) {
    const { records, documents, spans } = conversion.read(request.index);
    const converted = conversion.convert(records);
    const { length } = converted.bytes;
    const transfer = [ownBuffer(converted.bytes)];
    reply({ kind: 'converted', index: request.index, converted, length, documents, spans }, transfer);
    return;
  }
  const { bytes, documents, spans } = build(request.index);
  const buffer = ownBuffer(bytes);
  reply({ kind: 'page', index: request.index, buffer, length: bytes.length, documents, spans }, [buffer]);
});
reply({ kind: 'ready' });
