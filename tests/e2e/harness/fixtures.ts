import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { closeDatabase } from '../../../src-main/db/connection.ts';
import type { TestBackend } from '../../helpers/backend.ts';
import { serveApp } from './connect.ts';

const RENDERER = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

export interface Annotator {
  page: Page;
  backend: TestBackend;
  dir: string;
  /** Reloads the page; the database and handlers stay, as they do across a window reload. */
  reload(): Promise<void>;
}

/**
 * The app as a user meets it: the built renderer in Chromium, `window.annotator`
 * from the real bridge, answered by the real handlers on a real SQLite file.
 * Only the native file dialogs are scripted (backend.dialogAnswers).
 */
export const test = base.extend<{ app: Annotator }>({
  app: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'annotator-e2e-'));
    const { url, backend, server } = await serveApp(page, RENDERER, join(dir, 'corpus.db'));
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
    expect(errors, 'uncaught errors in the page').toEqual([]);
    closeDatabase(backend.db);
    server.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
