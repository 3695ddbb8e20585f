import { expect, test, type Annotator } from './harness/fixtures.ts';
import { dragSelect, loadSamples, spanTexts, storedText, tag } from './helpers.ts';

/** Counts the window's reads of a whole document (text, every annotation and suggestion) from now on. */
function countReads(app: Annotator): () => number {
  const handlers = app.backend.handlers;
  const read = handlers['documents.get'];
  let reads = 0;
  handlers['documents.get'] = (request) => {
    reads++;
    return read(request);
  };
  return () => reads;
}

test('undo and redo show the step from its reply, without reading the document again', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const name = text.indexOf('Joe Biden');
  const saved = page.getByRole('status').filter({ hasText: 'All changes saved' });
  await dragSelect(page, name, name + 9);
  await tag(page, '3');
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => spanTexts(app)).toEqual(['ACTOR:Joe Biden maandag']);
  await expect(saved).toBeVisible();

  // A long article is a megabyte to send and parse, and every paragraph to compare: the step's reply says enough.
  const reads = countReads(app);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.article-text [data-ids]')).toHaveText(['Joe Biden']);
  await expect(page.getByLabel('Annotations').locator('[aria-current="true"]')).toContainText('Joe Biden');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.article-text [data-ids]')).toHaveText(['Joe Biden maandag']);
  await page.keyboard.press('Delete');
  await expect(page.locator('.article-text [data-ids]')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.article-text [data-ids]')).toHaveText(['Joe Biden maandag']);
  await expect(saved).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeEnabled();
  await expect(page.getByRole('button', { name: /^Redo/ })).toBeEnabled();
  expect(reads()).toBe(0);
});
