import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures.ts';

const TEXT = 'De VS hebben momenteel 2.500 militairen in Irak.';
const RECORD = {
  id: 'd1',
  text: TEXT,
  meta: { status: 'in_progress' },
  spans: [
    { id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna' },
    { id: 'T2', start: 23, end: 28, label: 'NUMBER', annotator: 'anna' },
    { id: 'T3', start: 3, end: 5, label: 'ACTOR', annotator: 'bob' },
  ],
};

test('the export dialog writes one annotator’s layer, or every layer with suggestions', async ({ app }) => {
  const { page } = app;
  const file = join(app.dir, 'layers.jsonl');
  writeFileSync(file, `${JSON.stringify(RECORD)}\n`);
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await page.getByRole('dialog', { name: 'Result' }).getByRole('button', { name: 'Close' }).click();

  const anna = join(app.dir, 'anna.jsonl');
  app.backend.dialogAnswers.exportPath = anna;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Layers').selectOption('anna');
  // Suggestions belong to no layer: a layer's export cannot take them.
  await expect(dialog.getByLabel(/Include open suggestions/)).toBeDisabled();
  await dialog.getByRole('button', { name: 'Choose file and export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Result' })).toContainText(
    'Exported 1 document with 2 spans',
  );
  const one = JSON.parse(readFileSync(anna, 'utf8')) as { spans: { annotator: string }[] };
  expect(one.spans.map((s) => s.annotator)).toEqual(['anna', 'anna']);
  await page.getByRole('dialog', { name: 'Result' }).getByRole('button', { name: 'Close' }).click();

  // The document was opened by the import, and its suggestions with it.
  const all = join(app.dir, 'all.jsonl');
  app.backend.dialogAnswers.exportPath = all;
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByLabel(/Include open suggestions/).check();
  await dialog.getByRole('button', { name: 'Choose file and export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Result' })).toContainText('Exported 1 document');
  const every = JSON.parse(readFileSync(all, 'utf8')) as {
    spans: { annotator: string | null; origin: { kind: string } | null }[];
  };
  expect(every.spans.filter((s) => s.annotator !== null)).toHaveLength(3);
  expect(every.spans.some((s) => s.origin?.kind === 'suggestion')).toBe(true);
});
