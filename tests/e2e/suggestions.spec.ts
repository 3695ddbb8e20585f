import type { Page } from '@playwright/test';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { findNumbers } from '../../src-main/text/dutch/numbers.ts';
import { dragSelect, loadSamples, openDocument, pointAt, SCREENSHOTS, storedText, tag } from './helpers.ts';

interface StoredSuggestion {
  id: number;
  label: string;
  start: number;
  end: number;
  rule: string;
  state: string;
  attributes: Record<string, unknown>;
  text: string;
}

/** The document's suggestions straight from the database, in text order. */
function storedSuggestions(app: Annotator, documentId = 1): StoredSuggestion[] {
  const text = storedText(app, documentId);
  const rows = app.backend.db
    .prepare(
      `SELECT s.id, l.name AS label, s.start, s."end" AS "end", s.rule, s.state, s.attributes
       FROM suggestions s JOIN labels l ON l.id = s.label_id
       WHERE s.document_id = ? ORDER BY s.start, s."end", s.id`,
    )
    .all(documentId) as (Omit<StoredSuggestion, 'attributes' | 'text'> & { attributes: string })[];
  return rows.map((r) => ({
    ...r,
    attributes: JSON.parse(r.attributes) as Record<string, unknown>,
    text: text.slice(r.start, r.end),
  }));
}

const open = (app: Annotator, documentId = 1) =>
  storedSuggestions(app, documentId).filter((s) => s.state === 'open');

/** The document's annotations with their values and origin. */
function storedAnnotations(app: Annotator, documentId = 1) {
  const text = storedText(app, documentId);
  const rows = app.backend.db
    .prepare(
      `SELECT l.name AS label, a.start, a."end" AS "end", a.attributes, a.origin
       FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.document_id = ? ORDER BY a.start, a."end"`,
    )
    .all(documentId) as {
    label: string;
    start: number;
    end: number;
    attributes: string;
    origin: string | null;
  }[];
  return rows.map((r) => ({
    label: r.label,
    text: text.slice(r.start, r.end),
    start: r.start,
    attributes: JSON.parse(r.attributes) as Record<string, unknown>,
    origin: r.origin ? (JSON.parse(r.origin) as { kind: string; rule: string | null }) : null,
  }));
}

const selectedSuggestion = (page: Page) =>
  page.getByRole('region', { name: 'Suggestions' }).getByRole('group', { name: 'Selected suggestion' });
const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

