import type { Page } from '@playwright/test';
import { expect, type Annotator } from './harness/fixtures.ts';

export const SCREENSHOTS = 'test-results/screenshots';

/** Loads the bundled samples from the welcome screen and opens the first article. */
export async function loadSamples(app: Annotator): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Load the sample articles' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('5 documents', { exact: true })).toBeVisible();
  await documentRows(page).first().click();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
}

/** Screen coordinates of the text offset `offset` in the article (left edge of that character). */
export async function pointAt(
  page: Page,
  offset: number,
  side: 'left' | 'right',
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([target, edge]) => {
      for (const run of document.querySelectorAll<HTMLElement>('.article-text [data-start]')) {
        const start = Number(run.dataset.start);
        const text = run.firstChild;
        const length = run.textContent?.length ?? 0;
        if (!text || target < start || target >= start + length) continue;
        const range = document.createRange();
        range.setStart(text, target - start);
        range.setEnd(text, target - start + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: edge === 'left' ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 };
      }
      throw new Error(`offset ${target} is not rendered`);
    },
    [offset, side] as const,
  );
}

/** Drags the mouse over the article from the character at `start` to the one before `end`. */
export async function dragSelect(page: Page, start: number, end: number): Promise<void> {
  const from = await pointAt(page, start, 'left');
  const to = await pointAt(page, end - 1, 'right');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** Clicks on the character at `offset`. */
export async function clickAt(page: Page, offset: number): Promise<void> {
  const p = await pointAt(page, offset, 'left');
  await page.mouse.click(p.x + 1, p.y);
}

/** Double-clicks on the character at `offset`: the browser selects the word there. */
export async function doubleClickAt(page: Page, offset: number): Promise<void> {
  const p = await pointAt(page, offset, 'left');
  await page.mouse.dblclick(p.x + 1, p.y);
}

/** The open document's text, as the database has it. */
export const storedText = (app: Annotator, id = 1): string =>
  (app.backend.db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string }).text;

/** The document's annotations straight from the database, with label names and covered text. */
export function storedSpans(
  app: Annotator,
  id = 1,
): { label: string; start: number; end: number; text: string }[] {
  const text = storedText(app, id);
  const rows = app.backend.db
    .prepare(
      'SELECT l.name AS label, a.start, a."end" AS "end" FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.document_id = ? ORDER BY a.start, a."end"',
    )
    .all(id) as { label: string; start: number; end: number }[];
  return rows.map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}

/** The document's annotations as `LABEL:covered text`, in text order: what a test expects stored. */
export const spanTexts = (app: Annotator, id = 1): string[] =>
  storedSpans(app, id).map((s) => `${s.label}:${s.text}`);

/** Rows of the document list (not the options of the status filter). */
export const documentRows = (page: Page) =>
  page.getByRole('listbox', { name: 'Document list' }).getByRole('option');

/**
 * The annotation count the panel's heading shows once it has settled: no
 * change is being saved, and the count reads the same two frames apart (a
 * document read back after an undo or a change may still be on its way).
 */
async function settledAnnotationCount(page: Page): Promise<number> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const read = () =>
    page.evaluate(async () => {
      const count = () => {
        const heading = [...document.querySelectorAll('h2')].find((h) =>
          h.textContent?.startsWith('Annotations ('),
        );
        return heading?.textContent ?? '';
      };
      const twoFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const before = count();
      await twoFrames();
      return before === count() ? before : null;
    });
  let settled: string | null = null;
  await expect
    .poll(async () => {
      settled = await read();
      return settled;
    })
    .not.toBeNull();
  const count = /\(([\d,]+)\)/.exec(settled ?? '')?.[1];
  if (count === undefined) throw new Error(`no annotation count in "${settled ?? ''}"`);
  return Number(count.replaceAll(',', ''));
}

/** Presses a label hotkey on the current selection and waits until the new annotation is stored and listed. */
export async function tag(page: Page, key: string): Promise<void> {
  const before = await settledAnnotationCount(page);
  await page.keyboard.press(key);
  // Drawn at once, stored a moment later.
  await expect(page.getByRole('heading', { name: /^Annotations \(/ })).toHaveText(
    `Annotations (${(before + 1).toLocaleString('en')})`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Opens the document in row `row` of the list and waits until the article shows it. */
export async function openDocument(app: Annotator, row: number, id: number): Promise<void> {
  const { external } = app.backend.db
    .prepare('SELECT external_id AS external FROM documents WHERE id = ?')
    .get(id) as { external: string };
  await documentRows(app.page).nth(row).click();
  await expect(app.page.locator('.article-id')).toHaveText(external);
}
