/**
 * The benchmarks' backend thread (backend-thread.ts): serves the app and
 * answers its calls, then closes its database when told to.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { closeDatabase } from '../../../src-main/db/connection.ts';
import { startBackend } from '../../e2e/harness/connect.ts';
import type { FromBackend, BackendThreadData } from './backend-thread.ts';

const port = parentPort;
if (!port) throw new Error('backend-thread-entry.ts runs as a worker thread');
const { rendererDir, dbPath } = workerData as BackendThreadData;
const tell = (message: FromBackend) => port.postMessage(message);

const { url, backend, server, warmed } = await startBackend(rendererDir, dbPath);
tell({ kind: 'serving', url });
warmed.then(
  () => tell({ kind: 'warmed' }),
  (e: unknown) => tell({ kind: 'failed', message: String(e) }),
);
port.once('message', () => {
  server.closeAllConnections();
  server.close(() => {
    closeDatabase(backend.db);
    port.close();
  });
});
