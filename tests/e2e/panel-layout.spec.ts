import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { loadSamples, SCREENSHOTS } from './helpers.ts';

const width = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().width));

const listSplitter = (page: Page) => page.getByRole('separator', { name: 'Width of the document list' });
const panelSplitter = (page: Page) => page.getByRole('separator', { name: 'Width of the annotation panel' });

test('resizes the side panels by keyboard and by dragging, folds them away, and remembers it after a restart', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const list = listSplitter(page);
  const before = await width(page, '.doc-list');
  await expect(list).toHaveAttribute('aria-valuenow', String(before));
  // Keyboard: → widens the list by 16 px, End makes it widest.
  await list.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(list).toHaveAttribute('aria-valuenow', String(before + 32));
  expect(await width(page, '.doc-list')).toBe(before + 32);
  // The panel's edge grows it to the left; drag it 100 px.
  const panel = panelSplitter(page);
  const panelBefore = await width(page, '.side-panel');
  const box = await panel.boundingBox();
  if (!box) throw new Error('the panel edge is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + 200, { steps: 5 });
  await page.mouse.up();
  expect(Math.abs((await width(page, '.side-panel')) - (panelBefore + 100))).toBeLessThanOrEqual(2);
  await expect(panel).toHaveAttribute('aria-valuenow', String(await width(page, '.side-panel')));

  // Fold: the button, Ctrl+B and Ctrl+Alt+B.
  await page.getByRole('button', { name: 'Hide the document list' }).click();
  await expect(page.getByRole('region', { name: 'Documents' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show the document list' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await page.keyboard.press('Control+Alt+b');
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeHidden();
  expect(await width(page, '.article-scroll')).toBeGreaterThan(1200);
  await page.screenshot({ path: `${SCREENSHOTS}/panels-folded-1400x900-light.png` });
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('region', { name: 'Documents' })).toBeVisible();
  const listWidth = await width(page, '.doc-list');
  expect(listWidth).toBe(before + 32);

  // A restart: the list is as wide as it was, the panel still folded.
  await page.reload();
  await expect(page.locator('.article-text')).toBeVisible();
  expect(await width(page, '.doc-list')).toBe(listWidth);
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeHidden();
  await page.getByRole('button', { name: 'Show the annotation panel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
  // Enter on a splitter folds its column too.
  await listSplitter(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Documents' })).toBeHidden();
  await expect(listSplitter(page)).toHaveAttribute('aria-valuenow', '0');
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`a widened annotation panel at ${size.width}×${size.height}, light and dark`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await loadSamples(app);
    await panelSplitter(page).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    expect(await width(page, '.article-scroll')).toBeGreaterThanOrEqual(400);
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.screenshot({ path: `${SCREENSHOTS}/panels-${size.width}x${size.height}-${theme}.png` });
    }
  });
}
