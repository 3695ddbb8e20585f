/**
 * The app's main process, for the benchmarks: a worker thread of the
 * benchmark's process that serves the page and passes its calls on to the
 * app's own database thread (src-main/backend), as Electron's main thread
 * does. Playwright's work (its protocol traffic, its garbage collections) is
 * not the app's and stays on the benchmark's main thread: with the server
 * there, each call waited behind it (a documents.list took 4 to 6 ms, up to
 * 17, from message to reply, against 1 to 3 ms for the same query alone).
 */
import { Worker } from 'node:worker_threads';

export interface BackendThreadData {
  rendererDir: string;
  dbPath: string;
}

export type FromBackend =
  { kind: 'serving'; url: string } | { kind: 'warmed' } | { kind: 'failed'; message: string };

export interface BackendThread {
  url: string;
  /** The backend's load-time warm-up (filter index filled) is done. */
  warmed: Promise<void>;
  /** Closes the server and the database thread, and ends this one. */
  close(): Promise<void>;
}

export function startBackendThread(rendererDir: string, dbPath: string): Promise<BackendThread> {
  const worker = new Worker(new URL('./backend-thread-entry.ts', import.meta.url), {
    workerData: { rendererDir, dbPath } satisfies BackendThreadData,
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const warm = Promise.withResolvers<undefined>();
  const warmed = warm.promise;
  // Not awaited by every caller: a failure is reported where it is awaited.
  warmed.catch(() => undefined);
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: FromBackend) => {
      if (message.kind === 'serving') {
        resolve({
          url: message.url,
          warmed,
          close: async () => {
            worker.postMessage('close');
            await exited;
          },
        });
      } else if (message.kind === 'warmed') warm.resolve(undefined);
      else warm.reject(new Error(`backend warm-up failed: ${message.message}`));
    });
    exited.then(() => reject(new Error('the backend thread ended before it served the app')));
  });
}
