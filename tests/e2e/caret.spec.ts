import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { loadSamples, storedSpans, storedText } from './helpers.ts';
import { createLongDocument } from '../bench/browser/long-document.ts';

/** The selection as text offsets (anchor, focus), read from the runs' data-start. */
function selection(page: Page): Promise<{ anchor: number; focus: number } | null> {
  return page.evaluate(() => {
    const sel = window.getSelection();
    const at = (node: Node | null, offset: number) => {
      const run = (node instanceof HTMLElement ? node : node?.parentElement)?.closest<HTMLElement>(
        '[data-start]',
      );
      return run && node?.nodeType === Node.TEXT_NODE ? Number(run.dataset.start) + offset : null;
    };
    const anchor = at(sel?.anchorNode ?? null, sel?.anchorOffset ?? 0);
    const focus = at(sel?.focusNode ?? null, sel?.focusOffset ?? 0);
    return anchor === null || focus === null ? null : { anchor, focus };
  });
}

const caret = async (page: Page) => (await selection(page))?.focus;

/**
 * Where the caret is on screen (the line of the character after it, or with
 * `before` the one before it: at a wrap the two are on different lines), and
 * whether that is inside the article's scroller.
 */
function caretBox(page: Page, before = false): Promise<{ top: number; left: number; inView: boolean }> {
  return page.evaluate((before) => {
    const sel = window.getSelection();
    if (!sel?.focusNode) throw new Error('no caret');
    const range = document.createRange();
    range.setStart(sel.focusNode, sel.focusOffset);
    const length = sel.focusNode.textContent?.length ?? 0;
    if (before) range.setStart(sel.focusNode, Math.max(0, sel.focusOffset - 1));
    range.setEnd(sel.focusNode, before ? sel.focusOffset : Math.min(sel.focusOffset + 1, length));
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const view = document.querySelector('.article-scroll')?.getBoundingClientRect();
    if (!view) throw new Error('no scroller');
    return { top: rect.top, left: rect.left, inView: rect.top >= view.top && rect.bottom <= view.bottom };
  }, before);
}

async function openFirstSample(page: Page, app: Parameters<typeof loadSamples>[0]): Promise<string> {
  await loadSamples(app);
  await page.getByRole('textbox', { name: 'Article text' }).focus();
  return storedText(app);
}

test('"2.500" in paragraph four of the first sample is tagged in ten key presses', async ({ app }) => {
  const { page } = app;
  const text = await openFirstSample(page, app);
  const target = text.indexOf('2.500');
  const presses = [
    // Paragraph four, its second sentence, four words on, the number selected, tagged NUMBER.
    ...Array<string>(3).fill('Control+ArrowDown'),
    ']',
    ...Array<string>(4).fill('Control+ArrowRight'),
    'Control+Shift+ArrowRight',
    '2',
  ];
  for (const key of presses) await page.keyboard.press(key);
  await expect
    .poll(() => storedSpans(app))
    .toEqual([{ label: 'NUMBER', start: target, end: target + 5, text: '2.500' }]);
  expect(presses.length).toBeLessThanOrEqual(10);
});

test('Ctrl+↑/↓ go by paragraph and [ / ] by sentence, to exact offsets, and Shift extends', async ({
  app,
}) => {
  const { page } = app;
  const text = await openFirstSample(page, app);
  const paragraphs = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index + 2)];
  await page.keyboard.press('Control+ArrowDown');
  expect(await caret(page)).toBe(paragraphs[1]);
  await page.keyboard.press('Control+ArrowDown');
  expect(await caret(page)).toBe(paragraphs[2]);
  await page.keyboard.press('Control+ArrowUp');
  expect(await caret(page)).toBe(paragraphs[1]);
  await page.keyboard.press(']');
  const second = text.indexOf('Het Amerikaanse leger');
  expect(await caret(page)).toBe(second);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('[');
  expect(await caret(page)).toBe(second);
  await page.keyboard.press('[');
  expect(await caret(page)).toBe(paragraphs[1]);
  // Shift with a sentence key: the anchor stays, the selection grows to the next sentence's start.
  await page.keyboard.press('Shift+]');
  expect(await selection(page)).toEqual({ anchor: paragraphs[1], focus: second });
  await page.keyboard.press('Shift+Control+ArrowDown');
  expect(await selection(page)).toEqual({ anchor: paragraphs[1], focus: paragraphs[2] });
});

