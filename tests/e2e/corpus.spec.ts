import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures.ts';
import { insertDocument } from '../../src-main/db/documents.ts';
import { documentRecord } from '../helpers/documents.ts';
import { documentRows, dragSelect, loadSamples, SCREENSHOTS, storedText } from './helpers.ts';

const pySlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

test('status buttons, shortcuts and the first annotation move documents along; progress follows', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const status = page.getByRole('group', { name: 'Document status' });
  await expect(status.getByRole('button', { name: 'To do' })).toHaveAttribute('aria-pressed', 'true');

  const text = storedText(app);
  await dragSelect(page, text.indexOf('Joe Biden'), text.indexOf('Joe Biden') + 9);
  await page.keyboard.press('3');
  await expect(status.getByRole('button', { name: 'In progress' })).toHaveAttribute('aria-pressed', 'true');
  await expect(documentRows(page).first()).toContainText('In progress');
  await expect(documentRows(page).first()).toContainText('1 ✎');

  await status.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel('Corpus progress')).toContainText('1 of 5 documents done');
  await expect(documentRows(page).first()).toContainText('Done');
  await documentRows(page).nth(1).click();
  await expect(page.locator('.article-id')).toHaveText('001_4587b70695a3651a');
  await page.keyboard.press('Alt+3');
  await expect(page.getByLabel('Corpus progress')).toContainText('2 of 5 documents done');
  await page.keyboard.press('Alt+1');
  await expect(page.getByLabel('Corpus progress')).toContainText('1 of 5 documents done');
  expect(app.backend.db.prepare("SELECT count(*) AS n FROM documents WHERE status = 'done'").get()).toEqual({
    n: 1,
  });

  await page.getByLabel('Filter by status').selectOption('done');
  await expect(documentRows(page)).toHaveCount(1);
  await page.getByLabel('Filter by status').selectOption('');
  await page.getByLabel('Filter documents').fill('002_');
  await expect(page.getByText('1 document', { exact: true })).toBeVisible();
});