/** Presses N until the suggestion `target` is selected (its run drawn solid), by keyboard only. */
async function stepTo(app: Annotator, target: StoredSuggestion): Promise<void> {
  const { page } = app;
  const index = open(app).findIndex((s) => s.id === target.id);
  if (index === -1) throw new Error(`suggestion ${target.id} is not open`);
  // N steps through what the window lists: it must list every open one first.
  await expect(page.getByRole('heading', { name: /^Suggestions \(/ })).toHaveText(
    `Suggestions (${open(app).length})`,
  );
  await page.keyboard.press('Escape');
  for (let i = 0; i <= index; i++) await page.keyboard.press('n');
  await expect(page.locator(`.article-text [data-sids~="${target.id}"]`).first()).toHaveClass(
    /suggestion-selected/,
  );
}

async function openFirstArticle(app: Annotator): Promise<void> {
  await loadSamples(app);
  // Computed when the article opens, on the database thread, and shown a moment later:
  // N steps through the list the window shows, so it must hold them all first.
  await expect.poll(() => open(app).length).toBeGreaterThan(0);
  await expect(app.page.getByRole('heading', { name: /^Suggestions \(/ })).toHaveText(
    `Suggestions (${open(app).length})`,
  );
  await app.page.locator('.article-text').focus();
}

test('a NUMBER in the first article is suggested with its value, outlined, and accepted with it by Enter', async ({
  app,
}) => {
  const { page } = app;
  await openFirstArticle(app);
  await expect.poll(() => open(app).filter((s) => s.label === 'NUMBER' && s.text === '2.500').length).toBe(2);
  const number = open(app).find((s) => s.label === 'NUMBER' && s.text === '2.500');
  if (!number) throw new Error('no NUMBER suggestion');
  expect(number.attributes).toMatchObject({ value: 2500 });

  const run = page.locator(`.article-text [data-sids~="${number.id}"]`);
  await expect(run).toHaveText('2.500');
  await stepTo(app, number);
  await expect(selectedSuggestion(page)).toContainText(`NUMBER · ${number.rule} · `);
  await expect(selectedSuggestion(page)).toContainText('value=2500');
  await page.screenshot({ path: `${SCREENSHOTS}/suggestion-number.png` });
  await page.keyboard.press('Enter');
  await saved(page);
  await expect
    .poll(() => storedAnnotations(app).filter((a) => a.start === number.start))
    .toEqual([
      {
        label: 'NUMBER',
        text: '2.500',
        start: number.start,
        attributes: number.attributes,
        origin: { kind: 'accepted', rule: number.rule },
      },
    ]);
});

test('suggestions are outlined; N steps to one, Enter and A accept it, Ctrl+Z undoes, X rejects it for good', async ({
  app,
}) => {
  const { page } = app;
  await openFirstArticle(app);
  const actors = open(app).filter((s) => s.label === 'ACTOR');
  const person = actors.find((s) => s.attributes.kind === 'person');
  const country = actors.find((s) => s.attributes.kind === 'country');
  if (!person || !country) throw new Error('no ACTOR suggestions for a person and a country');

  // Outlined, not filled: dashed lines drawn as background layers, which take no room; no fill.
  const run = page.locator(`.article-text [data-sids~="${person.id}"]`).first();
  expect(
    await run.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundImage.startsWith('repeating-linear-gradient'), style.backgroundColor];
    }),
  ).toEqual([true, 'rgba(0, 0, 0, 0)']);

  // N steps to it; its rule and values show beside the article, its label in a badge.
  await stepTo(app, person);
  await expect(selectedSuggestion(page)).toContainText(`ACTOR · ${person.rule} · kind=person`);
  await expect(run).toHaveAttribute('data-badge', 'ACTOR');
  await page.screenshot({ path: `${SCREENSHOTS}/suggestion-selected.png` });

  // Enter accepts: an annotation in the user's layer with the values filled in; the suggestion is gone.
  await page.keyboard.press('Enter');
  await saved(page);
  await expect
    .poll(() => storedAnnotations(app))
    .toEqual([
      {
        label: 'ACTOR',
        text: person.text,
        start: person.start,
        attributes: { kind: 'person' },
        origin: { kind: 'accepted', rule: person.rule },
      },
    ]);
  expect(open(app).some((s) => s.id === person.id)).toBe(false);
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText('Annotations (1)');
  await expect(page.getByLabel('Annotations').locator('[aria-current="true"]')).toContainText(person.text);

  // Ctrl+Z takes the accepted annotation away again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedAnnotations(app)).toEqual([]);
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText('Annotations (0)');

  // A accepts too.
  await stepTo(app, country);
  await page.keyboard.press('a');
  await saved(page);
  await expect
    .poll(() => storedAnnotations(app).map((a) => [a.label, a.start, a.attributes, a.origin?.kind]))
    .toEqual([['ACTOR', country.start, { kind: 'country' }, 'accepted']]);

  // X rejects: gone from the article, stored as rejected, not suggested again when the article opens again.
  const victim = open(app).find((s) => s.id !== country.id);
  if (!victim) throw new Error('nothing left to reject');
  await stepTo(app, victim);
  await page.keyboard.press('x');
  await expect(page.locator(`.article-text [data-sids~="${victim.id}"]`)).toHaveCount(0);
  await expect.poll(() => storedSuggestions(app).find((s) => s.id === victim.id)?.state).toBe('rejected');
  const first = await page.locator('.article-id').textContent();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.article-id')).not.toHaveText(first ?? '');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.article-id')).toHaveText(first ?? '');
  await expect(page.locator('.article-text .suggested').first()).toBeVisible();
  expect(
    storedSuggestions(app).filter(
      (s) => s.start === victim.start && s.end === victim.end && s.label === victim.label,
    ),
  ).toEqual([expect.objectContaining({ id: victim.id, state: 'rejected' })]);
  await expect(page.locator(`.article-text [data-sids~="${victim.id}"]`)).toHaveCount(0);
});

