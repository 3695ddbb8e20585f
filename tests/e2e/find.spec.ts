import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { documentRows, loadSamples, SCREENSHOTS, spanTexts, tag } from './helpers.ts';
import { createLongDocument } from '../bench/browser/long-document.ts';

/** How many ranges the in-document find draws as matches, and the current one's text. */
const drawn = (page: Page) =>
  page.evaluate(() => ({
    matches: CSS.highlights.get('find-match')?.size ?? 0,
    current: [...(CSS.highlights.get('find-current') ?? [])].map((r) => r.toString()),
  }));

const findInput = (page: Page) => page.getByRole('searchbox', { name: 'Find in document' });
const findCount = (page: Page) => page.locator('.find-count');

/** Every occurrence of `word` in the stored texts, ignoring case: what a search must find. */
function occurrences(app: Annotator, word: string): { documents: number; hits: number } {
  const texts = app.backend.db.prepare('SELECT text FROM documents').pluck().all() as string[];
  const counts = texts.map((t) => t.toLowerCase().split(word.toLowerCase()).length - 1);
  return { documents: counts.filter((n) => n > 0).length, hits: counts.reduce((a, b) => a + b, 0) };
}

test('Ctrl+F finds in the open document: highlighted in place, counted, Enter moves, Escape returns to the text', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await page.locator('.article-text').focus();
  await page.keyboard.press('Control+f');
  await expect(findInput(page)).toBeFocused();
  await page.keyboard.type('KAZIMI');
  await expect(findCount(page)).toHaveText('1 of 2');
  await expect.poll(() => drawn(page)).toEqual({ matches: 2, current: ['Kazimi'] });
  // The runs the article is drawn with are untouched: no element was added for the matches.
  expect(await page.locator('.article-text mark').count()).toBe(0);
  await page.keyboard.press('Enter');
  await expect(findCount(page)).toHaveText('2 of 2');
  await page.keyboard.press('Enter');
  await expect(findCount(page)).toHaveText('1 of 2');
  await page.keyboard.press('Shift+Enter');
  await expect(findCount(page)).toHaveText('2 of 2');
  await page.screenshot({ path: `${SCREENSHOTS}/find-in-document-light.png` });

  // Escape: the bar closes, the match is selected in the article, which has focus: a label key tags it.
  await page.keyboard.press('Escape');
  await expect(findInput(page)).toBeHidden();
  await expect(page.locator('.article-text')).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Kazimi');
  expect(await drawn(page)).toEqual({ matches: 0, current: [] });
  // Shift: the exact characters, not the word "al-Kazimi" they are part of.
  await tag(page, 'Shift+3');
  expect(spanTexts(app)).toEqual(['ACTOR:Kazimi']);

  // Nothing found says so; accents are ignored both ways.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('xyzzy');
  await expect(findCount(page)).toHaveText('No matches');
  await findInput(page).fill('beeindigen');
  await expect(findCount(page)).toHaveText('1 of 1');
  await expect.poll(async () => (await drawn(page)).current).toEqual(['beëindigen']);
  await findInput(page).fill('BEËINDIGEN');
  await expect(findCount(page)).toHaveText('1 of 1');
});

test('Ctrl+L filters the document list, by id, title and text: "Kazimi" finds the article that names him', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await page.locator('.article-text').focus();
  await page.keyboard.press('Control+l');
  const filter = page.getByRole('searchbox', { name: 'Filter documents' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('Kazimi');
  await expect(documentRows(page)).toHaveCount(occurrences(app, 'kazimi').documents);
  await expect(documentRows(page)).toHaveCount(1);
  await filter.fill('Duitsland');
  await expect(documentRows(page)).toHaveCount(occurrences(app, 'duitsland').documents);
  // The shortcut overview lists the find keys and the filter's own.
  await page.locator('.article-text').focus();
  await page.keyboard.press('?');
  const overview = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overview.getByRole('row', { name: /Ctrl \+ F Find in the document/ })).toBeVisible();
  await expect(overview.getByRole('row', { name: /Ctrl \+ Shift \+ F Search the corpus/ })).toBeVisible();
  await expect(overview.getByRole('row', { name: /Ctrl \+ L Filter the document list/ })).toBeVisible();
});

