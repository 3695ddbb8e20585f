import { expect, test } from './harness/fixtures.ts';
import { dragSelect, loadSamples, storedSpans, storedText } from './helpers.ts';

test('a change that fails after the user opened another document leaves that one on screen', async ({
  app,
}) => {
  const { page, backend } = app;
  await loadSamples(app);
  const first = await page.locator('.article-id').textContent();
  const text = storedText(app);
  const name = text.indexOf('Joe Biden');

  // The save reaches the database only once the user is reading the next
  // document, and the database cannot write then (as in safety.spec.ts).
  const create = backend.handlers['annotations.create'];
  const { promise: switched, resolve: release } = Promise.withResolvers<undefined>();
  backend.handlers['annotations.create'] = async (request) => {
    await switched;
    backend.db.pragma('query_only = ON');
    try {
      return create(request);
    } finally {
      backend.db.pragma('query_only = OFF');
    }
  };

  await dragSelect(page, name, name + 9);
  await page.keyboard.press('3');
  await expect(page.locator('.article-text [data-ids]')).toHaveText(['Joe Biden']);
  await page.keyboard.press('Alt+ArrowDown');
  const articleId = page.locator('.article-id');
  await expect(articleId).toHaveText('001_4587b70695a3651a');
  const second = await page.locator('.article-text').textContent();
  release(undefined);

  await expect(page.getByRole('alert')).toContainText(`Not saved in ${first}:`);
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  await expect(articleId).toHaveText('001_4587b70695a3651a');
  await expect(page.locator('.article-text')).toHaveText(second ?? '');
  await expect(page.locator('.article-text [data-ids]')).toHaveCount(0);
  // The first document's selection does not come back over the second one's text.
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('');
  expect(storedSpans(app)).toEqual([]);

  // Opened again, the first document shows what the database holds.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(articleId).toHaveText(first ?? '');
  await expect(page.locator('.article-text [data-ids]')).toHaveCount(0);
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(0);
});