test('↑/↓ move by the lines on screen, Home/End to their edges, and Shift extends', async ({ app }) => {
  const { page } = app;
  const text = await openFirstSample(page, app);
  // Paragraph two runs over several lines.
  const start = text.indexOf("'We zullen");
  await page.keyboard.press('Control+ArrowDown');
  expect(await caret(page)).toBe(start);
  const top = (await caretBox(page)).top;
  await page.keyboard.press('ArrowDown');
  const second = await caretBox(page);
  expect(second.top).toBeGreaterThan(top + 10);
  const lineTwo = (await caret(page)) ?? -1;
  expect(lineTwo).toBeGreaterThan(start + 40);
  await page.keyboard.press('End');
  const end = (await caret(page)) ?? -1;
  expect(end).toBeGreaterThan(lineTwo);
  expect((await caretBox(page, true)).top).toBeCloseTo(second.top, 0);
  await page.keyboard.press('Home');
  const home = (await caret(page)) ?? -1;
  // The line starts after the break: the character before it ends the line above (a space).
  expect(text[home - 1]).toBe(' ');
  expect(home).toBeLessThanOrEqual(lineTwo);
  await page.keyboard.press('ArrowUp');
  expect((await caretBox(page)).top).toBeCloseTo(top, 0);
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+End');
  expect(await selection(page)).toEqual({ anchor: start, focus: end });
  // The line selected this way is tagged exactly (Shift + hotkey: no snapping).
  await page.keyboard.press('Shift+1');
  await expect
    .poll(() => storedSpans(app).map((s) => [s.start, s.end]))
    .toEqual([[start, text.slice(0, end).trimEnd().length]]);

  // Past the article's last and first lines the caret stays in the article, at its edges.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await selection(page)).toEqual({ anchor: text.length, focus: text.length });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  expect(await selection(page)).toEqual({ anchor: 1, focus: 0 });
  await page.keyboard.press('ArrowUp');
  expect(await selection(page)).toEqual({ anchor: 0, focus: 0 });
});

test('S selects the sentence and C the clause at the caret, and the label key tags exactly that', async ({
  app,
}) => {
  const { page } = app;
  const text = await openFirstSample(page, app);
  const sentence = 'De VS hebben momenteel 2.500 militairen in het land.';
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press(']');
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('s');
  const at = text.indexOf(sentence);
  expect(await selection(page)).toEqual({ anchor: at, focus: at + sentence.length });
  await page.keyboard.press('1');
  // A clause: between the commas of "…, maar keerden in 2014 terug …".
  await page.keyboard.press(']');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('c');
  await page.keyboard.press('3');
  const clause = 'De Amerikanen trokken zich in 2011 terug uit Irak';
  await expect
    .poll(() => storedSpans(app).map((s) => `${s.label}:${s.text}`))
    .toEqual([`EVENT:${sentence}`, `ACTOR:${clause}`]);
  expect(storedSpans(app)[1]?.start).toBe(text.indexOf(clause));
});

test('in a long article the caret keys keep the caret in view, far down too', async ({ app }) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, 200_000, 200);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  await page.getByRole('textbox', { name: 'Article text' }).focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('Control+ArrowDown');
  expect((await caretBox(page)).inView).toBe(true);
  await page.keyboard.press('Control+End');
  expect(await caret(page)).toBe(doc.text.length);
  expect((await caretBox(page)).inView).toBe(true);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Control+Home');
  expect(await caret(page)).toBe(0);
  expect((await caretBox(page)).inView).toBe(true);
});