test('Ctrl+Shift+F searches the corpus: a concordance with the labels on each hit, filters, open a hit, annotate all', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const expected = occurrences(app, 'duitsland');
  // Tag one "Duitsland" first, so one hit carries a label.
  await documentRows(page).nth(1).click();
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Duitsland');
  await expect(findCount(page)).toHaveText('1 of 4');
  await page.keyboard.press('Escape');
  await tag(page, '3');

  await page.keyboard.press('Control+Shift+f');
  const dialog = page.getByRole('dialog', { name: 'Search the corpus' });
  const query = dialog.getByRole('searchbox', { name: 'Search the corpus' });
  // What the find bar looked for is what the search starts with.
  await expect(query).toBeFocused();
  await expect(query).toHaveValue('Duitsland');
  const hits = dialog.getByRole('listbox', { name: 'Search hits' }).getByRole('option');
  await expect(hits).toHaveCount(expected.hits);
  await expect(dialog.getByRole('status')).toHaveText(
    `${expected.hits} hits in ${expected.documents} documents`,
  );
  await expect(hits.filter({ hasText: 'ACTOR' })).toHaveCount(1);
  await expect(hits.first()).toHaveAccessibleName(/Duitsland/);
  await page.screenshot({ path: `${SCREENSHOTS}/corpus-search-light.png` });

  // The label filter: hits inside ACTOR, hits not annotated; the status filter.
  const byLabel = dialog.getByRole('combobox', { name: 'Hits by label' });
  await byLabel.selectOption({ label: 'Inside ACTOR' });
  await expect(hits).toHaveCount(1);
  await byLabel.selectOption({ label: 'Not annotated' });
  await expect(hits).toHaveCount(expected.hits - 1);
  await dialog.getByRole('combobox', { name: 'Documents by status' }).selectOption({ label: 'Done' });
  await expect(hits).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveText('No matches');
  await dialog.getByRole('combobox', { name: 'Documents by status' }).selectOption({ label: 'All statuses' });
  await byLabel.selectOption({ label: 'All hits' });
  await expect(hits).toHaveCount(expected.hits);

  // Keyboard: ↓ into the hits, ↓ to the last, Enter opens its document with the match selected.
  await query.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const last = (await hits.last().getAttribute('aria-label')) ?? '';
  await expect(hits.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.article-id')).toHaveText(last.split(':')[0] ?? '');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Duitsland');
  await expect(page.locator('.article-text')).toBeFocused();

  // Annotate all matches as ACTOR annotations: asked first, with how many in how many documents.
  await page.keyboard.press('Control+Shift+f');
  await expect(hits).toHaveCount(expected.hits);
  await dialog.getByRole('combobox', { name: 'Label for all matches' }).selectOption({ label: 'ACTOR' });
  await dialog.getByRole('combobox', { name: 'Make them' }).selectOption('annotations');
  await dialog.getByRole('button', { name: 'Annotate all matches…' }).click();
  const confirm = dialog.getByRole('alertdialog', { name: 'Confirm annotating all matches' });
  await expect(confirm).toContainText(
    `Make ${expected.hits - 1} annotations of ACTOR in ${expected.documents} documents?`,
  );
  await page.screenshot({ path: `${SCREENSHOTS}/corpus-search-confirm-light.png` });
  await confirm.getByRole('button', { name: `Annotate ${expected.hits - 1}` }).click();
  await expect(hits.filter({ hasText: 'ACTOR' })).toHaveCount(expected.hits);
  const stored = app.backend.db
    .prepare(
      "SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id WHERE l.name = 'ACTOR' AND lower(substr((SELECT text FROM documents d WHERE d.id = a.document_id), a.start + 1, a.\"end\" - a.start)) = 'duitsland'",
    )
    .pluck()
    .get();
  expect(stored).toBe(expected.hits);

  // As suggestions instead: "Verenigde" becomes NUMBER suggestions to review, under the usual skip rules.
  await query.fill('Verenigde');
  const verenigde = occurrences(app, 'verenigde');
  await expect(hits).toHaveCount(verenigde.hits);
  await dialog.getByRole('combobox', { name: 'Label for all matches' }).selectOption({ label: 'NUMBER' });
  await dialog.getByRole('combobox', { name: 'Make them' }).selectOption('suggestions');
  await dialog.getByRole('button', { name: 'Annotate all matches…' }).click();
  await confirm.getByRole('button', { name: `Suggest ${verenigde.hits}` }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: `Suggested ${verenigde.hits} matches as NUMBER` }),
  ).toBeVisible();
  expect(
    app.backend.db
      .prepare("SELECT count(*) FROM suggestions WHERE rule = 'search' AND state = 'open'")
      .pluck()
      .get(),
  ).toBe(verenigde.hits);
});