test('one command accepts every suggestion of a label in the document, asking which label', async ({
  app,
}) => {
  const { page } = app;
  await openFirstArticle(app);
  const actors = open(app).filter((s) => s.label === 'ACTOR');
  const others = open(app).filter((s) => s.label !== 'ACTOR');
  expect(actors.length).toBeGreaterThan(1);

  await page.keyboard.press('Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Accept all suggestions of a label' });
  await expect(dialog.getByRole('button', { name: /^ACTOR/ })).toContainText(`${actors.length} suggestions`);
  await page.screenshot({ path: `${SCREENSHOTS}/suggestions-accept-all.png` });
  // The label's own hotkey chooses it.
  await page.keyboard.press('3');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveText(`Accepted ${actors.length} ACTOR suggestions.`);
  await saved(page);
  await expect.poll(() => open(app).filter((s) => s.label === 'ACTOR')).toEqual([]);
  expect(storedAnnotations(app).map((a) => [a.label, a.start, a.attributes, a.origin?.kind])).toEqual(
    actors.map((s) => ['ACTOR', s.start, s.attributes, 'accepted']),
  );
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText(
    `Annotations (${actors.length})`,
  );
  // The other labels' suggestions stay.
  expect(open(app).map((s) => s.id)).toEqual(others.map((s) => s.id));
  // One command, one undo: Ctrl+Z takes every one back and suggests them again.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText('Annotations (0)');
  await expect.poll(() => storedAnnotations(app)).toEqual([]);
  await expect.poll(() => open(app).filter((s) => s.label === 'ACTOR').length).toBe(actors.length);
});

test('annotate all mentions: first in the document, the same command again in the whole corpus', async ({
  app,
}) => {
  const { page } = app;
  await openFirstArticle(app);
  const text = storedText(app);
  const word = 'Amerikanen';
  const at = text.indexOf(word);
  await dragSelect(page, at, at + word.length);
  await tag(page, '3');

  await page.keyboard.press('m');
  const mentions = () => open(app).filter((s) => s.label === 'ACTOR' && s.text === word);
  await expect.poll(() => mentions().length).toBe(3);
  const notice = page.getByRole('region', { name: 'Suggestions' }).getByRole('status');
  await expect(notice).toContainText('3 more mentions of ACTOR “Amerikanen” suggested in this document.');
  await expect(page.locator('.article-text .suggested').filter({ hasText: word })).toHaveCount(3);

  // Again: the whole corpus, with the count.
  await page.keyboard.press('m');
  const elsewhere = () =>
    [2, 3, 4, 5].flatMap((id) => open(app, id).filter((s) => s.label === 'ACTOR' && s.text === word));
  await expect.poll(() => elsewhere().length).toBe(2);
  await expect(notice).toContainText(
    `2 mentions of ACTOR “Amerikanen” suggested in 2 documents of the corpus`,
  );
  await page.screenshot({ path: `${SCREENSHOTS}/suggestions-mentions.png` });
});

test('a click selects a suggestion, and the keys are in the overview and the menu', async ({ app }) => {
  const { page } = app;
  await openFirstArticle(app);
  const [number] = open(app);
  if (!number) throw new Error('no suggestion');
  await page.locator(`.article-text [data-sids~="${number.id}"]`).first().click();
  await expect(selectedSuggestion(page)).toContainText(`${number.label} · ${number.rule}`);
  // The menu's Suggestions › Reject Suggestion sends this command.
  await page.evaluate(() =>
    (window as unknown as { __annotatorEmit: (ch: string, json: string) => void }).__annotatorEmit(
      'annotator-event:menu.command',
      JSON.stringify({ command: 'suggestion-reject' }),
    ),
  );
  await expect.poll(() => storedSuggestions(app).find((s) => s.id === number.id)?.state).toBe('rejected');

  await page.keyboard.press('?');
  const overview = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const row of [
    'N / Shift + N',
    'Enter / A (on a selected suggestion)',
    'X (on a selected suggestion)',
    'Shift + A',
    'M (on a selected annotation)',
  ])
    await expect(overview.getByRole('rowheader', { name: row, exact: true })).toBeVisible();
});

