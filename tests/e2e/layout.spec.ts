import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { loadSamples, SCREENSHOTS } from './helpers.ts';

/** Every enabled control that is meant to be on screen without scrolling. */
const CONTROLS =
  '.toolbar button, .label-bar button, .label-bar label, .status-buttons button, .doc-filters > *';

interface Problem {
  control: string;
  problem: string;
}

/** Controls that stick out of the window, wrap onto a second line, or lie under something else. */
const blockedControls = (page: Page) =>
  page.evaluate((selector) => {
    const problems: Problem[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // A control a narrow window folds away (the annotation panel's toggle in a wide one).
      if (!el.checkVisibility()) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim();
      const r = el.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
        problems.push({ control: name, problem: `outside the window: ${JSON.stringify(r)}` });
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
      if (el.tagName === 'BUTTON' && el.scrollHeight > lineHeight * 1.6 + 12)
        problems.push({ control: name, problem: `wraps (${el.scrollHeight}px tall)` });
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push({ control: name, problem: `text cut off (${el.scrollWidth} > ${el.clientWidth})` });
      for (const [x, y] of [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + r.height / 2],
        [r.right - 2, r.top + r.height / 2],
      ] as const) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || (hit !== el && !el.contains(hit) && !hit.contains(el)))
          problems.push({ control: name, problem: `covered at ${x},${y} by ${hit?.className ?? 'nothing'}` });
      }
    }
    return problems;
  }, CONTROLS);

const width = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);

for (const size of [
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
]) {
  test(`every control is visible and usable at ${size.width}×${size.height}, light and dark`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await loadSamples(app);
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await blockedControls(page)).toEqual([]);
      expect(await width(page, '.article-scroll')).toBeGreaterThanOrEqual(400);
      // The status buttons sit on one line.
      const tops = await page
        .getByRole('group', { name: 'Document status' })
        .getByRole('button')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      await page.screenshot({ path: `${SCREENSHOTS}/layout-${size.width}x${size.height}-${theme}.png` });
    }
    // The annotation panel is on screen, or one click away.
    const panel = page.getByRole('complementary', { name: 'Annotations' });
    if (size.width < 960) {
      await expect(panel).toBeHidden();
      await page.getByRole('button', { name: 'Annotations (0)' }).click();
    }
    await expect(panel).toBeVisible();
    expect(await width(page, '.annotation-panel')).toBeGreaterThanOrEqual(200);
    if (size.width < 960) {
      await page.screenshot({ path: `${SCREENSHOTS}/layout-${size.width}x${size.height}-panel-dark.png` });
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    }
  });
}
