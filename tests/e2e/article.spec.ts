import { expect, test } from './harness/fixtures.ts';
import { doubleClickAt, dragSelect, loadSamples, spanTexts, storedText, tag } from './helpers.ts';
import { createLongDocument } from '../bench/browser/long-document.ts';

test('a word in quotes is tagged without its quote marks', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  // The sample quotes with ': "hun 'gevechtsmissie' in Irak", "een 'nieuwe fase' van", "'We zullen".
  const word = text.indexOf("'gevechtsmissie'") + 1;
  await doubleClickAt(page, word + 4);
  await tag(page, '1');
  const phrase = text.indexOf("'nieuwe fase'") + 1;
  await dragSelect(page, phrase + 2, phrase + 8);
  await tag(page, '1');
  const we = text.indexOf("'We zullen") + 1;
  await dragSelect(page, we, we + 2);
  await tag(page, '3');
  expect(spanTexts(app)).toEqual(['EVENT:gevechtsmissie', 'EVENT:nieuwe fase', 'ACTOR:We']);
});

test('clicking the selected annotation’s row again scrolls the article back to it', async ({ app }) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, 20_000, 20);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  const row = page.getByLabel('Annotations').getByRole('button').first();
  await row.click();
  const id = await row.getAttribute('data-annotation-id');
  const span = page.locator(`.article-text [data-ids~="${id}"]`).first();
  await expect(span).toBeInViewport();
  await page.locator('.article-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(span).not.toBeInViewport();
  await row.click();
  await expect(span).toBeInViewport();
  expect(doc.spans.length).toBe(20);
});

test('the interface is marked as English and the article text as Dutch', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveAttribute('lang', 'nl');
  const word = storedText(app).indexOf('Irak');
  await dragSelect(page, word, word + 4);
  await tag(page, '3');
  await expect(page.getByLabel('Annotations').locator('.covered')).toHaveAttribute('lang', 'nl');
  // Dutch titles in the list are Dutch too; the list's own words are not.
  const titles = page.getByRole('listbox', { name: 'Document list' }).locator('.doc-title');
  await expect(titles).toHaveCount(5);
  for (const title of await titles.all()) await expect(title).toHaveAttribute('lang', 'nl');
});
