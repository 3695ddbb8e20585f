/**
 * Worker thread of an export: builds the pages it is asked for from its own
 * read-only connection, inside one read transaction (a consistent snapshot),
 * and hands each over as UTF-8 bytes, transferred rather than copied. Started
 * by export-page-pool.ts; electron-vite builds it as its own entry.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentStatus } from '../db/model.ts';
import { pageBuilder, type PageWindows } from './export-pages.ts';

export interface ExportWorkerData {
  path: string;
  status: DocumentStatus | undefined;
  windows: PageWindows;
}

/** From the export to the worker. */
export type ExportWorkerRequest = { kind: 'build'; index: number } | { kind: 'stop' };

/** From the worker to the export. */
export type ExportWorkerMessage =
  { kind: 'ready' } | { kind: 'page'; index: number; bytes: ArrayBuffer; documents: number; spans: number };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread only');
const data = workerData as ExportWorkerData;

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
const reply = (message: ExportWorkerMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

port.on('message', (request: ExportWorkerRequest) => {
  if (request.kind === 'stop') {
    db.exec('COMMIT');
    db.close();
    port.close();
    return;
  }
  const page = build(request.index);
  const bytes = transferable(page.bytes);
  reply({ kind: 'page', index: request.index, bytes, documents: page.documents, spans: page.spans }, [bytes]);
});
reply({ kind: 'ready' });