test('find in a million-character article: matches counted, drawn near the view, Enter reaches the far end', async ({
  app,
}) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, 1_000_000, 2_000);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  await expect(page.locator('.article-text')).toContainText(doc.text.slice(0, 20));
  const word = 'de';
  const all = doc.text.toLowerCase().split(word).length - 1;
  await page.keyboard.press('Control+f');
  await page.keyboard.type(word);
  await expect(findCount(page)).toHaveText(`1 of ${all.toLocaleString('en')}`);
  const { matches } = await drawn(page);
  expect(matches).toBeGreaterThan(0);
  expect(matches).toBeLessThanOrEqual(1500);
  // Shift+Enter from the first goes round to the last match, far down: scrolled to and drawn there.
  await page.keyboard.press('Shift+Enter');
  await expect(findCount(page)).toHaveText(`${all.toLocaleString('en')} of ${all.toLocaleString('en')}`);
  await expect.poll(async () => (await drawn(page)).current).toEqual(['de']);
  // In view once the chunks around it have settled.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('find-current') ?? [])][0];
        const view = document.querySelector('.article-scroll')?.getBoundingClientRect();
        const r = range instanceof Range ? range.getBoundingClientRect() : null;
        return !!r && !!view && r.top >= view.top && r.bottom <= view.bottom;
      }),
    )
    .toBe(true);
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`the find bar and the corpus search at ${size.width}×${size.height}, light and dark`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await loadSamples(app);
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.keyboard.press('Control+f');
      await findInput(page).fill('Irak');
      await expect(findCount(page)).toHaveText(/^1 of \d+$/);
      await expect(findInput(page)).toBeInViewport();
      await page.screenshot({ path: `${SCREENSHOTS}/find-${size.width}x${size.height}-${theme}.png` });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+f');
      const dialog = page.getByRole('dialog', { name: 'Search the corpus' });
      await dialog.getByRole('searchbox', { name: 'Search the corpus' }).fill('Irak');
      const hits = dialog.getByRole('listbox', { name: 'Search hits' }).getByRole('option');
      await expect(hits).toHaveCount(occurrences(app, 'irak').hits);
      await expect(dialog.getByRole('button', { name: 'Annotate all matches…' })).toBeInViewport();
      await page.screenshot({
        path: `${SCREENSHOTS}/corpus-search-${size.width}x${size.height}-${theme}.png`,
      });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
}

test('an import is found by the filter by its text while the texts are indexed, and the status line says how far', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const body = 'De gemeenteraad vergaderde gisteren urenlang over de begroting van volgend jaar. '.repeat(30);
  const records = Array.from({ length: 3000 }, (_, i) => ({
    id: `raad-${i}`,
    text: `Verslag ${i}. ${i === 7 ? 'Wethouder Öztürk opende de zitting. ' : ''}${body}`,
  }));
  const file = join(app.dir, 'raad.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  app.backend.dialogAnswers.files = [file];
  // The database is held right after the import, so its texts stay unindexed
  // until the test lets go: the indexer waits for an open transaction.
  const { db } = app.backend;
  const importCall = app.backend.handlers['corpus.import'];
  app.backend.handlers['corpus.import'] = async (request) => {
    const reply = await importCall(request);
    db.exec('BEGIN');
    return reply;
  };
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const result = page.getByRole('dialog', { name: 'Result' });
  // 3,000 documents: seconds on a busy machine.
  await expect(result).toContainText('Import finished', { timeout: 30_000 });
  await result.getByRole('button', { name: 'Close' }).click();
  // However short the indexing, the status line showed how far it was.
  await page.evaluate(() => {
    const line = document.querySelector('.status-line');
    if (!line) throw new Error('no status line');
    new MutationObserver(() => {
      if (/Indexing texts for search: \d+ %/.test(line.textContent ?? ''))
        document.body.dataset.sawIndexing = 'yes';
    }).observe(line, { subtree: true, childList: true, characterData: true });
  });
  const status = page.locator('.status-line');
  // The import left its texts unindexed; the filter reads them directly meanwhile.
  const filter = page.getByRole('searchbox', { name: 'Filter documents' });
  await filter.fill('OZTURK');
  await expect(documentRows(page)).toHaveCount(1);
  await expect(documentRows(page).first()).toContainText('Verslag 7');
  const indexedThrough = () => db.prepare('SELECT indexed_through FROM documents_fts_state').pluck().get();
  const lastId = db.prepare('SELECT max(id) FROM documents').pluck().get();
  expect(indexedThrough()).not.toBe(lastId);
  db.exec('COMMIT');
  await expect.poll(() => page.evaluate(() => document.body.dataset.sawIndexing)).toBe('yes');
  // Once done, the status line says nothing more and the index finds it.
  await expect(status).not.toContainText('Indexing texts', { timeout: 60_000 });
  expect(indexedThrough()).toBe(lastId);
  await filter.fill('');
  await filter.fill('ozturk');
  await expect(documentRows(page)).toHaveCount(1);
});
