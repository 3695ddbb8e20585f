import { expect, test } from './harness/fixtures.ts';
import {
  clickAt,
  dragSelect,
  loadSamples,
  SCREENSHOTS,
  spanTexts,
  storedSpans,
  storedText,
  tag,
} from './helpers.ts';

test('creates annotations of every label by mouse and by keyboard, snapping to Dutch words', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);

  // Part of "Joe Biden" with the mouse, then the ACTOR hotkey: the whole name.
  await dragSelect(page, at('Joe Biden') + 1, at('Joe Biden') + 7);
  await tag(page, '3');
  // "2." of "2.500": snapping keeps the number whole.
  await dragSelect(page, at('2.500'), at('2.500') + 2);
  await tag(page, '2');
  // "Kaz" of "al-Kazimi": the hyphenated name stays whole.
  await dragSelect(page, at('al-Kazimi') + 3, at('al-Kazimi') + 6);
  await tag(page, '3');
  // EVENT with the label button instead of the hotkey.
  await dragSelect(
    page,
    at('De VS hebben'),
    at('De VS hebben') + 'De VS hebben momenteel 2.500 militairen in het land'.length,
  );
  await page.getByRole('button', { name: /^EVENT/ }).click();
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(4);
  // By keyboard: a caret before "Mustafa", Shift+→ seven times, then the hotkey.
  await clickAt(page, at('Mustafa'));
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
  await tag(page, '3');

  await expect
    .poll(() => spanTexts(app))
    .toEqual([
      'ACTOR:Joe Biden',
      'ACTOR:Mustafa',
      'ACTOR:al-Kazimi',
      'EVENT:De VS hebben momenteel 2.500 militairen in het land',
      'NUMBER:2.500',
    ]);
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(5);
});

