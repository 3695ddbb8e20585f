import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures.ts';
import { dragSelect, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

const annotatorsOf = (app: { backend: { db: { prepare(sql: string): { all(): unknown[] } } } }) =>
  app.backend.db.prepare('SELECT annotator, start, "end" FROM annotations ORDER BY id').all();

test('first run asks the name on the welcome screen, keeps it, shows it and stamps it on a new span', async ({
  app,
}) => {
  const { page } = app;
  const name = page.getByRole('textbox', { name: /Your annotator name/ });
  // Offered filled in with the OS user's name (the fixture's "tester").
  await expect(name).toHaveValue('tester');
  await name.fill('gold');
  await page.getByRole('button', { name: 'Load the sample articles' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /"gold" is reserved/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await name.fill('Anna de Vries');
  await page.screenshot({ path: `${SCREENSHOTS}/annotator-name-welcome.png` });
  await loadSamples(app);
  await expect(page.getByRole('button', { name: 'Annotator: Anna de Vries' })).toBeVisible();
  expect(JSON.parse(readFileSync(join(app.dir, 'settings.json'), 'utf8'))).toEqual({
    annotator: 'Anna de Vries',
  });

  const text = storedText(app);
  await dragSelect(page, text.indexOf('Joe Biden'), text.indexOf('Joe Biden') + 9);
  await tag(page, '3');
  expect(annotatorsOf(app)).toEqual([
    { annotator: 'Anna de Vries', start: text.indexOf('Joe Biden'), end: text.indexOf('Joe Biden') + 9 },
  ]);
  await page.screenshot({ path: `${SCREENSHOTS}/annotator-name-status-line.png` });
});

test('a new name says what becomes of the old spans, and stamps the next change', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  await dragSelect(page, text.indexOf('Joe Biden'), text.indexOf('Joe Biden') + 9);
  await tag(page, '3');

  // The status line's control, by keyboard.
  await page.getByRole('button', { name: 'Annotator: tester' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Annotator name' });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('bob');
  await expect(dialog.getByRole('note')).toHaveText(
    /Your spans so far stay under “tester”: they become tester’s layer, shown read-only beside yours/,
  );
  await page.screenshot({ path: `${SCREENSHOTS}/annotator-name-change.png` });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Annotator: bob' })).toBeVisible();

  await dragSelect(page, text.indexOf('Mustafa'), text.indexOf('Mustafa') + 7);
  await tag(page, '3');
  expect(annotatorsOf(app)).toEqual([
    expect.objectContaining({ annotator: 'tester' }),
    expect.objectContaining({ annotator: 'bob' }),
  ]);
  // tester's span is now another layer: listed, read-only, not in bob's annotation list.
  await expect(page.getByRole('region', { name: 'Layers' })).toContainText(
    'tester1 span, in progress (read-only)',
  );
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(1);
});
