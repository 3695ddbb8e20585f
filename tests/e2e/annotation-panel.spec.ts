import type { Page } from '@playwright/test';
import { createAnnotation, updateAnnotation } from '../../src-main/db/annotations.ts';
import { createRelation } from '../../src-main/db/relations.ts';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { loadSamples, openDocument, SCREENSHOTS, storedText } from './helpers.ts';

const CLAUSE =
  "De Verenigde Staten zullen hun 'gevechtsmissie' in Irak tegen het einde van het jaar beëindigen om een 'nieuwe fase' van militaire samenwerking met het land in te gaan";

const id = (app: Annotator, table: string, name: string): number =>
  app.backend.db.prepare(`SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number;

/** An event with a long clause, its agent, and a flagged NUMBER in no frame, stored as another annotator would. */
async function frameCorpus(app: Annotator): Promise<void> {
  await loadSamples(app);
  const { db } = app.backend;
  const text = storedText(app);
  const span = (label: string, covered: string) => {
    const start = text.indexOf(covered);
    return createAnnotation(db, {
      documentId: 1,
      labelId: id(app, 'labels', label),
      start,
      end: start + covered.length,
      annotator: 'tester',
    });
  };
  const event = span('EVENT', CLAUSE);
  const actor = span('ACTOR', 'De Verenigde Staten');
  const number = span('NUMBER', '2.500');
  updateAnnotation(db, number.id, { flag: 'unsure', note: 'of 2500?' });
  createRelation(db, { roleId: id(app, 'roles', 'agent'), headId: event.id, childId: actor.id });
  // Read the document again: open another and come back.
  await openDocument(app, 1, 2);
  await openDocument(app, 0, 1);
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });
const rows = (page: Page) => panel(page).getByRole('button');

test('shows long texts whole on hover or in full, filters by label and flag, groups by frame, names the annotator once', async ({
  app,
}) => {
  const { page } = app;
  await frameCorpus(app);
  await expect(rows(page)).toHaveCount(3);
  // The name once above the list, not on each row.
  await expect(panel(page).getByText('All by tester unless named')).toBeVisible();
  await expect(panel(page).locator('.annotator')).toHaveCount(0);
  // A long clause is cut in the row, whole in its tooltip, and whole with Full text.
  const event = rows(page).filter({ hasText: 'EVENT' });
  await expect(event).toHaveAttribute('title', CLAUSE);
  const clipped = () => event.locator('.covered').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(await clipped()).toBe(true);
  await panel(page).getByRole('checkbox', { name: 'Full text' }).check();
  expect(await clipped()).toBe(false);
  await expect(event.locator('.covered')).toHaveText(CLAUSE);

  // Filters: by label, by flag (keyboard: select and choose).
  await panel(page).getByRole('combobox', { name: 'Show label' }).selectOption({ label: 'ACTOR' });
  await expect(rows(page)).toHaveText([/ACTOR\s*De Verenigde Staten/]);
  await panel(page).getByRole('combobox', { name: 'Show label' }).selectOption({ label: 'All labels' });
  await panel(page).getByRole('combobox', { name: 'Show flagged or noted' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('2.500');
  await expect(rows(page)).toContainText('flagged unsure');
  await expect(panel(page).getByText('Showing 1 of 3')).toBeVisible();
  await panel(page).getByRole('combobox', { name: 'Show flagged or noted' }).selectOption('');

  // By frame: the event, its agent under it, then what is in no frame.
  await panel(page).getByRole('checkbox', { name: 'By frame' }).check();
  await expect(panel(page).locator('li')).toHaveText([
    /^EVENT/,
    /^agent\s*ACTOR\s*De Verenigde Staten/,
    'Not in a frame',
    /^NUMBER\s*2\.500/,
  ]);
  await rows(page).filter({ hasText: 'agent' }).click();
  await expect(rows(page).filter({ hasText: 'agent' })).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: `${SCREENSHOTS}/annotation-panel-frames-1400x900-light.png` });
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`the annotation panel grouped by frame at ${size.width}×${size.height}, light and dark`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await frameCorpus(app);
    await panel(page).getByRole('checkbox', { name: 'By frame' }).check();
    await panel(page).getByRole('checkbox', { name: 'Full text' }).check();
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.screenshot({
        path: `${SCREENSHOTS}/annotation-panel-${size.width}x${size.height}-${theme}.png`,
      });
    }
  });
}
