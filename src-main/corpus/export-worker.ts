/**
 * Worker thread of an export: builds every `stride`-th page from its own
 * read-only connection, inside one read transaction (a consistent snapshot),
 * and hands each page over as UTF-8 bytes, transferred rather than copied.
 * Started by export.ts; electron-vite builds it as its own entry.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentStatus } from '../db/model.ts';
import { pageBuilder, type PageWindows } from './export-pages.ts';

export interface ExportWorkerData {
  path: string;
  status: DocumentStatus | undefined;
  windows: PageWindows;
  /** This worker builds pages offset, offset + stride, offset + 2 × stride, … */
  offset: number;
  stride: number;
  /** Pages it may build ahead of the writer; the writer returns one per page taken. */
  credits: number;
}

export type ExportWorkerMessage =
  { kind: 'page'; index: number; bytes: ArrayBuffer; documents: number; spans: number } | { kind: 'done' };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread only');
const data = workerData as ExportWorkerData;

let credits = data.credits;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
});

/** The bytes as an ArrayBuffer of their own, which can be transferred (an empty page's may be shared). */
function transferable(bytes: Buffer): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.length === buffer.byteLength)
    return buffer;
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

const db = new Database(data.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const build = pageBuilder(db, data.windows, data.status);
db.exec('BEGIN');
try {
  for (let index = data.offset; index < data.windows.count; index += data.stride) {
    const page = build(index);
    const bytes = transferable(page.bytes);
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    port.postMessage(
      {
        kind: 'page',
        index,
        bytes,
        documents: page.documents,
        spans: page.spans,
      } satisfies ExportWorkerMessage,
      [bytes],
    );
  }
} finally {
  db.exec('COMMIT');
  db.close();
}
port.postMessage({ kind: 'done' } satisfies ExportWorkerMessage);
port.unref();
