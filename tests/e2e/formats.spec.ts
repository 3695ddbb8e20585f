import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures.ts';
import { dragSelect, loadSamples, storedText } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'formats');

test('exports as doccano from the dialog and lists what doccano could not hold', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  await dragSelect(page, text.indexOf('Joe Biden'), text.indexOf('Joe Biden') + 9);
  await page.keyboard.press('3');
  await expect(page.getByRole('status')).toHaveText('All changes saved');

  const out = join(app.dir, 'export-doccano.jsonl');
  app.backend.dialogAnswers.exportPath = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByLabel('Format').selectOption('doccano');
  await page.getByRole('button', { name: 'Choose file and export…' }).click();
  const result = page.getByRole('dialog', { name: 'Result' });
  await expect(result).toContainText('Exported 5 documents with 1 span to');
  await expect(result).toContainText('as doccano');
  await expect(result).toContainText('doccano could not hold everything: 2 lost (1 annotator, 1 origin)');
  await expect(result.getByRole('list', { name: 'Losses' }).getByRole('listitem')).toHaveText([
    /T1: annotator: annotator tester: doccano has no place for it$/,
    /T1: origin: origin manual: doccano has no place for it$/,
  ]);
  // The sample scheme has roles: doccano's relation layout.
  const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0] ?? '{}') as { entities: unknown[] };
  expect(first.entities).toEqual([expect.objectContaining({ id: 1, label: 'ACTOR' })]);
});

test('imports a Label Studio export from the dialog and lists what was not imported', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  app.backend.dialogAnswers.files = [join(FIXTURES, 'labelstudio', 'csv_test.json')];
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('dialog', { name: 'Import' }).getByLabel('Format').selectOption('labelstudio');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const result = page.getByRole('dialog', { name: 'Result' });
  await expect(result).toContainText('2 documents with 0 spans imported from 1 file');
  await expect(result).toContainText('5 lost (3 rectanglelabels result, 2 prediction)');
  await expect(result.getByRole('list', { name: 'Losses' }).getByRole('listitem')).toHaveCount(5);
});
