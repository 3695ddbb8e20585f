import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { closeDatabase } from '../../../src-main/db/connection.ts';
import { eventChannelOf } from '../../../src-main/ipc/contract.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { createTestBackend, type TestBackend } from '../../helpers/backend.ts';
import { HARNESS_DIR } from './global-setup.ts';
import { serve } from './static-server.ts';

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
    const { url, server } = await serve(RENDERER);
    const backend = createTestBackend(join(dir, 'corpus.db'), {}, (event, payload) => {
      void page
        .evaluate(
          ([channel, body]) =>
            (window as unknown as { __annotatorEmit: (c: string, p: unknown) => void }).__annotatorEmit(
              channel,
              body,
            ),
          [eventChannelOf(event), payload] as const,
        )
        .catch(() => undefined);
    });
    await page.exposeFunction('__annotatorInvoke', (channel: string, payload: unknown) =>
      dispatch(backend.handlers, channel.replace(/^annotator:/, ''), payload),
    );
    await page.addInitScript({ path: join(HARNESS_DIR, 'bridge.js') });
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
