/**
 * The Agreement screen: two annotators' layers imported from one JSONL file,
 * their statuses set, the screen opened by its key, figures computed by hand,
 * and the drill-down from the pair to a label to the document.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { loadSamples, SCREENSHOTS } from './helpers.ts';

const span = (id: string, start: number, end: number, label: string, annotator: string) => ({
  id,
  start,
  end,
  label,
  annotator,
});

/**
 * d1: anna and bob agree on ACTOR "De VS" and NUMBER "2.500"; bob's EVENT
 * leaves out "De VS". d2: both mark ACTOR "Joe Biden".
 */
const RECORDS = [
  {
    id: 'd1',
    text: 'De VS hebben momenteel 2.500 militairen in het land.',
    spans: [
      span('T1', 0, 5, 'ACTOR', 'anna'),
      span('T2', 0, 51, 'EVENT', 'anna'),
      span('T3', 23, 28, 'NUMBER', 'anna'),
      span('T4', 0, 5, 'ACTOR', 'bob'),
      span('T5', 6, 51, 'EVENT', 'bob'),
      span('T6', 23, 28, 'NUMBER', 'bob'),
    ],
  },
  {
    id: 'd2',
    text: 'Joe Biden ontving de premier.',
    spans: [span('T1', 0, 9, 'ACTOR', 'anna'), span('T2', 0, 9, 'ACTOR', 'bob')],
  },
];

/** The text of each cell of a table row, its heading cell first. */
const cells = (row: Locator) => row.locator('th, td').allInnerTexts();

test('shows the agreement of two layers and drills down to the document they disagree on', async ({
  app,
}) => {
  const { page } = app;
  const file = join(app.dir, 'team.jsonl');
  writeFileSync(file, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const result = page.getByRole('dialog', { name: 'Result' });
  await expect(result).toContainText('2 documents with 8 spans imported from 1 file');
  await result.getByRole('button', { name: 'Close' }).click();
  // Each annotator's own progress: anna is done, bob still at it; both count.
  app.backend.db
    .prepare(
      `INSERT OR REPLACE INTO document_layers (document_id, layer, status)
       SELECT id, 'anna', 'done' FROM documents UNION ALL SELECT id, 'bob', 'in_progress' FROM documents`,
    )
    .run();

  await page.keyboard.press('Control+Shift+G');
  const screen = page.getByRole('dialog', { name: 'Agreement' });
  const pairs = screen.getByRole('table', { name: 'Pairs of annotators' });
  // Overall: 3 of 4 + 4 spans match exactly (F1 6/8), all 4 by overlap. kappa pools the
  // labels' non-white-space characters: both 56, anna only 4, bob only 0, neither 147 of 207:
  // p_o = 203/207, p_e = (60*56 + 147*151)/207^2, kappa = 16464/17292 = 0.952. No relations: a dash.
  expect(await cells(pairs.getByRole('row').nth(1))).toEqual([
    'anna / bob',
    '2',
    '0.750',
    '1.000',
    '0.952',
    '–',
  ]);
  // alpha_u of EVENT: units [0,51) and [6,51) on 52 + 29 characters: D_o = 72/13122, D_e = 0.16565, 0.967.
  const alpha = screen.getByRole('table', { name: "Krippendorff's alpha_u" });
  await expect(alpha.getByRole('row')).toHaveText([
    /Label/,
    /EVENT\s*0\.967\s*2\s*2/,
    /NUMBER\s*1\.000/,
    /ACTOR\s*1\.000/,
  ]);

  // ↓ to the pair, Enter: its labels. EVENT: no exact match, one by overlap; kappa over
  // 69 characters (both 39, anna only 4, neither 26): 2028/2304 = 0.880.
  await page.keyboard.press('ArrowDown');
  await expect(screen.getByRole('button', { name: 'anna / bob' })).toBeFocused();
  await page.keyboard.press('Enter');
  const labels = screen.getByRole('table', { name: 'anna / bob by label' });
  await expect(screen.getByRole('button', { name: 'All labels' })).toBeFocused();
  expect(await cells(labels.getByRole('row').nth(2))).toEqual(['EVENT', '0.000', '1.000', '0.880', '1', '1']);
  expect(await cells(labels.getByRole('row').nth(4))).toEqual(['ACTOR', '1.000', '1.000', '1.000', '2', '2']);

  // ↓ to EVENT, Enter: the documents they disagree on, most first: d1, with 2 unmatched spans.
  await page.keyboard.press('ArrowDown');
  await expect(screen.getByRole('button', { name: 'EVENT' })).toBeFocused();
  await page.keyboard.press('Enter');
  const documents = screen.getByRole('table', { name: 'Documents with the most disagreement' });
  await expect(documents.getByRole('row')).toHaveCount(2);
  expect(await cells(documents.getByRole('row').nth(1))).toEqual([
    'De VS hebben momenteel 2.500 militairen in het land.',
    '2',
  ]);
  await expect(screen.getByLabel('Where')).toHaveText('Pairs › anna / bob › EVENT');
  await page.screenshot({ path: `${SCREENSHOTS}/agreement-documents.png` });

  // Backspace goes back a level; Enter on EVENT again, then on the document, opens it.
  await page.keyboard.press('Backspace');
  await expect(labels).toBeVisible();
  await screen.getByRole('button', { name: 'EVENT' }).focus();
  await page.keyboard.press('Enter');
  await expect(documents.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(screen).toHaveCount(0);
  await expect(page.locator('.article-id')).toHaveText('d1');
  await expect(page.locator('.article-text')).toContainText('De VS hebben momenteel');
  // Both layers are shown, read-only, to compare: anna's three spans and bob's three.
  await expect(page.locator('.layer-mark[data-layer="anna"]')).toHaveCount(3);
  await expect(page.locator('.layer-mark[data-layer="bob"]')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/agreement-opened.png` });
});

test('the keyboard overview lists the Agreement key', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await page.keyboard.press('?');
  await expect(
    page
      .getByRole('dialog', { name: 'Keyboard shortcuts' })
      .getByRole('row', { name: /^Ctrl \+ Shift \+ G Agreement between annotators/ }),
  ).toBeVisible();
});
