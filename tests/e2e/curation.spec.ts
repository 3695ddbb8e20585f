import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { TWO_LAYER_TEXT, writeTwoLayerFile } from './two-layers.ts';
import { documentRows, loadSamples, SCREENSHOTS } from './helpers.ts';

const TEXT = TWO_LAYER_TEXT;

/** One article two annotators annotated: they agree on an event, its agent and the agent's link; not on the rest. */
async function importTwoLayers(app: Annotator): Promise<void> {
  const { page } = app;
  const file = writeTwoLayerFile(app.dir);
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await page.getByRole('dialog', { name: 'Result' }).getByRole('button', { name: 'Close' }).click();
  await documentRows(page).filter({ hasText: 'De VS hebben' }).click();
  await expect(page.locator('.article-text')).toHaveText(TEXT);
}

const gold = (app: Annotator) =>
  app.backend.db
    .prepare(
      `SELECT a.start, a."end" AS "end", l.name AS label FROM annotations a JOIN labels l ON l.id = a.label_id
      WHERE a.annotator = 'gold' ORDER BY a.start, a."end"`,
    )
    .all() as { start: number; end: number; label: string }[];
const goldText = (app: Annotator) => gold(app).map((s) => `${s.label}:${TEXT.slice(s.start, s.end)}`);

test("other annotators' layers are shown read-only beside the user's own", async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await importTwoLayers(app);
  // The user's own layer is empty: anna's and bob's spans are not theirs to edit.
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(0);
  await expect(page.locator('.layer-mark')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Layers' })).toContainText('anna3 spans, to do (read-only)');
  await page.locator('.article-text').focus();
  await page.keyboard.press('o');
  await expect(page.locator('.layer-mark[data-layer="anna"]')).toHaveCount(3);
  await expect(page.locator('.layer-mark[data-layer="bob"]')).toHaveCount(4);
  await expect(page.getByLabel('bob: ACTOR “Irak” (read-only)')).toHaveText('B');
  await page.screenshot({ path: `${SCREENSHOTS}/layers-shown.png` });
  await page.keyboard.press('o');
  await expect(page.locator('.layer-mark')).toHaveCount(0);
});

test('a curator builds gold: agreed items at once, a disagreement, a rejection, an edit, undo, done', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await importTwoLayers(app);
  await page.locator('.article-text').focus();
  await page.keyboard.press('g');
  const items = page.getByRole('listbox', { name: 'Curation items' });
  await expect(items).toBeFocused();
  const rows = items.getByRole('option');
  await expect(rows).toHaveText([
    /ACTOR “De VS”.*Bboth.*open/,
    /EVENT “hebben”.*Bboth.*open/,
    /NUMBER “2\.500”A.*anna.*open/,
    /NUMBER “2\.500 militairen”B.*bob.*open/,
    /ACTOR “Irak”B.*bob.*open/,
    /agent: “hebben” → “De VS”.*both.*open/,
  ]);
  await page.screenshot({ path: `${SCREENSHOTS}/curation-view.png` });

  // One command accepts everything both agree on: two spans and the relation between them.
  await page.keyboard.press('Shift+A');
  await expect(items.locator('[data-state="accepted"]')).toHaveCount(3);
  expect(goldText(app)).toEqual(['ACTOR:De VS', 'EVENT:hebben']);

  // The number: bob's reading goes into gold, anna's is rejected.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(3)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('a');
  await expect(rows.nth(3)).toHaveAttribute('data-state', 'accepted');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('r');
  await expect(rows).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Curation' })).toContainText('1 rejected (hidden)');
  expect(
    app.backend.db.prepare('SELECT count(*) FROM curation_rejections').pluck().get(),
    'the rejection is stored',
  ).toBe(1);

  // Bob's Irak is his: its keys refuse until it is accepted.
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(3)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert')).toContainText(
    "is in bob's layer, read-only: accept it (A) to edit it in gold",
  );

  // The accepted number is edited in gold with the editor's own keys, then undone.
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => goldText(app)).toEqual(['ACTOR:De VS', 'EVENT:hebben', 'NUMBER:militairen']);
  await expect(rows.filter({ hasText: 'NUMBER “militairen”' })).toContainText('gold only');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => goldText(app)).toEqual(['ACTOR:De VS', 'EVENT:hebben', 'NUMBER:2.500 militairen']);

  // The curation status, by keyboard.
  await page.keyboard.press('Alt+3');
  await expect(
    page.getByRole('group', { name: 'Curation status' }).getByRole('button', { name: 'Done' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: `${SCREENSHOTS}/curation-done.png` });

  const db = app.backend.db;
  expect(db.prepare("SELECT status FROM document_layers WHERE layer = 'gold'").pluck().get()).toBe('done');
  expect(
    db
      .prepare(
        `SELECT count(*) FROM relations r JOIN annotations h ON h.id = r.head_id JOIN annotations c ON c.id = r.child_id
         WHERE h.annotator = 'gold' AND c.annotator = 'gold'`,
      )
      .pluck()
      .get(),
  ).toBe(1);
  // The annotators' layers are as they were imported.
  expect(
    db
      .prepare(
        "SELECT annotator, count(*) AS n FROM annotations WHERE annotator <> 'gold' GROUP BY 1 ORDER BY 1",
      )
      .all(),
  ).toEqual([
    { annotator: 'anna', n: 3 },
    { annotator: 'bob', n: 4 },
  ]);

  // Gold goes out alone, with its curation status and its relation.
  const out = join(app.dir, 'gold.jsonl');
  app.backend.dialogAnswers.exportPath = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Layers').selectOption('gold');
  await dialog.getByRole('button', { name: 'Choose file and export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Result' })).toContainText('with 3 spans');
  type Line = {
    meta: { status: string };
    spans: { annotator: string; text: string }[];
    relations: unknown[];
  };
  const lines = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  // Every document is written; only the curated one has gold spans.
  const curated = lines.filter((l) => l.spans.length > 0);
  expect(curated).toHaveLength(1);
  const gold = curated[0] ?? lines[0];
  if (!gold) throw new Error('the export is empty');
  expect(gold.meta.status).toBe('done');
  expect(gold.spans.map((s) => [s.annotator, s.text])).toEqual([
    ['gold', 'De VS'],
    ['gold', 'hebben'],
    ['gold', '2.500 militairen'],
  ]);
  expect(gold.relations).toHaveLength(1);
});
