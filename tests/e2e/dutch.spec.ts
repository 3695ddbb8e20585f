/**
 * The window as a Dutch system starts it (browser locale nl-NL): the
 * Agreement screen, the curation panel and accepting all suggestions of a
 * label speak Dutch, with Dutch plurals and decimal commas. The corpus is
 * filled through the real handlers and the screens are opened by their keys,
 * so nothing here leans on other panels' wording.
 */
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { TWO_LAYER_TEXT, writeTwoLayerFile } from './two-layers.ts';

test.use({ locale: 'nl-NL' });

const TEXT = TWO_LAYER_TEXT;

/** anna and bob agree on an event, its agent and their link; not on the number, and only bob has Irak. */
async function importTwoLayers(app: Annotator): Promise<void> {
  const file = writeTwoLayerFile(app.dir);
  app.backend.dialogAnswers.files = [file];
  await app.backend.handlers['corpus.import']({ from: 'files', skipInvalid: false, createLabels: false });
  // Both annotators at work on it: the Agreement screen counts it.
  app.backend.db
    .prepare(
      `INSERT OR REPLACE INTO document_layers (document_id, layer, status)
       SELECT id, 'anna', 'done' FROM documents UNION ALL SELECT id, 'bob', 'in_progress' FROM documents`,
    )
    .run();
  await app.reload();
}

test('the Agreement screen and the curation panel in Dutch', async ({ app }) => {
  const { page } = app;
  await importTwoLayers(app);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.keyboard.press('Control+Shift+G');
  const screen = page.getByRole('dialog', { name: 'Overeenstemming' });
  const pairs = screen.getByRole('table', { name: 'Paren van annotatoren' });
  await expect(pairs.getByRole('columnheader')).toHaveText([
    'Annotatoren',
    'Documenten',
    'Exacte F1',
    'Overlap-F1',
    'κ',
    'Relaties-F1',
  ]);
  // 2 of 3 + 4 spans match exactly: F1 4/7, written with a decimal comma; the relation matches.
  await expect(pairs.getByRole('row').nth(1).locator('td')).toHaveText([
    '1',
    '0,571',
    /^\d,\d{3}$/,
    /^\d,\d{3}$/,
    '1,000',
  ]);
  await expect(screen.getByRole('table', { name: 'Krippendorffs alpha_u' }).locator('caption')).toHaveText(
    'Krippendorffs αu over anna en bob',
  );
  await screen.getByRole('button', { name: 'Sluiten' }).click();

  await page.getByRole('listbox').getByRole('option').filter({ hasText: 'De VS hebben' }).click();
  await expect(page.locator('.article-text')).toHaveText(TEXT);
  await page.locator('.article-text').focus();
  await page.keyboard.press('g');
  const panel = page.getByRole('region', { name: 'Curatie' });
  await expect(panel.getByRole('heading')).toHaveText('Curatie: anna en bob');
  await expect(panel.getByRole('group', { name: 'Curatiestatus' }).getByRole('button')).toHaveText([
    'Te doen',
    'Bezig',
    'Klaar',
  ]);
  await expect(panel).toContainText('0 items in de goudstandaard, 6 open items');

  // Shift+A takes what both agree on: the actor, the event and the link between them.
  await expect(panel.getByRole('listbox', { name: 'Curatie-items' })).toBeFocused();
  await page.keyboard.press('Shift+A');
  await expect(page.getByRole('alert')).toHaveText('3 overeenstemmende items opgenomen in de goudstandaard.');
  await expect(panel).toContainText('3 items in de goudstandaard, 3 open items');
  // One more accepted and one rejected: the singular, and the hidden count.
  const rows = panel.getByRole('option');
  await expect(rows.nth(0)).toHaveText(/ACTOR “De VS”.*beide.*in goudstandaard/);
  await expect(rows.nth(2)).toHaveText(/NUMBER “2\.500”A.*anna.*open/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(3)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('a');
  await expect(panel).toContainText('4 items in de goudstandaard, 2 open items');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('r');
  await expect(panel).toContainText('4 items in de goudstandaard, 1 open item, 1 afgewezen (verborgen)');
});

test('accepting all suggestions of a label says so in Dutch, by the Dutch plural', async ({ app }) => {
  const { page } = app;
  await app.backend.handlers['corpus.import']({ from: 'samples', skipInvalid: false, createLabels: false });
  await app.reload();
  await page.getByRole('listbox').getByRole('option').first().click();
  const openByLabel = () =>
    app.backend.db
      .prepare(
        `SELECT l.name AS label, count(*) AS n FROM suggestions s JOIN labels l ON l.id = s.label_id
         WHERE s.document_id = 1 AND s.state = 'open' GROUP BY l.name`,
      )
      .all() as { label: string; n: number }[];
  // Computed when the article opens, on the database thread.
  await expect.poll(() => openByLabel().length).toBeGreaterThan(0);
  const counts = openByLabel();
  const actors = counts.find((c) => c.label === 'ACTOR')?.n ?? 0;
  expect(actors).toBeGreaterThan(1);

  await page.locator('.article-text').focus();
  await page.keyboard.press('Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Alle suggesties van een label accepteren' });
  for (const { label, n } of counts)
    await expect(dialog.getByRole('button', { name: new RegExp(`^${label}`) })).toContainText(
      n === 1 ? '1 suggestie' : `${n} suggesties`,
    );
  await page.keyboard.press('3');
  await expect(page.getByRole('alert')).toHaveText(`${actors} suggesties voor ACTOR geaccepteerd.`);
});
