import { expect, test } from './harness/fixtures.ts';
import { documentRows, loadSamples, SCREENSHOTS } from './helpers.ts';

test('first run offers the samples, loads them, and shows corpus progress', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/welcome-light.png` });
  await loadSamples(app);
  await expect(page.getByLabel('Corpus progress')).toContainText('0 of 5 documents done');
  await expect(documentRows(page)).toHaveCount(5);
  await page.screenshot({ path: `${SCREENSHOTS}/article-light.png` });
});
