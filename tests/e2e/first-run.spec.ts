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

// Closed at once, the result gives focus to the article; that needs the
// article there before the result can be closed, and the result's button
// focused in the commit that draws it: Enter is pressed as soon as it shows.
test('the result of loading the samples shows with the first sample already open', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => {
    const seen = new Promise<boolean>((resolve) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[role="dialog"][aria-label="Result"]')) return;
        observer.disconnect();
        resolve(document.querySelector('.article-text')?.textContent?.includes('De Verenigde') ?? false);
      }).observe(document.body, { childList: true, subtree: true });
    });
    (window as unknown as { articleWithResult: Promise<boolean> }).articleWithResult = seen;
  });
  await page.getByRole('button', { name: 'Load the sample articles' }).click();
  expect(
    await page.evaluate(
      () => (window as unknown as { articleWithResult: Promise<boolean> }).articleWithResult,
    ),
  ).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Result' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused();
});
