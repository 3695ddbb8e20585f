/**
 * Labels read without colour (issue 22): every span names its label in a
 * badge where it starts, nested spans stay apart, screen readers hear the
 * labels in the text and at the caret, and the article's text stays the
 * stored text.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { clickAt, dragSelect, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

const SENTENCE = 'De VS hebben momenteel 2.500 militairen in het land';

/** Machado et al. (2009) deuteranopia; an SVG filter works on linear RGB, as the matrix does. */
const DEUTERANOPIA =
  '0.367322 0.860646 -0.227968 0 0 0.280085 0.672501 0.047413 0 0 -0.01182 0.04294 0.968881 0 0 0 0 0 1 0';

/** The badge a run draws: its text and colours, as the page paints them. */
const badges = (page: Page) =>
  page.locator('.article-text [data-start]').evaluateAll((runs) =>
    runs.flatMap((run) => {
      const badge = getComputedStyle(run, '::before');
      return badge.content === 'none' || badge.content === 'normal'
        ? []
        : [{ run: run.textContent, badge: badge.content, ink: badge.color, fill: badge.backgroundColor }];
    }),
  );

test('each span names its label where it starts; nested spans stay apart; the text stays the stored text', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);
  const sentence = at(SENTENCE);
  await dragSelect(page, sentence, sentence + SENTENCE.length);
  await tag(page, '1');
  await dragSelect(page, sentence, sentence + 'De VS'.length);
  await tag(page, '3');
  await dragSelect(page, at('2.500 militairen'), at('2.500 militairen') + '2.500 militairen'.length);
  await tag(page, '3');
  await dragSelect(page, at('2.500'), at('2.500') + '2.500'.length);
  await tag(page, '2');
  await page.keyboard.press('Escape');

  // A badge where each span starts, outermost first, in the colour of the first
  // one with a text colour that reads on it (the default EVENT and ACTOR).
  expect(await badges(page)).toEqual([
    { run: 'De VS', badge: '"EVENT · ACTOR"', ink: 'rgb(0, 0, 0)', fill: 'rgb(230, 159, 0)' },
    { run: '2.500', badge: '"ACTOR · NUMBER"', ink: 'rgb(0, 0, 0)', fill: 'rgb(0, 158, 115)' },
  ]);
  // Two spans inside the EVENT: two bars under "2.500", with the page between them.
  const number = page.locator('.article-text [data-label="ACTOR · NUMBER"]');
  const look = await number.evaluate((el) => ({
    bars: (getComputedStyle(el).boxShadow.match(/inset/g) ?? []).length,
    padding: getComputedStyle(el).paddingBottom,
  }));
  expect(look).toEqual({ bars: 3, padding: '7px' });

  // The badges are drawn, not text: the article's text and a copied selection are the stored text.
  // (Paragraphs and line breaks are elements, not text.)
  expect(await page.locator('.article-text').evaluate((el) => el.textContent)).toBe(text.replace(/\n/g, ''));
  expect(
    await page
      .locator('.article-text [data-start]')
      .evaluateAll((runs) =>
        runs.every((run) => run.childNodes.length === 1 && run.firstChild?.nodeType === Node.TEXT_NODE),
      ),
  ).toBe(true);
  await dragSelect(page, sentence, sentence + SENTENCE.length);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(SENTENCE);
  await page.keyboard.press('Escape');

  // A screen reader reads each label before the text it starts on.
  expect(await page.locator('.article-text').ariaSnapshot()).toContain(
    'EVENT · ACTOR De VS hebben momenteel ACTOR · NUMBER 2.500 militairen in het land.',
  );
  // ...and hears the labels at the caret as it moves: a live region the article names as its description.
  const here = page.getByRole('log', { name: 'Labels here' });
  await expect(here).toHaveText('');
  await clickAt(page, at('2.500') + 1);
  await expect(here).toHaveText('Here: EVENT · ACTOR · NUMBER');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveAccessibleDescription(
    'Here: EVENT · ACTOR · NUMBER',
  );
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(here).toHaveText('Here: EVENT');
  // The click over three spans opened the chooser; the pictures show the text.
  await page.keyboard.press('Escape');

  await page.locator('.article-scroll').evaluate((el, top) => el.scrollTo(0, top), 300);
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SCREENSHOTS}/labels-${theme}.png` });
  }
  // As a deuteranope sees it: the badges still name each span.
  await page.evaluate((matrix) => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<svg width="0" height="0" style="position:absolute"><filter id="deuteranopia"><feColorMatrix type="matrix" values="${matrix}"/></filter></svg>`,
    );
    document.documentElement.style.filter = 'url(#deuteranopia)';
  }, DEUTERANOPIA);
  await page.screenshot({ path: `${SCREENSHOTS}/labels-deuteranopia-dark.png` });
  await page.getByRole('button', { name: 'Theme' }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/labels-deuteranopia-light.png` });
});
