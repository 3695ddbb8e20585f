/**
 * Where an import's parsed JSONL batches come from: a worker thread when the
 * caller can wait for it (the app and the CLI), or the calling thread itself
 * (the synchronous import used by tests and small jobs).
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { parseJsonlFile, type ParsedBatch } from './jsonl-lines.ts';
import type { JsonlWorkerData, JsonlWorkerMessage } from './jsonl-worker.ts';
import { workerFile } from './worker-file.ts';

export interface JsonlSource {
  /** The next batch; `null` after the last; a promise to wait on when the next is not ready yet. */
  next(): ParsedBatch | null | Promise<void>;
  close(): void;
}

export function inThreadSource(path: string, batchSize: number): JsonlSource {
  const batches = parseJsonlFile(path, batchSize);
  return {
    next: () => {
      const step = batches.next();
      return step.done ? null : step.value;
    },
    close: () => void batches.return(undefined),
  };
}

/**
 * Batches the worker may prepare ahead of the writer. One is enough to keep
 * both threads busy (parsing a batch takes less time than writing one), and
 * more only lets parsed records wait long enough to be promoted to V8's old
 * space, which grew the peak memory with the corpus size.
 */
const CREDITS = 1;

/**
 * The parser makes garbage fast, and without a cap V8 doubled its young
 * generation as the import went on (8 MB at the start, 64 after ~120,000
 * documents), so the peak grew with the corpus: 175 MB for 20,000 documents,
 * 225 for 200,000. With 16 MB: 174 and 183, at the same speed. Young
 * objects only: a record too large for it is kept in the old generation.
 */
const PARSER_HEAP = { maxYoungGenerationSizeMb: 16 };

function workerSource(
  path: string,
  batchSize: number,
  file: string,
): JsonlSource & { received: () => number } {
  const worker = new Worker(file, {
    workerData: { path, batchSize, credits: CREDITS } satisfies JsonlWorkerData,
    resourceLimits: PARSER_HEAP,
  });
  const queue: ParsedBatch[] = [];
  let done = false;
  let failure: Error | null = null;
  let received = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (message: JsonlWorkerMessage) => {
    if (message.kind === 'batch') {
      queue.push(message.batch);
      received++;
    } else done = true;
    notify();
  });
  worker.on('error', (e) => {
    failure = e;
    notify();
  });
  worker.on('exit', (code) => {
    if (!done && failure === null) failure = new Error(`the import worker stopped (exit code ${code})`);
    notify();
  });
  return {
    received: () => received,
    next: () => {
      const batch = queue.shift();
      if (batch) {
        worker.postMessage('credit');
        return batch;
      }
      if (done) return null;
      if (failure) throw failure;
      return new Promise<void>((resolve) => (wake = resolve));
    },
    close: () => void worker.terminate(),
  };
}

/**
 * Parses on a worker thread. Should the worker not start (its file missing
 * from a package, threads unavailable), the same file is parsed on this
 * thread instead: slower, never wrong. A worker failing midway is an error.
 */
export function parallelSource(
  path: string,
  batchSize: number,
  file = workerFile('jsonl-worker'),
): JsonlSource {
  if (!existsSync(file)) return inThreadSource(path, batchSize);
  let source: JsonlSource & { received?: () => number } = workerSource(path, batchSize, file);
  return {
    next: () => {
      try {
        return source.next();
      } catch (e) {
        if (source.received?.() !== 0) throw e;
        source.close();
        source = inThreadSource(path, batchSize);
        return source.next();
      }
    },
    close: () => source.close(),
  };
}
