import { installBridge } from './harness/connect.ts';
import { expect, test } from './harness/fixtures.ts';
import { documentRows, dragSelect, loadSamples, SCREENSHOTS, spanTexts, storedText, tag } from './helpers.ts';

test('a span tagged twice is refused in passing, and nothing claims unsaved work', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const at = text.indexOf('De VS hebben');
  await dragSelect(page, at, at + 5);
  await tag(page, '3');
  await dragSelect(page, at, at + 5);
  await page.keyboard.press('3');
  const hint = page.getByRole('alert');
  await expect(hint).toHaveText('Already tagged: ACTOR “De VS” exists.');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  await page.screenshot({ path: `${SCREENSHOTS}/refused-duplicate-light.png` });
  expect(spanTexts(app)).toEqual(['ACTOR:De VS']);

  // Moving an edge onto another span of the same label is refused the same way.
  const name = text.indexOf('Joe Biden');
  await dragSelect(page, name, name + 9);
  await tag(page, '3');
  await dragSelect(page, name, name + 3);
  await page.keyboard.press('Shift+3');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(hint).toHaveText('Already tagged: ACTOR “Joe Biden” exists.');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  expect(spanTexts(app)).toEqual(['ACTOR:Joe', 'ACTOR:Joe Biden', 'ACTOR:De VS']);

  // The message goes away by itself; opening another document shows no trace of it.
  await expect(hint).toHaveCount(0, { timeout: 6000 });
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.article-id')).toHaveText('001_4587b70695a3651a');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
});

test('Ctrl+Z with nothing to undo says so and flags nothing as unsaved', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('alert')).toHaveText('Nothing to undo in this document.');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
});

test('Ctrl+Z after a status change undoes the status and leaves the annotations', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const name = text.indexOf('Joe Biden');
  await dragSelect(page, name, name + 9);
  await tag(page, '3');
  const status = page.getByRole('group', { name: 'Document status' });
  const pressed = status.locator('[aria-pressed="true"]');
  await expect(pressed).toHaveText('In progress');
  await page.keyboard.press('Alt+3');
  await expect(pressed).toHaveText('Done');
  await expect(page.getByLabel('Corpus progress')).toContainText('1 of 5 documents done');

  await page.keyboard.press('Control+z');
  await expect(pressed).toHaveText('In progress');
  await expect(page.getByRole('alert')).toHaveText('Undone: the status is In progress again.');
  await expect(page.getByLabel('Corpus progress')).toContainText('0 of 5 documents done');
  expect(spanTexts(app)).toEqual(['ACTOR:Joe Biden']);
  await expect(page.locator('.article-text [data-ids]')).toHaveText(['Joe Biden']);

  // Redo puts it back; the next undo after that takes back the status, then the span.
  await page.keyboard.press('Control+Shift+z');
  await expect(pressed).toHaveText('Done');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(pressed).toHaveText('In progress');
  await page.keyboard.press('Control+z');
  await expect.poll(() => spanTexts(app)).toEqual([]);
  await expect(page.getByRole('status')).toHaveText('All changes saved');
});

test('the first sample opens after loading; a reload or a restart reopens the document where it was', async ({
  app,
  browser,
}) => {
  // Two windows and a reload: more than the default on a busy machine.
  test.setTimeout(60_000);
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('button', { name: 'Load the sample articles' }).click();
  await page.getByRole('dialog', { name: 'Result' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.article-id')).toHaveText('000_41a87ea6492af2e9');
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');

  const { external } = app.backend.db
    .prepare('SELECT external_id AS external FROM documents WHERE id = 3')
    .get() as {
    external: string;
  };
  await documentRows(page).nth(2).click();
  await expect(page.locator('.article-id')).toHaveText(external);
  const scroller = page.locator('.article-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 500));
  const place = () =>
    app.backend.db.prepare('SELECT document_id AS id, top_offset AS offset FROM reading_place').get() as
      { id: number; offset: number } | undefined;
  // Kept once the scrolling stops: this document, a few paragraphs in.
  await expect.poll(() => place()?.id).toBe(3);
  await expect.poll(() => place()?.offset ?? 0).toBeGreaterThan(200);
  const top = await scroller.evaluate((el) => el.scrollTop);

  // Another document opens at its top; coming back to this one is a new place to keep.
  await documentRows(page).nth(1).click();
  await expect(page.locator('.article-id')).not.toHaveText(external);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  await expect.poll(() => place()?.id).toBe(2);
  await documentRows(page).nth(2).click();
  await expect(page.locator('.article-id')).toHaveText(external);
  await scroller.evaluate((el, to) => (el.scrollTop = to), top);
  await expect.poll(() => place()?.id).toBe(3);
  await expect.poll(() => place()?.offset ?? 0).toBeGreaterThan(200);

  await app.reload();
  await expect(page.locator('.article-id')).toHaveText(external);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(top - 40);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeLessThan(top + 40);

  // A restart: a new window with nothing of the old one's storage, on the same database.
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const restarted = await context.newPage();
  await installBridge(restarted);
  await restarted.goto(page.url());
  await expect(restarted.locator('.article-id')).toHaveText(external);
  await expect
    .poll(() => restarted.locator('.article-scroll').evaluate((el) => el.scrollTop))
    .toBeGreaterThan(top - 40);
  await context.close();
});
