/**
 * The benchmarks' stand-in for the app's main process (backend-thread.ts):
 * serves the app and relays its calls to the database thread, then closes
 * both when told to.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startThreadedBackend } from '../../e2e/harness/connect.ts';
import type { FromBackend, BackendThreadData } from './backend-thread.ts';

const port = parentPort;
if (!port) throw new Error('backend-thread-entry.ts runs as a worker thread');
const { rendererDir, dbPath } = workerData as BackendThreadData;
const tell = (message: FromBackend) => port.postMessage(message);

const { url, warmed, close } = await startThreadedBackend(rendererDir, dbPath);
tell({ kind: 'serving', url });
warmed.then(
  () => tell({ kind: 'warmed' }),
  (e: unknown) => tell({ kind: 'failed', message: String(e) }),
);
port.once('message', () => {
  void close().then(() => port.close());
});
