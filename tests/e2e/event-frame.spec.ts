import type { Page } from '@playwright/test';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { clickAt, documentRows, loadSamples, pointAt, SCREENSHOTS, storedText, tag } from './helpers.ts';

/** The document's relations straight from the database, as `role: event → argument`. */
function storedRelations(app: Annotator, id = 1): string[] {
  const text = storedText(app, id);
  const rows = app.backend.db
    .prepare(
      `SELECT r.name AS role, h.start AS hs, h."end" AS he, c.start AS cs, c."end" AS ce
       FROM relations x JOIN roles r ON r.id = x.role_id
       JOIN annotations h ON h.id = x.head_id JOIN annotations c ON c.id = x.child_id
       WHERE x.document_id = ? ORDER BY r.position, c.start`,
    )
    .all(id) as { role: string; hs: number; he: number; cs: number; ce: number }[];
  return rows.map((r) => `${r.role}: ${text.slice(r.hs, r.he)} → ${text.slice(r.cs, r.ce)}`);
}

/** Selects the word(s) from `offset` with the keyboard (after a caret placed there) and tags them. */
async function tagWords(page: Page, offset: number, words: number, key: string): Promise<void> {
  await clickAt(page, offset);
  for (let i = 0; i < words; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await tag(page, key);
}

const frame = (page: Page) => page.getByRole('region', { name: 'Event frame' });
const slot = (page: Page, role: string) => frame(page).locator(`li[data-role="${role}"]`);

const ALL = ['agent: hebben → De VS', 'patient: hebben → militairen', 'quantity: hebben → 2.500'];

test('links an agent, a patient and a quantity by keyboard; undo, redo and delete show at once', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);
  const sentence = at('De VS hebben momenteel 2.500 militairen');

  await tagWords(page, sentence, 2, '3');
  await tagWords(page, at('hebben momenteel'), 1, '1');
  await tagWords(page, at('2.500 militairen'), 1, '2');
  await tagWords(page, at('militairen in het land'), 1, '3');
  // From "militairen" back to the event, by keyboard: De VS · hebben · 2.500 · militairen.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(frame(page).getByRole('heading')).toHaveText('EVENT hebben');

  // A role key lights the candidates up in place, nearest first.
  await page.keyboard.press('a');
  await expect(slot(page, 'agent')).toContainText('Choosing the agent: 1 of 2');
  const outline = (word: string) =>
    page
      .locator('.article-text .mark')
      .filter({ hasText: new RegExp(`^${word}$`) })
      .evaluate((run) => {
        // Drawn over the article: a box over each line of the word's run, together covering it.
        const boxes = [...document.querySelectorAll('.candidate-overlay .link-candidate')].filter(
          (b) => b.getAttribute('data-run-ids') === run.getAttribute('data-ids'),
        );
        if (boxes.length === 0) return 'none';
        const rects = boxes.map((b) => b.getBoundingClientRect());
        const a = run.getBoundingClientRect();
        const covers = [
          a.left - Math.min(...rects.map((r) => r.left)),
          a.top - Math.min(...rects.map((r) => r.top)),
          a.right - Math.max(...rects.map((r) => r.right)),
          a.bottom - Math.max(...rects.map((r) => r.bottom)),
        ].every((d) => Math.abs(d) < 1);
        const styles = new Set(boxes.map((b) => getComputedStyle(b).outlineStyle));
        return covers ? [...styles].join() : 'beside the word';
      });
  expect(await outline('De VS')).toBe('solid');
  expect(await outline('militairen')).toBe('dashed');
  await page.keyboard.press('Enter');
  await expect(slot(page, 'agent').locator('.filler')).toHaveText(['ACTOR De VS×']);
  expect(await outline('militairen')).toBe('none');

  // Tab steps on to the next candidate; Shift+Tab and the arrows step too.
  await page.keyboard.press('p');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(slot(page, 'patient')).toContainText('Choosing the patient: 2 of 2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('q');
  await page.keyboard.press('Enter');
  await expect(slot(page, 'patient').locator('.filler')).toHaveText(['ACTOR militairen×']);
  await expect(slot(page, 'quantity').locator('.filler')).toHaveText(['NUMBER 2.500×']);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect.poll(() => storedRelations(app)).toEqual(ALL);
  // The arcs of the selected event, named by role: three of them, no more.
  await expect(page.locator('.connectors text')).toHaveText(['agent', 'patient', 'quantity']);

  // The frame in both themes.
  const background = () => frame(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  await frame(page).screenshot({ path: `${SCREENSHOTS}/event-frame-light.png` });
  const light = await background();
  await page.getByRole('button', { name: 'Theme' }).click();
  await expect.poll(background).not.toBe(light);
  await frame(page).screenshot({ path: `${SCREENSHOTS}/event-frame-dark.png` });
  await page.locator('.article-scroll').screenshot({ path: `${SCREENSHOTS}/event-frame-arcs-dark.png` });
  await page.getByRole('button', { name: 'Theme' }).click();

  // An argument shows the events it fills roles of (J / K: next / previous annotation from anywhere).
  await page.keyboard.press('j');
  await expect(frame(page).getByRole('heading')).toHaveText('NUMBER 2.500');
  await expect(frame(page).getByRole('list', { name: 'Roles it fills' })).toHaveText(
    'quantity of EVENT hebben',
  );
  await page.keyboard.press('k');

  // Undo and redo, each across a reload.
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedRelations(app)).toEqual(ALL.slice(0, 2));
  await expect(slot(page, 'quantity').locator('.filler')).toHaveCount(0);
  await app.reload();
  await documentRows(page).first().click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedRelations(app)).toEqual(ALL.slice(0, 1));
  await expect(frame(page).getByRole('heading')).toHaveText('EVENT hebben');
  await expect(slot(page, 'patient').locator('.filler')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storedRelations(app)).toEqual(ALL.slice(0, 2));
  await expect(slot(page, 'patient').locator('.filler')).toHaveText(['ACTOR militairen×']);
  await app.reload();
  await documentRows(page).first().click();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storedRelations(app)).toEqual(ALL);
  await expect(slot(page, 'quantity').locator('.filler')).toHaveText(['NUMBER 2.500×']);

  // Deleting the event takes its relations along; undo brings both back.
  await page.keyboard.press('Delete');
  await expect.poll(() => storedRelations(app)).toEqual([]);
  await expect(frame(page)).toBeHidden();
  await expect(page.locator('.connectors')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedRelations(app)).toEqual(ALL);
  await expect(frame(page).getByRole('heading')).toHaveText('EVENT hebben');
  await expect(frame(page).locator('.filler')).toHaveCount(3);
  await expect(page.locator('.connectors text')).toHaveText(['agent', 'patient', 'quantity']);
});

