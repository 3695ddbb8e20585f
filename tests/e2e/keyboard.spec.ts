import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures.ts';
import { spanTexts } from './helpers.ts';

/** A control as a keyboard user meets it: its role and accessible name. */
type Stop = [role: Parameters<Page['getByRole']>[0], name: string | RegExp];

const TOOLBAR: Stop[] = [
  ['button', 'Import…'],
  ['button', 'Export…'],
  ['button', 'Scheme…'],
  ['button', 'Theme'],
  ['button', '?'],
];
const LABELS_AND_DOCUMENTS: Stop[] = [
  ['button', /^EVENT/],
  ['button', /^NUMBER/],
  ['button', /^ACTOR/],
  ['checkbox', 'Exact characters'],
  ['searchbox', 'Filter documents'],
  ['combobox', 'Filter by status'],
  ['combobox', 'Filter by note or flag'],
  ['listbox', 'Document list'],
  ['separator', 'Width of the document list'],
  ['button', 'Hide the document list'],
];
const LIST_EDGE = LABELS_AND_DOCUMENTS.slice(-2);
const PANEL_FILTERS: Stop[] = [
  ['combobox', 'Show label'],
  ['combobox', 'Show flagged or noted'],
  ['checkbox', 'By frame'],
  ['checkbox', 'Full text'],
];
const STATUS_AND_ARTICLE: Stop[] = [
  ['button', 'To do'],
  ['button', 'In progress'],
  ['button', 'Done'],
  ['button', 'Unsure'],
  ['textbox', 'Document note'],
  ['textbox', 'Article text'],
];

async function expectFocused(page: Page, [role, name]: Stop): Promise<void> {
  await expect(page.getByRole(role, { name, exact: true })).toBeFocused();
}

/** Presses `key` once per stop, checking after each press that focus is on that stop. */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', stops: readonly Stop[]): Promise<void> {
  for (const stop of stops) {
    await page.keyboard.press(key);
    await expectFocused(page, stop);
  }
}

// Keyboard only: not one mouse event from loading the samples to leaving the article.
test('Tab and Shift+Tab walk every control in order; in the article Tab steps through annotations', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  // Export, Undo and Redo are disabled while the corpus is empty, so Tab skips them.
  await walk(page, 'Tab', [
    ...TOOLBAR.filter(([, name]) => name !== 'Export…'),
    ...LABELS_AND_DOCUMENTS,
    ['button', 'Load the sample articles'],
  ]);
  await page.keyboard.press('Enter');
  await expectFocused(page, ['button', 'Close']);
  await page.keyboard.press('Enter');
  await expect(page.getByText('5 documents', { exact: true })).toBeVisible();
  // The first sample opens, and with the dialog's opener gone focus lands in its text.
  const article = page.getByRole('textbox', { name: 'Article text' });
  await expect(article).toContainText('De Verenigde Staten zullen');
  await expect(article).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expectFocused(page, ['textbox', 'Document note']);
  await page.keyboard.press('Tab');
  await expectFocused(page, ['textbox', 'Article text']);
  // The list by keyboard: Shift+Tab back to it, Enter opens the selected row.
  await walk(page, 'Shift+Tab', [...LIST_EDGE, ...STATUS_AND_ARTICLE.slice(0, -1)].reverse());
  await page.keyboard.press('Shift+Tab');
  await expectFocused(page, ['listbox', 'Document list']);
  await page.keyboard.press('Enter');
  await expect(article).toContainText('De Verenigde Staten zullen');

  // With a document open, Tab and Shift+Tab still move focus, all the way round.
  const all = [...TOOLBAR, ...LABELS_AND_DOCUMENTS, ...STATUS_AND_ARTICLE];
  const listAt = all.findIndex(([role]) => role === 'listbox');
  await walk(page, 'Shift+Tab', all.slice(0, listAt).reverse());
  await walk(page, 'Tab', all.slice(1));
  await walk(page, 'Shift+Tab', all.slice(0, -1).reverse());
  await walk(page, 'Tab', all.slice(1));

  // In the article, by keyboard: the first word, then the next one, tagged ACTOR and EVENT.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('3');
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('1');
  await expect.poll(() => spanTexts(app)).toEqual(['ACTOR:De', 'EVENT:Verenigde']);
  const selected = page.getByLabel('Annotations').locator('[aria-current="true"]');
  const actorRow = page.getByLabel('Annotations').getByRole('button', { name: /ACTOR/ });
  await expect(selected).toContainText('Verenigde');

  // Escape, then Tab: out of the article, past the list's filters, on to the list.
  await page.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);
  await walk(page, 'Tab', PANEL_FILTERS);
  await page.keyboard.press('Tab');
  await expect(actorRow).toBeFocused();
  await expect(selected).toHaveCount(0);
  // Back in the article, Tab steps through the annotations in text order and past the last one leaves.
  await walk(page, 'Shift+Tab', [...PANEL_FILTERS].reverse());
  await page.keyboard.press('Shift+Tab');
  await expect(article).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(selected).toContainText('ACTOR');
  await expect(article).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(selected).toContainText('Verenigde');
  await expect(article).toBeFocused();
  await page.keyboard.press('Tab');
  // On to the selected event's frame, the next stop before the annotation list.
  const frame = page.getByRole('region', { name: 'Event frame' });
  await expect(frame.getByRole('button', { name: /^agent/ })).toBeFocused();
  await expect(selected).toContainText('Verenigde');
  // Shift+Tab likewise, backwards, and before the first one it leaves for the status buttons.
  await page.keyboard.press('Shift+Tab');
  await expect(article).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(selected).toContainText('ACTOR');
  await page.keyboard.press('Shift+Tab');
  await expectFocused(page, ['textbox', 'Document note']);
  await expect(selected).toContainText('ACTOR');
  // Escape, then Shift+Tab: out backwards, whatever was selected.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(selected).toContainText('Verenigde');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expectFocused(page, ['textbox', 'Document note']);
  await expect(selected).toHaveCount(0);
  // Out of the note field, where ? would be typed.
  await walk(page, 'Shift+Tab', [
    ['button', 'Unsure'],
    ['button', 'Done'],
  ]);

  // The way out is in the shortcut overview.
  await page.keyboard.press('?');
  const overview = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overview.getByRole('row', { name: /Escape, then Tab/ })).toContainText('Leave the article');
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
});
