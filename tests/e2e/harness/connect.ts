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
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { eventChannelOf } from '../../../src-main/ipc/contract.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { warmCache } from '../../../src-main/db/warm-cache.ts';
import { createTestBackend, type TestBackend } from '../../helpers/backend.ts';
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
 * server's side only, so it can run on a thread of its own (the benchmarks').
 */
export async function startBackend(rendererDir: string, dbPath: string): Promise<ServedApp> {
  let emit: (channel: string, json: string) => void = () => undefined;
  const backend = createTestBackend(dbPath, {}, (event, payload) =>
    emit(eventChannelOf(event), JSON.stringify(payload)),
  );
  const served = await serve(rendererDir, async (method, json) => {
    const payload: unknown = json === '' ? undefined : JSON.parse(json);
    return JSON.stringify(await dispatch(backend.handlers, method, payload));
  });
  emit = served.emit;
  const { url, server } = served;
  // As the app's shell does while its window loads (src-main/app/main.ts).
  const warmed = new Promise<void>((resolve, reject) =>
    setImmediate(() => warmCache(backend.db).then(resolve, reject)),
  );
  return { url, backend, server, warmed };
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
