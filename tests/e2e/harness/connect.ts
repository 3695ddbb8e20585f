/**
 * Serves the built renderer with a test backend behind it, wired the way
 * Electron's IPC would be: the page's calls go to the real handlers, the
 * backend's events go to the page.
 *
 * Calls travel as JSON over HTTP to the server that serves the page.
 * Playwright's exposeFunction hands results through a value serializer and
 * the DevTools protocol: a long article with 10,000 annotations took 2.6 s
 * that way, against a few milliseconds over HTTP. The transport must not be
 * what a test or benchmark measures.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { eventChannelOf, type EventName, type Events } from '../../../src-main/ipc/contract.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { warmCache } from '../../../src-main/db/warm-cache.ts';
import { createTestBackend, type TestBackend } from '../../helpers/backend.ts';
import { HARNESS_DIR } from './global-setup.ts';
import { serve } from './static-server.ts';

interface HarnessWindow {
  __annotatorEmit(channel: string, json: string): void;
}

export interface ServedApp {
  url: string;
  backend: TestBackend;
  server: Server;
}

/** Serves `rendererDir` to `page` with a backend on the database at `dbPath`; call before the page loads. */
export async function serveApp(page: Page, rendererDir: string, dbPath: string): Promise<ServedApp> {
  const forward = <E extends EventName>(event: E, payload: Events[E]) => {
    void page
      .evaluate(([channel, json]) => (window as unknown as HarnessWindow).__annotatorEmit(channel, json), [
        eventChannelOf(event),
        JSON.stringify(payload),
      ] as const)
      .catch(() => undefined);
  };
  const backend = createTestBackend(dbPath, {}, forward);
  const { url, server } = await serve(rendererDir, async (method, json) => {
    const payload: unknown = json === '' ? undefined : JSON.parse(json);
    return JSON.stringify(await dispatch(backend.handlers, method, payload));
  });
  await page.addInitScript({ path: join(HARNESS_DIR, 'bridge.js') });
  // As the app's shell does while its window loads (src-main/app/main.ts).
  setImmediate(() => warmCache(backend.db));
  return { url, backend, server };
}