test('a drag begun before the suggestions arrive keeps its start, and they are drawn on release', async ({
  app,
}) => {
  const { page, backend } = app;
  await loadSamples(app);
  await page.getByLabel('Exact characters').check();
  // The second article's suggestions are held back until the mouse is down in it.
  const compute = backend.handlers['suggestions.compute'];
  const { promise: pressed, resolve: press } = Promise.withResolvers<undefined>();
  backend.handlers['suggestions.compute'] = async (request) => {
    if (request.documentId === 2) await pressed;
    return compute(request);
  };
  await openDocument(app, 1, 2);
  const text = storedText(app, 2);
  const number = findNumbers(text).find((n) => !text.slice(n.start - 8, n.end + 8).includes('\n'));
  if (!number) throw new Error('no number in the second article');
  const [start, end] = [number.start - 8, number.end + 8];

  const from = await pointAt(page, start, 'left');
  const to = await pointAt(page, end - 1, 'right');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  press(undefined);
  await expect(page.getByRole('heading', { name: /^Suggestions \([1-9]/ })).toBeVisible();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  const suggested = page
    .locator('.article-text [data-sids]')
    .filter({ hasText: text.slice(number.start, number.end) });
  await expect(suggested.first()).toBeVisible();
  await page.keyboard.press('2');
  await expect
    .poll(() => storedAnnotations(app, 2).map((a) => [a.start, a.start + a.text.length]))
    .toEqual([[start, end]]);
});

/** Where every character of the article is drawn: its offset, left and top. */
const characterPlaces = (page: Page) =>
  page.evaluate(() => {
    const places: number[][] = [];
    const range = document.createRange();
    for (const run of document.querySelectorAll<HTMLElement>('.article-text [data-start]')) {
      const text = run.firstChild;
      if (!text) continue;
      const start = Number(run.dataset.start);
      for (let i = 0; i < (run.textContent?.length ?? 0); i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        places.push([start + i, Math.round(rect.left * 100) / 100, Math.round(rect.top * 100) / 100]);
      }
    }
    return places;
  });

/**
 * The characters drawn more than half a pixel away from where they were
 * (splitting a run into more elements shifts glyphs by hundredths of a pixel).
 */
const moved = (before: number[][], after: number[][]): string[] =>
  after.flatMap(([offset = 0, left = 0, top = 0], i) => {
    const [was = -1, wasLeft = 0, wasTop = 0] = before[i] ?? [];
    return was === offset && Math.abs(left - wasLeft) < 0.5 && top === wasTop
      ? []
      : [`${offset}: ${wasLeft},${wasTop} → ${left},${top}`];
  });

test('suggestions that arrive after the article is drawn, and the one selected, leave every character where it was', async ({
  app,
}) => {
  const { page, backend } = app;
  await loadSamples(app);
  // The second article's suggestions are held back until its text has been measured.
  const compute = backend.handlers['suggestions.compute'];
  const { promise: released, resolve: release } = Promise.withResolvers<undefined>();
  backend.handlers['suggestions.compute'] = async (request) => {
    if (request.documentId === 2) await released;
    return compute(request);
  };
  await openDocument(app, 1, 2);
  const outlined = page.locator('.article-text [data-sids]');
  await expect(outlined).toHaveCount(0);
  const before = await characterPlaces(page);
  expect(before.length).toBe(storedText(app, 2).replaceAll('\n', '').length);

  release(undefined);
  await expect(page.getByRole('heading', { name: /^Suggestions \([1-9]/ })).toBeVisible();
  expect(await outlined.count()).toBeGreaterThan(10);
  expect(moved(before, await characterPlaces(page))).toEqual([]);

  await page.locator('.article-text').focus();
  await page.keyboard.press('n');
  await expect(page.locator('.article-text .suggestion-selected').first()).toBeVisible();
  expect(moved(before, await characterPlaces(page))).toEqual([]);
});
