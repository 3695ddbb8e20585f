import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { spanTexts, storedText } from './helpers.ts';
import { common as enCommon } from '../../src-renderer/i18n/en/common.ts';
import { editor as enEditor } from '../../src-renderer/i18n/en/editor.ts';
import { panels as enPanels } from '../../src-renderer/i18n/en/panels.ts';
import { common as nlCommon } from '../../src-renderer/i18n/nl/common.ts';
import { editor as nlEditor } from '../../src-renderer/i18n/nl/editor.ts';
import { panels as nlPanels } from '../../src-renderer/i18n/nl/panels.ts';

/** The window's words the walk looks for, in one interface language (its message modules). */
function wordsOf(common: typeof nlCommon, editor: typeof nlEditor, panels: typeof nlPanels) {
  const count = (message: string, n: number) => message.replace('{{count, number}}', String(n));
  return {
    welcome: panels.welcome.title,
    loadSamples: panels.welcome.loadSamples,
    close: common.close,
    articleText: editor.articleText,
    eventFrame: panels.frame.label,
    done: common.status.done,
    exportButton: panels.toolbar.export,
    exportDialog: panels.exportDialog.label,
    exportGo: panels.exportDialog.go,
    result: panels.result.label,
    /** "Exported 5 documents with 3 spans to", up to the path. */
    exported: (panels.result.exported.split('<0>')[0] ?? '')
      .replace('{{documents}}', count(common.documents_other, 5))
      .replace('{{spans}}', count(panels.result.spans_other, 3))
      .trimEnd(),
  };
}

const LANGUAGES = [
  { locale: 'en-US', words: wordsOf(enCommon, enEditor, enPanels) },
  { locale: 'nl-NL', words: wordsOf(nlCommon, nlEditor, nlPanels) },
];

/** Counts every mouse event the page receives from now on (a keyboard's Enter on a button clicks with detail 0). */
async function countMouse(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __mouse: string[] };
    w.__mouse = [];
    const note = (e: Event) => {
      if (e.isTrusted && !(e.type === 'click' && (e as MouseEvent).detail === 0)) w.__mouse.push(e.type);
    };
    for (const type of [
      'pointerdown',
      'pointerup',
      'mousedown',
      'mouseup',
      'mousemove',
      'click',
      'dblclick',
      'wheel',
      'contextmenu',
    ])
      window.addEventListener(type, note, { capture: true });
  });
}

const mouseEvents = (page: Page) => page.evaluate(() => (window as unknown as { __mouse: string[] }).__mouse);

/** Presses `key` until `target` has focus: how a keyboard user gets to a control. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${key} never reached ${String(target)}`);
}

for (const { locale, words } of LANGUAGES) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`keyboard only, ${locale}: from the first run to an exported corpus with an event and its arguments`, async ({
      app,
    }) => {
      const { page } = app;
      await expect(page.getByRole('heading', { name: words.welcome })).toBeVisible();
      await countMouse(page);

      // Load the samples; the first article opens with focus in its text.
      await tabTo(page, page.getByRole('button', { name: words.loadSamples }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: words.close })).toBeFocused();
      await page.keyboard.press('Enter');
      const article = page.getByRole('textbox', { name: words.articleText });
      await expect(article).toContainText('De Verenigde Staten zullen');
      await expect(article).toBeFocused();

      // Paragraph four, its second sentence: "De VS" an ACTOR, "hebben" the EVENT, "2.500" a NUMBER.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowDown');
      await page.keyboard.press(']');
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('3');
      await expect.poll(() => spanTexts(app)).toEqual(['ACTOR:De VS']);
      // The caret comes back at the selected annotation.
      await page.keyboard.press('Control+ArrowRight');
      await page.keyboard.press('Control+ArrowRight');
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('1');
      await expect.poll(() => spanTexts(app)).toEqual(['ACTOR:De VS', 'EVENT:hebben']);
      await page.keyboard.press('Control+ArrowRight');
      await page.keyboard.press('Control+ArrowRight');
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('2');
      await expect.poll(() => spanTexts(app)).toEqual(['ACTOR:De VS', 'EVENT:hebben', 'NUMBER:2.500']);

      // The event selected (Shift+Tab from the number), its agent and quantity linked by their role keys.
      await page.keyboard.press('Shift+Tab');
      const frame = page.getByRole('region', { name: words.eventFrame });
      await expect(frame.getByRole('heading')).toHaveText('EVENT hebben');
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
      await expect(frame.locator('li[data-role="agent"]')).toContainText('De VS');
      await page.keyboard.press('q');
      await page.keyboard.press('Enter');
      await expect(frame.locator('li[data-role="quantity"]')).toContainText('2.500');

      // Done.
      await page.keyboard.press('Alt+3');
      await expect(page.getByRole('button', { name: words.done, pressed: true })).toBeVisible();

      // Out of the article and back through the window to Export…, then through its dialog.
      const out = join(app.dir, 'walk.jsonl');
      app.backend.dialogAnswers.exportPath = out;
      await page.keyboard.press('Escape');
      await tabTo(page, page.getByRole('button', { name: words.exportButton }), 'Shift+Tab');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: words.exportDialog });
      await expect(dialog).toBeVisible();
      await tabTo(page, dialog.getByRole('button', { name: words.exportGo }));
      await page.keyboard.press('Enter');
      const result = page.getByRole('dialog', { name: words.result });
      await expect(result).toContainText(words.exported);
      await expect(result.getByRole('button', { name: words.close })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(result).toHaveCount(0);

      const text = storedText(app);
      const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0] ?? '{}') as {
        text: string;
        meta: { status: string };
        spans: { id: string; start: number; end: number; label: string; text: string }[];
        relations: { head: string; child: string; label: string }[];
      };
      expect(first.text).toBe(text);
      expect(first.meta.status).toBe('done');
      const at = text.indexOf('De VS hebben momenteel 2.500');
      expect(first.spans.map(({ label, start, end, text }) => ({ label, start, end, text }))).toEqual([
        { label: 'ACTOR', start: at, end: at + 5, text: 'De VS' },
        { label: 'EVENT', start: at + 6, end: at + 12, text: 'hebben' },
        { label: 'NUMBER', start: at + 23, end: at + 28, text: '2.500' },
      ]);
      const idOf = (label: string) => first.spans.find((s) => s.label === label)?.id;
      expect(first.relations.map(({ head, child, label }) => ({ head, child, label }))).toEqual([
        { head: idOf('EVENT'), child: idOf('ACTOR'), label: 'agent' },
        { head: idOf('EVENT'), child: idOf('NUMBER'), label: 'quantity' },
      ]);

      expect(await mouseEvents(page)).toEqual([]);
    });
  });
}
