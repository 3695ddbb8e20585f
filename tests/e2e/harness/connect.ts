/**
 * Serves the built renderer with a test backend behind it, wired the way
 * Electron's IPC would be: the page's calls go from this thread (the app's
 * main thread) to the database thread the app runs (src-main/backend), the
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
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { eventChannelOf } from '../../../src-main/ipc/contract.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { startWorkerBackend, type WorkerTestBackend } from '../../helpers/backend.ts';
import { HARNESS_DIR } from './global-setup.ts';
import { serve } from './static-server.ts';

export interface ServedApp {
  url: string;
  backend: WorkerTestBackend;
  server: Server;
  /** Settles once the backend has warmed up as the app's database thread does at load (filter index filled). */
  warmed: Promise<void>;
  /** Closes the server, then the database and its thread. */
  close(): Promise<void>;
}

/** Serves `rendererDir` with a backend on the database at `dbPath`: the server's side only. */
export async function startBackend(rendererDir: string, dbPath: string): Promise<ServedApp> {
  let emit: (channel: string, json: string) => void = () => undefined;
  const backend = await startWorkerBackend(dbPath, (event, payload) =>
    emit(eventChannelOf(event), JSON.stringify(payload)),
  );
  // Through `backend.handlers`, which forward to the database thread, so a
  // test may wrap one of them (to hold a call back, or fail it) as before.
  const served = await serve(rendererDir, async (method, json) => {
    const payload: unknown = json === '' ? undefined : JSON.parse(json);
    return JSON.stringify(await dispatch(backend.handlers, method, payload));
  });
  emit = served.emit;
  const { url, server } = served;
  return {
    url,
    backend,
    server,
    warmed: backend.client.warmed,
    close: async () => {
      // Not awaited: the page's WebSocket may still be open, and the server then waits for it.
      server.closeAllConnections();
      server.close();
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
