import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { clickAt, loadSamples, storedText, tag } from './helpers.ts';

/**
 * What Enter has drawn once the app is done with it: the quantity's fillers in
 * the event frame and the arcs, read in a microtask queued behind the app's
 * handling of that keydown (its render and effects), so before anything the
 * app puts off until later (a deferred render) runs.
 */
async function drawnByEnter(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const read = (): string[] => [
      ...[...document.querySelectorAll('.event-frame li[data-role="quantity"] .filler')].map(
        (f) => `filler ${f.textContent ?? ''}`,
      ),
      ...[...document.querySelectorAll('.connectors g')].map(
        (g) => `arc ${g.textContent ?? ''}${g.classList.contains('pending') ? ' (pending)' : ''}`,
      ),
    ];
    const w = window as unknown as { __drawn?: Promise<string[]> };
    w.__drawn = new Promise((resolve) =>
      window.addEventListener('keydown', () => queueMicrotask(() => resolve(read())), { once: true }),
    );
  });
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { __drawn?: Promise<string[]> }).__drawn ?? []);
}

test('Enter shows the new link in the event frame and as its arc in that same keypress', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  await clickAt(page, text.indexOf('hebben momenteel'));
  await page.keyboard.press('Control+Shift+ArrowRight');
  await tag(page, '1');
  await clickAt(page, text.indexOf('2.500 militairen'));
  await page.keyboard.press('Control+Shift+ArrowRight');
  await tag(page, '2');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('region', { name: 'Event frame' }).getByRole('heading')).toHaveText(
    'EVENT hebben',
  );
  await page.keyboard.press('q');
  await expect(page.locator('.event-frame li[data-role="quantity"]')).toContainText('Choosing the quantity');

  expect(await drawnByEnter(page)).toEqual(['filler NUMBER 2.500×', 'arc quantity']);
});
