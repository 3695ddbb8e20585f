import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { clickAt, doubleClickAt, dragSelect, loadSamples, storedSpans, storedText, tag } from './helpers.ts';

/** The [start, end) of the first word from `from` on that the article wraps after. */
async function wordEndingALine(page: Page, from: number): Promise<[number, number]> {
  return page.evaluate((from) => {
    const tops = new Map<number, number>();
    for (const run of document.querySelectorAll<HTMLElement>('.article-text [data-start]')) {
      const start = Number(run.dataset.start);
      const node = run.firstChild;
      if (!(node instanceof Text)) continue;
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) tops.set(start + i, rect.top);
      }
    }
    const text = document.querySelector('.article-text')?.textContent ?? '';
    // A space between two words on different lines: the word before it ends a line.
    for (let i = from; i < text.length - 1; i++) {
      const before = tops.get(i - 1);
      const after = tops.get(i + 1);
      if (text[i] !== ' ' || before === undefined || after === undefined || after <= before) continue;
      const start = text.lastIndexOf(' ', i - 1) + 1;
      return [start, i] as [number, number];
    }
    throw new Error(`no line ends after ${from}`);
  }, from);
}

// Focus in the article (by Tab, or given back by a closing dialog) used to
// scroll its top edge into the band where a drag makes the view scroll, so
// the text moved under the pointer and a drag on the first line selected
// from the article's start.
test('with the article focused by keyboard, drags, double clicks and Shift+clicks select what they cover', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  // The document's note is the control just before the article.
  await page.getByRole('textbox', { name: 'Document note' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused();
  const text = storedText(app);
  const expected: ReturnType<typeof storedSpans> = [];
  const expectStored = (label: string, start: number, end: number) => {
    expected.push({ label, start, end, text: text.slice(start, end) });
    expected.sort((a, b) => a.start - b.start);
    expect(storedSpans(app)).toEqual(expected);
  };

  // Mid-line on the first line, the end of a line, and in a later paragraph.
  const irak = text.indexOf('Irak');
  const lineEnd = await wordEndingALine(page, irak + 5);
  const later = text.indexOf('Amerikanen');
  for (const [key, label, start, end] of [
    ['1', 'EVENT', irak, irak + 4],
    ['2', 'NUMBER', ...lineEnd],
    ['3', 'ACTOR', later, later + 'Amerikanen'.length],
  ] as const) {
    await dragSelect(page, start, end);
    await tag(page, key);
    expectStored(label, start, end);
  }

  // A double click takes the word; Shift+click stretches a caret to a click.
  const biden = text.indexOf('Joe Biden');
  await doubleClickAt(page, biden + 1);
  await tag(page, '3');
  expectStored('ACTOR', biden, biden + 3);
  const kazimi = text.indexOf('Mustafa al-Kazimi');
  await clickAt(page, kazimi);
  await page.keyboard.down('Shift');
  await clickAt(page, kazimi + 'Mustafa al-Kazimi'.length - 1);
  await page.keyboard.up('Shift');
  await tag(page, '3');
  expectStored('ACTOR', kazimi, kazimi + 'Mustafa al-Kazimi'.length);
});
