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
}

const binary = electronBinary();
// One clear line in the run's output, besides the skipped mark.
if (binary === null) console.log(SKIP_REASON);
test.skip(binary === null, SKIP_REASON);

const MAIN = join(import.meta.dirname, '..', '..', 'out', 'main', 'index.js');

async function launch(db: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({ executablePath: binary ?? undefined, args: [MAIN, '--db', db] });
  const page = await app.firstWindow();
  await page.waitForFunction(() => typeof window.annotator === 'object');
  return { app, page };
}

test('launches, loads the samples, annotates, and keeps the work across a restart', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'annotator-electron-')), 'corpus.db');
  const first = await launch(db);
  const api = await first.page.evaluate(() => Object.keys(window.annotator).sort());
  expect(api).toEqual(['annotations', 'corpus', 'documents', 'history', 'labels', 'on']);
  const imported = await first.page.evaluate(() => window.annotator.corpus.import({ from: 'samples' }));
  expect(imported).toMatchObject({ ok: true, value: { imported: 5 } });
  const created = await first.page.evaluate(async () => {
    const labels = await window.annotator.labels.list({});
    if (!labels.ok) throw new Error(labels.error.message);
    const actor = labels.value.find((l) => l.name === 'ACTOR');
    return window.annotator.annotations.create({ documentId: 1, labelId: actor?.id ?? 0, start: 0, end: 19 });
  });
  expect(created).toMatchObject({ ok: true });
  await first.app.close();

  const second = await launch(db);
  const reopened = await second.page.evaluate(() => window.annotator.documents.get({ id: 1 }));
  expect(reopened).toMatchObject({ ok: true, value: { annotations: [{ start: 0, end: 19 }] } });
  // The sandboxed page has no Node: no require, no process.
  const nodeInPage = await second.page.evaluate(() => [
    typeof Reflect.get(window, 'require'),
    typeof Reflect.get(window, 'process'),
  ]);
  expect(nodeInPage).toEqual(['undefined', 'undefined']);
  await second.app.close();
});
