/**
 * Serves the built renderer with a test backend behind it, wired the way
 * Electron's IPC would be: the page's calls go to the real handlers, the
 * backend's events go to the page.
 *
 * Calls and events travel as JSON over a WebSocket to the server that serves
 * the page (wire.ts). Playwright's exposeFunction hands results through a
 * value serializer and the DevTools protocol: a long article with 10,000
 * annotations took 2.6 s that way; a fetch per call costs 5 to 6 ms in
 * Chromium's network stack; a WebSocket round trip ~1.4 ms. The transport
 * must not be what a test or benchmark measures.
 */
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { eventChannelOf } from '../../../src-main/ipc/contract.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { warmCache } from '../../../src-main/db/warm-cache.ts';
import { addsDocuments, textIndexer } from '../../../src-main/backend/text-indexer.ts';
import { createTestBackend, startWorkerBackend, type TestBackend } from '../../helpers/backend.ts';
import { HARNESS_DIR } from './global-setup.ts';
import { serve } from './static-server.ts';

export interface ServedApp {
  url: string;
  backend: TestBackend;
  server: Server;
  /** Settles once the backend has warmed up as the app's shell does at load (filter index filled). */
  warmed: Promise<void>;
}

/**
 * Serves `rendererDir` with a backend on the database at `dbPath`: the
 * server's side only. The handlers run on this thread with the test's own
 * connection (`backend.db`), so a test can read and write the app's database
 * directly (a `query_only` pragma refuses the app's writes) or wrap a handler.
 * The app runs the same handlers on its database thread (src-main/backend);
 * tests/unit/backend checks that its replies equal these.
 */
export async function startBackend(rendererDir: string, dbPath: string): Promise<ServedApp> {
  let emit: (channel: string, json: string) => void = () => undefined;
  // Settings beside the database, as the app keeps them in its user-data folder.
  const backend = createTestBackend(
    dbPath,
    {},
    (event, payload) => emit(eventChannelOf(event), JSON.stringify(payload)),
    join(dirname(dbPath), 'settings.json'),
  );
  // As the app's database thread does (src-main/backend/serve.ts): texts indexed after warm-up and imports.
  const indexer = textIndexer(backend.db, (progress) => {
    backend.events.push({ event: 'search.indexing', payload: progress });
    emit(eventChannelOf('search.indexing'), JSON.stringify(progress));
  });
  const served = await serve(rendererDir, async (method, json) => {
    const payload: unknown = json === '' ? undefined : JSON.parse(json);
    indexer.giveWay();
    const reply = await dispatch(backend.handlers, method, payload);
    if (addsDocuments(method)) indexer.start();
    return JSON.stringify(reply);
  });
  emit = served.emit;
  const { url, server } = served;
  // As the app's database thread does while its window loads (src-main/backend).
  const warmed = new Promise<void>((resolve, reject) =>
    setImmediate(() => warmCache(backend.db).then(resolve, reject)),
  ).finally(() => indexer.start());
  return { url, backend, server, warmed };
}

export interface ServedThreadedApp {
  url: string;
  /** Settles once the database thread has warmed up (filter index filled). */
  warmed: Promise<void>;
  /** Closes the server, then the database and its thread. */
  close(): Promise<void>;
}

/**
 * The same, with the handlers on the app's own database thread behind its
 * client, as the app's main process holds them (the benchmarks).
 */
export async function startThreadedBackend(rendererDir: string, dbPath: string): Promise<ServedThreadedApp> {
  let emit: (channel: string, json: string) => void = () => undefined;
  const backend = await startWorkerBackend(dbPath, (event, payload) =>
    emit(eventChannelOf(event), JSON.stringify(payload)),
  );
  const served = await serve(rendererDir, async (method, json) => {
    const payload: unknown = json === '' ? undefined : JSON.parse(json);
    return JSON.stringify(await backend.client.call(method, payload));
  });
  emit = served.emit;
  return {
    url: served.url,
    warmed: backend.client.warmed,
    close: async () => {
      // Not awaited: the page's WebSocket may still be open, and the server then waits for it.
      served.server.closeAllConnections();
      served.server.close();
      await backend.close();
    },
  };
}

/** The page's side: `window.annotator` talks to the server that served it. Call before the page loads. */
export async function installBridge(page: Page): Promise<void> {
  await page.addInitScript({ path: join(HARNESS_DIR, 'bridge.js') });
}

/** Serves `rendererDir` to `page` with a backend on the database at `dbPath`; call before the page loads. */
export async function serveApp(page: Page, rendererDir: string, dbPath: string): Promise<ServedApp> {
  const served = await startBackend(rendererDir, dbPath);
  await installBridge(page);
  return served;
}
