import { expect, test } from './harness/fixtures.ts';
import { dragSelect, loadSamples, storedText, tag } from './helpers.ts';
import { createLongDocument } from '../bench/browser/long-document.ts';

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
});
