import { expect, test } from './harness/fixtures.ts';
import { documentRows, dragSelect, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

test('guideline checks: missing roles listed, counted in the list, and Done asks once', async ({ app }) => {
  const { page, backend } = app;
  await loadSamples(app);
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('No required role or attribute is missing.');

  // The scheme now requires every EVENT to have an agent.
  backend.db.prepare("UPDATE roles SET required = 1 WHERE name = 'agent'").run();
  const text = storedText(app);
  const at = text.indexOf('beëindigen');
  await dragSelect(page, at, at + 'beëindigen'.length);
  await tag(page, '1');

  const warning = checks.getByRole('button', { name: "EVENT 'beëindigen' has no agent" });
  await expect(warning).toBeVisible();
  await expect(documentRows(page).first().getByTitle('1 guideline warning')).toHaveText(/1 ⚠/);
  await expect(
    documentRows(page)
      .nth(1)
      .getByTitle(/guideline warning/),
  ).toHaveCount(0);

  // A warning selects its annotation, by click or by Enter.
  await page.keyboard.press('Escape');
  await expect(page.locator('.annotation-row.selected')).toHaveCount(0);
  await warning.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.annotation-row.selected')).toContainText('beëindigen');
  await page.screenshot({ path: `${SCREENSHOTS}/guideline-checks.png` });

  // Marking done asks first; Escape leaves the document as it was.
  const status = page.getByRole('group', { name: 'Document status' });
  const question = page.getByRole('alertdialog', { name: 'Mark as done with 1 open warning?' });
  await page.locator('.article-text').focus();
  await page.keyboard.press('Alt+3');
  await expect(question).toContainText("EVENT 'beëindigen' has no agent");
  await page.screenshot({ path: `${SCREENSHOTS}/guideline-checks-done.png` });
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(status.getByRole('button', { name: 'In progress' })).toHaveAttribute('aria-pressed', 'true');
  const stored = () => backend.db.prepare('SELECT status FROM documents WHERE id = 1').pluck().get();
  expect(stored()).toBe('in_progress');

  // Asked again (it was cancelled); Enter confirms, even pressed while the Done button that asked
  // still has the focus (before the question takes it): that Enter must not press Done again.
  await status.getByRole('button', { name: 'Done' }).click();
  await expect(question).toBeVisible();
  await status.getByRole('button', { name: 'Done' }).focus();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(status.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
  expect(stored()).toBe('done');

  // The same warnings are not asked about again in this session.
  await status.getByRole('button', { name: 'In progress' }).click();
  await expect(status.getByRole('button', { name: 'In progress' })).toHaveAttribute('aria-pressed', 'true');
  await status.getByRole('button', { name: 'Done' }).click();
  await expect(status.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(stored()).toBe('done');

  // New warnings are: another event without an agent.
  await status.getByRole('button', { name: 'In progress' }).click();
  const second = text.indexOf('gezegd');
  await dragSelect(page, second, second + 'gezegd'.length);
  await tag(page, '1');
  await expect(checks.getByRole('button')).toHaveCount(2);
  await expect(documentRows(page).first().getByTitle('2 guideline warnings')).toBeVisible();
  await page.keyboard.press('Alt+3');
  const again = page.getByRole('alertdialog', { name: 'Mark as done with 2 open warnings?' });
  await expect(again).toContainText("EVENT 'gezegd' has no agent");
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toHaveCount(0);
  expect(stored()).toBe('in_progress');
  await page.keyboard.press('Alt+3');
  await again.getByRole('button', { name: 'Mark done' }).click();
  await expect(status.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');

  // Fewer warnings than were accepted: one event is gone, and Done is not asked about.
  await page.keyboard.press('Alt+2');
  await expect(status.getByRole('button', { name: 'In progress' })).toHaveAttribute('aria-pressed', 'true');
  await checks.getByRole('button', { name: "EVENT 'gezegd' has no agent" }).click();
  await page.keyboard.press('Delete');
  await expect(checks.getByRole('button')).toHaveCount(1);
  await page.keyboard.press('Alt+3');
  await expect(status.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(stored()).toBe('done');
});

test('a document without warnings is marked done without a question', async ({ app }) => {
  const { page, backend } = app;
  await loadSamples(app);
  backend.db.prepare("UPDATE roles SET required = 1 WHERE name = 'agent'").run();
  await page.keyboard.press('Alt+3');
  await expect(
    page.getByRole('group', { name: 'Document status' }).getByRole('button', { name: 'Done' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
