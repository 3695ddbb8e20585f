import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { AnnotatorApi } from '../../src-main/ipc/contract.ts';
import { electronBinary, SKIP_REASON } from './electron-binary.ts';

declare global {
  interface Window {
    annotator: AnnotatorApi;
  }
  /** In the main process: what became of the page's next navigation. */
  var __navigation: Promise<{ url: string; refused: boolean }> | undefined;
}

const binary = electronBinary();
// One clear line in the run's output, besides the skipped mark.
if (binary === null) console.log(SKIP_REASON);
test.skip(binary === null, SKIP_REASON);

const MAIN = join(import.meta.dirname, '..', '..', 'out', 'main', 'index.js');

/**
 * Starts the built app on its own database and its own user-data folder, so
 * the run neither touches a real installation's settings nor loses the
 * single-instance lock to an annotator that is already open.
 */
async function launch(dir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [MAIN, '--db', join(dir, 'corpus.db'), `--user-data-dir=${join(dir, 'user-data')}`],
  });
  const page = await app.firstWindow();
  await page.waitForFunction(() => typeof window.annotator === 'object');
  return { app, page };
}

test('launches, loads the samples, annotates, and keeps the work across a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annotator-electron-'));
  const first = await launch(dir);
  const api = await first.page.evaluate(() => Object.keys(window.annotator).sort());
  expect(api).toEqual(['annotations', 'corpus', 'documents', 'history', 'labels', 'on']);
  // The page may offer the samples itself on first run; either way they end up in the corpus once.
  const imported = await first.page.evaluate(() => window.annotator.corpus.import({ from: 'samples' }));
  expect(imported).toMatchObject({ ok: true });
  const documents = await first.page.evaluate(() => window.annotator.documents.list({}));
  expect(documents).toMatchObject({ ok: true, value: { total: 5 } });
  const documentId = documents.ok ? (documents.value.items[0]?.id ?? 0) : 0;
  const created = await first.page.evaluate(async (id) => {
    const labels = await window.annotator.labels.list({});
    if (!labels.ok) throw new Error(labels.error.message);
    const actor = labels.value.find((l) => l.name === 'ACTOR');
    return window.annotator.annotations.create({
      documentId: id,
      labelId: actor?.id ?? 0,
      start: 0,
      end: 19,
    });
  }, documentId);
  expect(created).toMatchObject({ ok: true });

  // The shell as built: the app menu, and no way off the page.
  const menu = await first.app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
  expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  const home = first.page.url();
  const opened = await first.page.evaluate(() => window.open('http://example.com/') === null);
  expect(opened).toBe(true);
  // Watch main's next will-navigate; added after the app's guard, this listener sees its decision.
  await first.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    if (!contents) throw new Error('the app has no window');
    globalThis.__navigation = new Promise((resolve) =>
      contents.once('will-navigate', (event) => resolve({ url: event.url, refused: event.defaultPrevented })),
    );
  });
  await first.page.evaluate(() => {
    window.location.href = 'http://example.com/';
  });
  const navigation = await first.app.evaluate(() => globalThis.__navigation);
  expect(navigation).toEqual({ url: 'http://example.com/', refused: true });
  expect(await first.page.evaluate(() => window.location.href)).toBe(home);
  await first.app.close();

  const second = await launch(dir);
  const reopened = await second.page.evaluate((id) => window.annotator.documents.get({ id }), documentId);
  expect(reopened).toMatchObject({ ok: true, value: { annotations: [{ start: 0, end: 19 }] } });
  // The sandboxed page has no Node: no require, no process.
  const nodeInPage = await second.page.evaluate(() => [
    typeof Reflect.get(window, 'require'),
    typeof Reflect.get(window, 'process'),
  ]);
  expect(nodeInPage).toEqual(['undefined', 'undefined']);
  await second.app.close();
});
