import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { dragSelect } from './helpers.ts';
import { createLongDocument } from '../bench/browser/long-document.ts';

const CHARS = 200_000;
const SPANS = 2_000;

/** How many outlined candidate runs the article has, and how many of them are in view. */
const outlined = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.querySelector('.article-scroll')?.getBoundingClientRect();
    const runs = [...document.querySelectorAll('.candidate-overlay .link-candidate')];
    const inView = runs.filter((run) => {
      const box = run.getBoundingClientRect();
      return scroller !== undefined && box.bottom > scroller.top && box.top < scroller.bottom;
    });
    return { all: runs.length, inView: inView.length };
  });

test('a role key outlines the spans it offers where the user looks, also far down once scrolled to', async ({
  app,
}) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, CHARS, SPANS);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText(`Annotations (${SPANS})`);
  const word = /\p{L}{6,}/u.exec(doc.text.slice(0, 400));
  if (!word) throw new Error('no word at the start');
  await dragSelect(page, word.index, word.index + word[0].length);
  await page.keyboard.press('1');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  // The role key acts on the selected event: its frame shows first (on a busy machine, a while after the save).
  await expect(page.getByRole('region', { name: 'Event frame' }).getByRole('heading')).toHaveText(
    `EVENT ${word[0]}`,
  );

  await page.keyboard.press('a');
  await expect.poll(async () => (await outlined(page)).inView).toBeGreaterThan(0);
  await expect(page.locator('.candidate-overlay .link-current').first()).toBeVisible();
  // Far down, the spans offered are outlined as they come into view.
  // Scrolled by the wheel, as a person does (a scroll set by a script is not one the article can tell from its own).
  const scroller = page.locator('.article-scroll');
  const box = await scroller.boundingBox();
  const height = await scroller.evaluate((el) => el.scrollHeight);
  if (!box) throw new Error('the article does not show');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, height * 0.8);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop / el.scrollHeight)).toBeGreaterThan(0.5);
  await expect.poll(async () => (await outlined(page)).inView).toBeGreaterThan(0);
  // Back from the nearest to the farthest: outlined as the one in focus once
  // it is brought into view, and only while it is the one in focus.
  await page.keyboard.press('Shift+Tab');
  const far = page.locator('.candidate-overlay .link-current').first();
  await expect(far).toBeInViewport();
  const farIds = await far.getAttribute('data-run-ids');
  await page.keyboard.press('Tab');
  await expect(page.locator('.candidate-overlay .link-current').first()).toBeInViewport();
  await expect(page.locator(`.candidate-overlay .link-current[data-run-ids="${farIds}"]`)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await outlined(page)).all).toBe(0);
});

test('a role key, its steps and Enter draw over the article and change nothing in it', async ({ app }) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, 20_000, 200);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  const word = /\p{L}{6,}/u.exec(doc.text.slice(0, 400));
  if (!word) throw new Error('no word at the start');
  await dragSelect(page, word.index, word.index + word[0].length);
  await page.keyboard.press('1');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  const agent = page.getByRole('region', { name: 'Event frame' }).locator('li[data-role="agent"]');
  await expect(agent).toBeVisible();
  // Any change inside the article's text makes the browser restyle and repaint the chunk around it.
  await page.evaluate(() => {
    const article = document.querySelector('.article-text');
    const seen: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type} ${r.attributeName ?? ''}`);
    }).observe(article ?? document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    Object.assign(window, { __articleChanges: seen });
  });
  const changes = () =>
    page.evaluate(() => (window as unknown as { __articleChanges: string[] }).__articleChanges);

  await page.keyboard.press('a');
  await expect.poll(async () => (await outlined(page)).inView).toBeGreaterThan(0);
  await expect(page.locator('.candidate-overlay .link-current')).not.toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(agent.locator('.filler')).toHaveCount(1);
  await expect(page.locator('.candidate-overlay .link-candidate')).toHaveCount(0);
  expect(await changes()).toEqual([]);
});
