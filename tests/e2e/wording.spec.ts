import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures.ts';
import { loadSamples, SCREENSHOTS } from './helpers.ts';

test('import and export reports count in good English: 1 document, 1 span, 1 file', async ({ app }) => {
  const { page } = app;
  const file = join(app.dir, 'one.jsonl');
  writeFileSync(
    file,
    `${JSON.stringify({ id: 'een', text: 'De VS trekken zich terug.', spans: [{ start: 0, end: 5, label: 'ACTOR' }] })}\n`,
  );
  const importFile = async () => {
    app.backend.dialogAnswers.files = [file];
    await page.getByRole('button', { name: 'Import…' }).click();
    await page.getByRole('button', { name: 'Choose files…' }).click();
  };
  const result = page.getByRole('dialog', { name: 'Result' });
  await importFile();
  await expect(result).toContainText('1 document with 1 span imported from 1 file.');
  await result.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('1 document', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Corpus progress')).toContainText('0 of 1 document done');
  await importFile();
  await expect(result).toContainText('0 documents with 0 spans imported from 1 file. 1 duplicate skipped.');
  await result.getByRole('button', { name: 'Close' }).click();

  app.backend.dialogAnswers.exportPath = join(app.dir, 'all.jsonl');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('button', { name: 'Choose file and export…' }).click();
  await expect(result).toContainText('Exported 1 document with 1 span to');
});

test('exporting a status no document has warns first, and writes nothing unless confirmed', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const out = join(app.dir, 'done.jsonl');
  app.backend.dialogAnswers.exportPath = out;
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('combobox', { name: 'Documents' }).selectOption('done');
  await expect(dialog.getByRole('alert')).toHaveText('No document is done: the file would be empty.');
  await expect(dialog.getByRole('option', { name: 'done only (0 documents)' })).toBeAttached();
  await page.screenshot({ path: `${SCREENSHOTS}/export-empty-warning-light.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(existsSync(out)).toBe(false);

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('combobox', { name: 'Documents' }).selectOption('done');
  await dialog.getByRole('button', { name: 'Export an empty file…' }).click();
  await expect(page.getByRole('dialog', { name: 'Result' })).toContainText(
    'Exported 0 documents with 0 spans',
  );
  expect(readFileSync(out, 'utf8')).toBe('');
});

test('the keyboard overview lists the keys of the menu and the filter', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await page.keyboard.press('?');
  const overview = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const [keys, what] of [
    ['Ctrl + L', 'Filter the document list (id, title, and text from three characters)'],
    ['Ctrl + F', 'Find in the document: the matches light up in place, with their count'],
    ['Ctrl + O', 'Import files'],
    ['Ctrl + Shift + O', 'Import a folder'],
    ['Ctrl + E', 'Export the corpus'],
    ['Ctrl + Shift + D', 'Light or dark theme'],
  ]) {
    await expect(overview.getByRole('row', { name: `${keys} ${what}`, exact: true })).toBeVisible();
  }
});

test('statuses read in one order: buttons, Alt keys, list filter, export choice and overview', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const order = ['To do', 'In progress', 'Done'];
  const buttons = page.getByRole('group', { name: 'Document status' }).getByRole('button');
  await expect(buttons).toHaveText(order);
  for (const [i, name] of order.entries()) {
    await expect(buttons.nth(i)).toHaveAttribute('title', `Alt+${i + 1}`);
    await page.locator('.article-text').click();
    await page.keyboard.press(`Alt+${i + 1}`);
    await expect(page.getByRole('button', { name, pressed: true })).toBeVisible();
  }
  await expect(page.getByLabel('Filter by status').getByRole('option')).toHaveText([
    'Every status',
    ...order,
  ]);

  await page.getByRole('button', { name: 'Export…' }).click();
  const exportChoice = page
    .getByRole('dialog', { name: 'Export' })
    .getByRole('combobox', { name: 'Documents' })
    .getByRole('option');
  await expect(exportChoice).toHaveText([
    /^all /,
    ...order.map((s) => new RegExp(`^${s.toLowerCase()} only `)),
  ]);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.keyboard.press('?');
  const overview = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(
    overview.getByRole('row', {
      name: 'Alt + 1 / 2 / 3 Mark the document to do / in progress / done',
      exact: true,
    }),
  ).toBeVisible();
});