test('a filler is unlinked from the frame with Delete, and the span stays', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  await tagWords(page, text.indexOf('hebben momenteel'), 1, '1');
  await tagWords(page, text.indexOf('2.500 militairen'), 1, '2');
  // A role key on an argument says what it needs.
  await page.keyboard.press('q');
  await expect(page.getByText('Select an annotation labelled EVENT to link its quantity.')).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('q');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedRelations(app)).toEqual(['quantity: hebben → 2.500']);
  // F: into the frame, on its first filler; Escape: back to the text, the event still selected.
  const filler = slot(page, 'quantity').locator('.filler button').first();
  await expect(filler).toBeVisible();
  await page.keyboard.press('f');
  await expect(filler).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused();
  await expect(frame(page).getByRole('heading')).toHaveText('EVENT hebben');
  await page.keyboard.press('f');
  await page.keyboard.press('Delete');
  await expect.poll(() => storedRelations(app)).toEqual([]);
  await expect(slot(page, 'quantity').locator('.filler')).toHaveCount(0);
  await expect(page.getByLabel('Annotations').getByRole('button')).toHaveCount(2);
});

/** Drags with Ctrl held from the character at `from` to the one at `to`. */
async function ctrlDrag(page: Page, from: number, to: number): Promise<void> {
  const a = await pointAt(page, from, 'left');
  const b = await pointAt(page, to, 'left');
  await page.keyboard.down('Control');
  await page.mouse.move(a.x + 1, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x + 1, b.y, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Control');
}

test('Ctrl + drag from an event links with the one role that fits, or asks which', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);
  await tagWords(page, at('hebben momenteel'), 1, '1');
  await tagWords(page, at('2.500 militairen'), 1, '2');
  await tagWords(page, at('militairen in het land'), 1, '3');
  await page.keyboard.press('Escape');

  // To a NUMBER only the quantity fits: linked at once, the event selected with its frame.
  await ctrlDrag(page, at('hebben momenteel') + 1, at('2.500') + 1);
  await expect.poll(() => storedRelations(app)).toEqual(['quantity: hebben → 2.500']);
  await expect(frame(page).getByRole('heading')).toHaveText('EVENT hebben');
  // To an ACTOR both agent and patient fit: a chooser asks.
  await ctrlDrag(page, at('hebben momenteel') + 1, at('militairen in') + 2);
  const chooser = page.getByRole('menu', { name: 'Link as' });
  await expect(chooser.getByRole('menuitem')).toHaveText(['agentA', 'patientP']);
  await chooser.getByRole('menuitem', { name: /patient/ }).click();
  await expect
    .poll(() => storedRelations(app))
    .toEqual(['patient: hebben → militairen', 'quantity: hebben → 2.500']);
  await expect(chooser).toBeHidden();
  // No text was selected by the drags.
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  // With nothing selected, no arcs; hovering a span draws its own, and only those.
  await page.keyboard.press('Escape');
  await expect(page.locator('.connectors')).toHaveCount(0);
  const number = await pointAt(page, at('2.500') + 1, 'left');
  await page.mouse.move(number.x, number.y);
  await expect(page.locator('.connectors text')).toHaveText(['quantity']);
  await page.mouse.move(5, 5);
  await expect(page.locator('.connectors')).toHaveCount(0);
});

test('a role that takes one filler and has it refuses a second one and says how to change it', async ({
  app,
}) => {
  const { page } = app;
  app.backend.db.prepare("UPDATE roles SET many = 0 WHERE name = 'quantity'").run();
  // The window reads the scheme as it starts.
  await app.reload();
  await loadSamples(app);
  const text = storedText(app);
  await tagWords(page, text.indexOf('hebben momenteel'), 1, '1');
  await tagWords(page, text.indexOf('2.500 militairen'), 1, '2');
  await tagWords(page, text.indexOf('2011'), 1, '2');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(frame(page).getByRole('heading')).toHaveText('EVENT hebben');
  await page.keyboard.press('q');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedRelations(app)).toEqual(['quantity: hebben → 2.500']);
  await page.keyboard.press('q');
  await expect(
    page.getByText('This event has its quantity already (“2.500”): remove it in the event frame first.'),
  ).toBeVisible();
  await expect(slot(page, 'quantity')).not.toContainText('Choosing');
  expect(storedRelations(app)).toEqual(['quantity: hebben → 2.500']);
});
