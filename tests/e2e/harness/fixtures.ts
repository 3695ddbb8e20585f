import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { WorkerTestBackend } from '../../helpers/backend.ts';
import { serveApp } from './connect.ts';

const RENDERER = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

export interface Annotator {
  page: Page;
  /** `db`: a connection of the test's own on the corpus file; the app's runs on its database thread. */
  backend: WorkerTestBackend;
  dir: string;
  /** Reloads the page; the database and handlers stay, as they do across a window reload. */
  reload(): Promise<void>;
}

/**
 * The app as a user meets it: the built renderer in Chromium, `window.annotator`
 * from the real bridge, answered by the real handlers on a real SQLite file,
 * on the database thread the app runs them on.
 * Only the native file dialogs are scripted (backend.dialogAnswers).
 */
export const test = base.extend<{ app: Annotator }>({
  app: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'annotator-e2e-'));
    const { url, backend, close } = await serveApp(page, RENDERER, join(dir, 'corpus.db'));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await use({
      page,
      backend,
      dir,
      reload: async () => {
        await page.reload();
      },
    });
    try {
      expect(errors, 'uncaught errors in the page').toEqual([]);
    } finally {
      await close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
