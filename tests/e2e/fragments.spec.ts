import type { Page } from '@playwright/test';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { clickAt, dragSelect, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

interface Row {
  id: number;
  start: number;
  end: number;
  fragments: [number, number][] | null;
}

/** The EVENT annotations of the first document, straight from the database. */
const storedEvents = (app: Annotator): Row[] =>
  (
    app.backend.db
      .prepare(
        `SELECT a.id, a.start, a."end" AS "end", a.fragments FROM annotations a JOIN labels l ON l.id = a.label_id
         WHERE l.name = 'EVENT' AND a.document_id = 1 ORDER BY a.start`,
      )
      .all() as (Omit<Row, 'fragments'> & { fragments: string | null })[]
  ).map((r) => ({
    ...r,
    fragments: r.fragments === null ? null : (JSON.parse(r.fragments) as [number, number][]),
  }));

/** The article's runs that carry annotation `id`, as their text. */
const runsOf = (page: Page, id: number) =>
  page
    .locator('.article-text [data-ids]')
    .evaluateAll(
      (runs, want) =>
        runs
          .filter((r) => (r as HTMLElement).dataset.ids?.split(' ').includes(String(want)))
          .map((r) => r.textContent),
      id,
    );

/** The box-shadow ring of each run of annotation `id`: the selected one has one on every fragment. */
const ringsOf = (page: Page, id: number) =>
  page
    .locator('.article-text [data-ids]')
    .evaluateAll(
      (runs, want) =>
        runs
          .filter((r) => (r as HTMLElement).dataset.ids?.split(' ').includes(String(want)))
          .map((r) => (r as HTMLElement).style.boxShadow.includes('0px 0px 0px 2px')),
      id,
    );

test('makes "trokken … terug" one EVENT of two fragments by keyboard; undo and redo across a reload', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);
  const trokken: [number, number] = [at('trokken zich'), at('trokken zich') + 7];
  const terug: [number, number] = [at('terug uit Irak'), at('terug uit Irak') + 5];

  await dragSelect(page, ...trokken);
  await tag(page, '1');
  // With the EVENT selected, select "terug" and press +: one EVENT, two fragments.
  await dragSelect(page, ...terug);
  await page.keyboard.press('+');
  const whole = { start: trokken[0], end: terug[1], fragments: [trokken, terug] };
  await expect.poll(() => storedEvents(app)).toEqual([expect.objectContaining(whole)]);
  const [event] = storedEvents(app);
  const id = event?.id ?? 0;

  // Drawn on both fragments, not on the gap; listed and selected as one.
  expect(await runsOf(page, id)).toEqual(['trokken', 'terug']);
  expect(await ringsOf(page, id)).toEqual([true, true]);
  await page.screenshot({ path: `${SCREENSHOTS}/fragments.png` });
  const panel = page.getByLabel('Annotations');
  await expect(panel.getByRole('button')).toHaveCount(1);
  await expect(panel.locator('[aria-current="true"]')).toContainText('trokken … terug');
  // A click in the gap selects nothing; one on the second fragment selects the whole.
  await clickAt(page, at('zich in 2011'));
  await expect(panel.locator('[aria-current="true"]')).toHaveCount(0);
  expect(await ringsOf(page, id)).toEqual([false, false]);
  await clickAt(page, terug[0] + 1);
  await expect(panel.locator('[aria-current="true"]')).toContainText('trokken … terug');
  expect(await ringsOf(page, id)).toEqual([true, true]);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // Undo after a reload: contiguous "trokken" again; redo after another: two fragments.
  await app.reload();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => storedEvents(app))
    .toEqual([{ id, start: trokken[0], end: trokken[1], fragments: null }]);
  await expect.poll(() => runsOf(page, id)).toEqual(['trokken']);
  await app.reload();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storedEvents(app)).toEqual([{ id, ...whole }]);
  await expect.poll(() => runsOf(page, id)).toEqual(['trokken', 'terug']);

  // Minus with the caret on a fragment takes it away again.
  await clickAt(page, terug[0] + 2);
  await page.keyboard.press('-');
  await expect
    .poll(() => storedEvents(app))
    .toEqual([{ id, start: trokken[0], end: trokken[1], fragments: null }]);

  // With the mouse: a selection made with Alt held is added the same way.
  await page.keyboard.down('Alt');
  await dragSelect(page, ...terug);
  await page.keyboard.up('Alt');
  await expect.poll(() => storedEvents(app)).toEqual([{ id, ...whole }]);
  expect(await runsOf(page, id)).toEqual(['trokken', 'terug']);
});
