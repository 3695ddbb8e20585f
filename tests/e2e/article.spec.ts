import { expect, test } from './harness/fixtures.ts';
import { dragSelect, loadSamples, storedText, tag } from './helpers.ts';

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
