import { expect, test } from './harness/fixtures.ts';
import { documentRows, dragSelect, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

const EVENT = 'beëindigen';

const storedDocument = (app: { backend: { db: { prepare: (sql: string) => { get: () => unknown } } } }) =>
  app.backend.db.prepare('SELECT note, flag FROM documents WHERE id = 1').get();

test('shows the document by a readable title, its source, date and id small', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const head = page.locator('.article-head');
  await expect(head.getByRole('heading', { level: 2 })).toHaveText(
    "De Verenigde Staten zullen hun 'gevechtsmissie' in Irak tegen het einde van het jaar…",
  );
  await expect(head.locator('.article-source')).toHaveText(
    /000_41a87ea6492af2e9\.txt.*2021-07.*000_41a87ea6492af2e9/,
  );
  const idSize = await head
    .locator('.article-id')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const titleSize = await head
    .getByRole('heading', { level: 2 })
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(idSize).toBeLessThan(titleSize);
});

test('flags and notes the document and an annotation by keyboard, and the list filters and counts them', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  // The document: Shift+U flags it, Shift+E goes to its note, Enter stores it.
  await page.locator('.article-text').focus();
  await page.keyboard.press('Shift+U');
  const unsure = page
    .getByRole('group', { name: 'Document note and flag' })
    .getByRole('button', { name: 'Unsure' });
  await expect(unsure).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+E');
  const note = page.getByRole('textbox', { name: 'Document note' });
  await expect(note).toBeFocused();
  await page.keyboard.type('bron nakijken');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedDocument(app)).toEqual({ note: 'bron nakijken', flag: 'unsure' });

  // An annotation: U flags the selected one, E goes to its note.
  const text = storedText(app);
  const at = text.indexOf(EVENT);
  await dragSelect(page, at, at + EVENT.length);
  await tag(page, '1');
  await page.keyboard.press('u');
  await expect
    .poll(() => app.backend.db.prepare('SELECT flag FROM annotations').pluck().get())
    .toBe('unsure');
  await page.keyboard.press('e');
  const spanNote = page.locator('[data-field="note"]');
  await expect(spanNote).toBeFocused();
  await page.keyboard.type('wanneer precies?');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => app.backend.db.prepare('SELECT note FROM annotations').pluck().get())
    .toBe('wanneer precies?');

  // The list: the row says it is flagged, has a note and one EVENT; the filter keeps it alone.
  const first = documentRows(page).first();
  await expect(first).toContainText('flagged unsure');
  await expect(first).toContainText('note: bron nakijken');
  await expect(first.locator('.label-count[data-label="EVENT"]')).toContainText('1 EVENT');
  await page.getByLabel('Filter by note or flag').selectOption('flagged');
  await expect(page.getByText('1 document', { exact: true })).toBeVisible();
  await page.getByLabel('Filter by note or flag').selectOption('noted');
  await expect(page.getByText('1 document', { exact: true })).toBeVisible();
  await page.getByLabel('Filter by note or flag').selectOption('');
  await expect(page.getByText('5 documents', { exact: true })).toBeVisible();

  // Shift+U again takes the document's flag away.
  await page.locator('.article-text').focus();
  await page.keyboard.press('Shift+U');
  await expect(unsure).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => storedDocument(app)).toEqual({ note: 'bron nakijken', flag: null });
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`the header and list with notes and flags at ${size.width}×${size.height}, light and dark`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await loadSamples(app);
    await page.locator('.article-text').focus();
    await page.keyboard.press('Shift+U');
    await page.getByRole('textbox', { name: 'Document note' }).fill('bron nakijken');
    await page.getByRole('textbox', { name: 'Document note' }).press('Enter');
    const text = storedText(app);
    const at = text.indexOf(EVENT);
    await dragSelect(page, at, at + EVENT.length);
    await tag(page, '1');
    await page.keyboard.press('u');
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.screenshot({ path: `${SCREENSHOTS}/notes-${size.width}x${size.height}-${theme}.png` });
    }
  });
}
