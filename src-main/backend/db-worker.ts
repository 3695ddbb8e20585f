/**
 * The database thread's entry (built as out/main/db-worker.js; client.ts
 * starts it). Everything it does is in serve.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BackendInit } from './protocol.ts';
import { serveBackend } from './serve.ts';

if (!parentPort) throw new Error('db-worker runs as a worker thread');
serveBackend(parentPort, workerData as BackendInit);
