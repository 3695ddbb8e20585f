/**
 * Worker thread of an import: reads and validates one JSONL file and posts
 * the drafts in batches, while the main thread writes the previous ones to
 * SQLite. Started by jsonl-source.ts; electron-vite builds it as its own entry.
 *
 * Flow control: the worker may run at most `credits` batches ahead; the main
 * thread returns one credit per batch it has taken, so memory stays flat
 * however large the file is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseJsonlFile, type ParsedBatch } from './jsonl-lines.ts';

export interface JsonlWorkerData {
  path: string;
  batchSize: number;
  credits: number;
}

export type JsonlWorkerMessage = { kind: 'batch'; batch: ParsedBatch } | { kind: 'done' };

const port = parentPort;
if (!port) throw new Error('jsonl-worker.ts runs as a worker thread only');
const { path, batchSize, credits: initial } = workerData as JsonlWorkerData;

let credits = initial;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
});

for (const batch of parseJsonlFile(path, batchSize)) {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  port.postMessage({ kind: 'batch', batch } satisfies JsonlWorkerMessage);
}
port.postMessage({ kind: 'done' } satisfies JsonlWorkerMessage);
// Nothing left to do: let the thread end instead of waiting for credits.
port.unref();