test('keeps nested spans visible: an EVENT holding an ACTOR and a NUMBER', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const event = text.indexOf('De VS hebben momenteel 2.500 militairen in het land');
  await dragSelect(page, event, event + 51);
  await tag(page, '1');
  await dragSelect(page, event, event + 5);
  await tag(page, '3');
  await dragSelect(page, event + 23, event + 28);
  await tag(page, '2');
  await page.keyboard.press('Escape');

  const runs = page.locator('.article-text [data-ids]');
  const layer = async (piece: string) => {
    const run = runs.filter({ hasText: new RegExp(`^${piece.replace('.', '\\.')}$`) });
    return run.evaluate((el) => ({
      ids: (el.getAttribute('data-ids') ?? '').split(' ').length,
      background: getComputedStyle(el).backgroundColor,
      underline: getComputedStyle(el).boxShadow,
      title: el.getAttribute('title'),
    }));
  };
  const actor = await layer('De VS');
  const number = await layer('2.500');
  // Both inner spans sit on the EVENT background and add an underline of their own.
  expect(actor).toMatchObject({ ids: 2, title: 'EVENT · ACTOR' });
  expect(number).toMatchObject({ ids: 2, title: 'EVENT · NUMBER' });
  expect(actor.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(actor.underline).toMatch(/inset/);
  expect(number.underline).toMatch(/inset/);
  expect(actor.background).toBe(number.background);
  // A caret (not only the mouse) tells which labels cover the spot.
  await clickAt(page, event + 1);
  await expect(page.getByLabel('Labels here')).toHaveText('Here: EVENT · ACTOR');
  await page.keyboard.press('Escape');

  await page.locator('.article-scroll').evaluate((el, top) => el.scrollTo(0, top), 300);
  await page.screenshot({ path: `${SCREENSHOTS}/nested-light.png` });
  await page.getByRole('button', { name: 'Theme' }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/nested-dark.png` });
});

test('relabels, resizes and deletes with the keyboard; undo and redo survive a reload', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const name = text.indexOf('Joe Biden');
  const spans = () => spanTexts(app);

  await dragSelect(page, name, name + 9);
  await tag(page, '3');
  await expect.poll(spans).toEqual(['ACTOR:Joe Biden']);
  await expect(page.getByLabel('Annotations').locator('[aria-current="true"]')).toContainText('Joe Biden');
  await page.keyboard.press('1');
  await expect.poll(spans).toEqual(['EVENT:Joe Biden']);
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(spans).toEqual(['EVENT:Joe Biden maandag']);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(spans).toEqual(['EVENT:Biden maandag']);
  await page.keyboard.press('Delete');
  await expect.poll(spans).toEqual([]);

  await page.keyboard.press('Control+z');
  await expect.poll(spans).toEqual(['EVENT:Biden maandag']);
  await app.reload();
  await page.getByRole('listbox', { name: 'Document list' }).getByRole('option').first().click();
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect.poll(spans).toEqual(['EVENT:Joe Biden maandag']);
  await page.keyboard.press('Control+z');
  await expect.poll(spans).toEqual(['EVENT:Joe Biden']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(spans).toEqual(['EVENT:Joe Biden maandag']);
  await page.keyboard.press('Control+y');
  await expect.poll(spans).toEqual(['EVENT:Biden maandag']);
  // Drawn over exactly those words (a suggestion's edge, here of "Joe Biden", may cut it into more runs).
  await expect
    .poll(async () => (await page.locator('.article-text [data-ids]').allTextContents()).join(''))
    .toBe('Biden maandag');
});

test('a selection made before an undo redraws its paragraph is still there to tag', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const name = text.indexOf('Joe Biden maandag');
  const spans = () => spanTexts(app);
  await dragSelect(page, name, name + 9);
  await tag(page, '3');
  // The next word is selected by mouse; undo then takes "Joe Biden" away,
  // which gives the whole paragraph new runs, the selected word's among them.
  await dragSelect(page, name + 10, name + 17);
  await page.keyboard.press('Control+z');
  await expect.poll(spans).toEqual([]);
  await expect(page.locator('.article-text [data-ids]')).toHaveCount(0);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('maandag');
  await tag(page, '1');
  expect(spans()).toEqual(['EVENT:maandag']);
});

test('clicks, Tab and the chooser select annotations; the panel scrolls to them', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const event = text.indexOf('De VS hebben momenteel');
  await dragSelect(page, event, event + 12);
  await tag(page, '1');
  await dragSelect(page, event, event + 5);
  await tag(page, '3');
  const selected = page.getByLabel('Annotations').locator('[aria-current="true"]');
  // A new annotation comes selected; Escape clears that.
  await expect(selected).toContainText('ACTOR');
  await page.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);
  // Escape, then Shift+Tab leaves the article; Tab comes back in, and from
  // there in text order: the shorter ACTOR "De VS" first, then the EVENT that starts at the same place.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(selected).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(selected).toContainText('ACTOR');
  await page.keyboard.press('Tab');
  await expect(selected).toContainText('De VS hebben');
  await page.keyboard.press('Shift+Tab');
  await expect(selected).toContainText('ACTOR');

  // Two spans cover "De": a chooser asks which one.
  await clickAt(page, event + 1);
  const chooser = page.getByRole('menu', { name: 'Annotations here' });
  await expect(chooser.getByRole('menuitem')).toHaveCount(2);
  await chooser.getByRole('menuitem', { name: /ACTOR/ }).click();
  await expect(selected).toContainText('ACTOR');

  // One span at "hebben": a click selects it straight away.
  await clickAt(page, event + 7);
  await expect(selected).toContainText('EVENT');
});

test('every annotation is drawn exactly where the database has it, also after a reload', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const words = ['Verenigde Staten', 'Irak', 'Joe Biden', '2.500', 'Saddam Hoessein', '2014', 'IS'];
  for (const [i, w] of words.entries()) {
    const start = text.indexOf(w);
    await dragSelect(page, start, start + w.length);
    await tag(page, String((i % 3) + 1));
  }
  await expect.poll(() => storedSpans(app).length).toBe(words.length);
  await app.reload();
  await page.getByRole('listbox', { name: 'Document list' }).getByRole('option').first().click();
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText(
    `Annotations (${words.length})`,
  );
  for (const span of storedSpans(app)) {
    const ids = await page.locator('.article-text [data-ids]').evaluateAll((els, s) => {
      const start = s.start;
      return els
        .filter((el) => Number(el.getAttribute('data-start')) >= start)
        .map((el) => ({ start: Number(el.getAttribute('data-start')), text: el.textContent ?? '' }));
    }, span);
    const first = ids.find((r) => r.start === span.start);
    expect(first, `a run starts at ${span.start}`).toBeDefined();
    expect(text.slice(span.start, span.start + (first?.text.length ?? 0))).toBe(first?.text);
  }
  const rendered = await page
    .locator('.article-text')
    .evaluate((el) => [...el.querySelectorAll('p')].map((p) => p.textContent).join('\n\n'));
  expect(rendered.replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
});

test('a selection of only white space tags nothing and says why', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const gap = text.indexOf('Joe Biden') + 3;
  await dragSelect(page, gap, gap + 1);
  await page.keyboard.press('1');
  await expect(page.getByRole('alert')).toHaveText('Only white space is selected: select some text to tag.');
  // Nothing selected at all, and no annotation to relabel.
  await page.keyboard.press('Escape');
  await page.keyboard.press('2');
  await expect(page.getByRole('alert')).toHaveText(
    'Select text to tag it, or select an annotation to relabel it.',
  );
  expect(storedSpans(app)).toEqual([]);
});
