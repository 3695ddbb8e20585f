import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures.ts';
import { documentRows, dragSelect, loadSamples, SCREENSHOTS, storedSpans, storedText } from './helpers.ts';

const HOSTILE =
  'Kop <img src=x onerror="window.__pwned=1"> en <script>window.__pwned=2</script> met ' +
  '<a href="javascript:window.__pwned=3">een link</a> en <b onclick="window.__pwned=4">vet</b>.';

test('article text with HTML and script is shown as literal text and runs nothing', async ({ app }) => {
  const { page } = app;
  const file = join(app.dir, 'hostile.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 'hostile', text: HOSTILE })}\n`);
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: 'Import files…' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await page.getByRole('dialog', { name: 'Result' }).getByRole('button', { name: 'Close' }).click();
  await documentRows(page).first().click();

  const article = page.locator('.article-text');
  await expect(article).toHaveText(HOSTILE);
  await expect(article.locator('img, script, a, b')).toHaveCount(0);
  await article.getByText('vet', { exact: false }).click();
  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
  // The document list shows the title as text too.
  await expect(documentRows(page).first()).toContainText('<img src=x');
});

test('the content security policy blocks inline script', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => {
    const seen: string[] = [];
    Reflect.set(window, '__violations', seen);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
  });
  // The report comes asynchronously: wait for it rather than a fixed time.
  await expect
    .poll(() => page.evaluate(() => Reflect.get(window, '__violations') as string[]))
    .toContain('script-src-elem');
  expect(await page.evaluate(() => Reflect.get(window, '__inline'))).toBeUndefined();
});

test('a change the database refuses is reported and never shown as saved', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const name = text.indexOf('Joe Biden');
  app.backend.db.pragma('query_only = ON');
  await dragSelect(page, name, name + 9);
  await page.keyboard.press('3');
  await expect(page.getByRole('status')).toContainText('Not saved:');
  await expect(page.locator('.article-text [data-ids]')).toHaveCount(0);
  // The selection is back, ready for another try.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Joe Biden');
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(0);
  expect(storedSpans(app)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/save-failed-light.png` });

  app.backend.db.pragma('query_only = OFF');
  await dragSelect(page, name, name + 9);
  await page.keyboard.press('3');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  await expect(page.locator('.article-text [data-ids]')).toHaveText(['Joe Biden']);
});