test('exports the corpus from the UI as JSONL with code-point offsets', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  await dragSelect(page, text.indexOf('Joe Biden'), text.indexOf('Joe Biden') + 9);
  await page.keyboard.press('3');
  await expect(page.getByRole('status')).toHaveText('All changes saved');

  const out = join(app.dir, 'export.jsonl');
  app.backend.dialogAnswers.exportPath = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('button', { name: 'Choose file and export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Result' })).toContainText(
    'Exported 5 documents with 1 span to',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/export-result-light.png` });
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
  expect(lines).toHaveLength(5);
  const first = JSON.parse(lines[0] ?? '{}') as {
    text: string;
    meta: { status: string };
    spans: { start: number; end: number; label: string; text: string }[];
  };
  expect(first.meta.status).toBe('in_progress');
  expect(first.spans).toEqual([
    expect.objectContaining({ label: 'ACTOR', text: 'Joe Biden', annotator: 'tester' }),
  ]);
  for (const s of first.spans) expect(pySlice(first.text, s.start, s.end)).toBe(s.text);
});

test('an import with bad records reports each as file:line: reason and imports nothing', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const file = join(app.dir, 'bad.jsonl');
  writeFileSync(
    file,
    '{"text": "Goed"}\n{"text": 5}\n{"text": "x", "spans": [{"start": 0, "end": 9, "label": "ACTOR"}]}\n',
  );
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const result = page.getByRole('dialog', { name: 'Result' });
  await expect(result).toContainText('Nothing was imported');
  const problems = result.getByRole('list', { name: 'Problems' }).getByRole('listitem');
  await expect(problems).toHaveText([
    `${file}:2: "text" must be a string`,
    `${file}:3: spans[0]: end 9 is past the end of the text (1 code points)`,
  ]);
  await page.screenshot({ path: `${SCREENSHOTS}/import-errors-light.png` });
  await result.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('5 documents', { exact: true })).toBeVisible();
});

test('an import that may create labels names the labels, attributes and roles it created', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const file = join(app.dir, 'frames.jsonl');
  const text = 'De VS hebben 2.500 militairen in Irak.';
  const record = {
    id: 'frames',
    text,
    spans: [
      { id: 'E1', start: 0, end: 29, label: 'EVENT', attributes: { certainty: 0.5 } },
      { id: 'P1', start: 33, end: 37, label: 'PLACE' },
    ],
    relations: [{ head: 'E1', child: 'P1', label: 'location' }],
  };
  writeFileSync(file, `${JSON.stringify(record)}\n`);
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByLabel('Create labels, attributes and roles the file uses but the corpus lacks').check();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const result = page.getByRole('dialog', { name: 'Result' });
  await expect(result).toContainText('Import finished');
  await expect(result).toContainText(
    'New labels: PLACE. New attributes: EVENT.certainty (number). New roles: location (EVENT → PLACE).',
  );
  await result.getByRole('button', { name: 'Close' }).click();
});

test('an import of a folder with an empty file in it imports the rest and names the empty file', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const dir = join(app.dir, 'nieuw');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.jsonl'), '');
  writeFileSync(join(dir, 'b.jsonl'), '{"id": "b", "text": "Een nieuw artikel."}\n');
  app.backend.dialogAnswers.folder = dir;
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  const result = page.getByRole('dialog', { name: 'Result' });
  await expect(result).toContainText('Import finished');
  await expect(result).toContainText('1 document with 0 spans imported from 2 files.');
  await expect(result.getByRole('list', { name: 'Skipped files' }).getByRole('listitem')).toHaveText([
    `${join(dir, 'a.jsonl')}: empty file, no records`,
  ]);
  await expect(result.getByRole('list', { name: 'Problems' })).toHaveCount(0);
  await result.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('6 documents', { exact: true })).toBeVisible();
});

test('shows the keyboard overview and switches to the dark theme', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await page.keyboard.press('?');
  const overview = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overview).toContainText('Undo');
  await page.screenshot({ path: `${SCREENSHOTS}/shortcuts-light.png` });
  await overview.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: `${SCREENSHOTS}/article-dark.png` });
  await page.keyboard.press('?');
  await page.screenshot({ path: `${SCREENSHOTS}/shortcuts-dark.png` });
  await overview.getByRole('button', { name: 'Close' }).click();

  // Alt+↓ / Alt+↑ walk the document list from anywhere.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.article-id')).toHaveText('001_4587b70695a3651a');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.article-id')).toHaveText('000_41a87ea6492af2e9');
});

test('commands from the application menu reach the renderer through the bridge', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const menu = (command: string) =>
    page.evaluate(
      (c) =>
        (window as unknown as { __annotatorEmit: (ch: string, json: string) => void }).__annotatorEmit(
          'annotator-event:menu.command',
          JSON.stringify({ command: c }),
        ),
      command,
    );
  const theme = await page.locator('html').getAttribute('data-theme');
  await menu('toggle-theme');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
  await menu('shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await menu('export');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  const text = storedText(app);
  await dragSelect(page, text.indexOf('Irak'), text.indexOf('Irak') + 4);
  await page.keyboard.press('1');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  await menu('undo');
  await expect(page.locator('.article-text [data-ids]')).toHaveCount(0);
  await menu('redo');
  await expect(page.locator('.article-text [data-ids]')).toHaveText(['Irak']);
});

test('a list of many pages fills in as it scrolls, reaches its end by keyboard and filters all of it', async ({
  app,
}) => {
  const { page, backend } = app;
  const count = 530;
  backend.db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const n = String(i).padStart(3, '0');
      insertDocument(
        backend.db,
        documentRecord(`doc-${n}`, `Bericht ${n}.`, { title: `Bericht nummer ${n}` }),
      );
    }
  })();
  await app.reload();
  await expect(page.getByText(`${count} documents`, { exact: true })).toBeVisible();

  // Halfway down, every row in view shows its document, none is left as a placeholder.
  const list = page.getByRole('listbox', { name: 'Document list' });
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(list.locator('.doc-meta', { hasText: '…' })).toHaveCount(0);
  await expect(list.locator('.doc-id').first()).toHaveText(/doc-2[4-6]\d/);

  await list.focus();
  await page.keyboard.press('End');
  await expect(list.locator('.doc-row.cursor .doc-id')).toHaveText('doc-530');
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-id')).toHaveText('doc-530');

  await page.getByLabel('Filter documents').fill('9');
  const nines = Array.from({ length: count }, (_, i) => String(i + 1).padStart(3, '0')).filter((n) =>
    n.includes('9'),
  );
  await expect(page.getByText(`${nines.length} documents`, { exact: true })).toBeVisible();
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.locator('.doc-row.cursor .doc-id')).toHaveText(`doc-${nines.at(-1)}`);
});
