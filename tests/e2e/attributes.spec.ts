import type { Page } from '@playwright/test';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { dragSelect, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

/** The attributes stored on the annotation of `label` covering `covered`. */
function storedAttributes(app: Annotator, label: string, covered: string): Record<string, unknown> {
  const text = storedText(app);
  const start = text.indexOf(covered);
  const row = app.backend.db
    .prepare(
      'SELECT a.attributes FROM annotations a JOIN labels l ON l.id = a.label_id WHERE l.name = ? AND a.start = ? AND a."end" = ?',
    )
    .get(label, start, start + covered.length) as { attributes: string } | undefined;
  if (!row) throw new Error(`no ${label} on “${covered}”`);
  return JSON.parse(row.attributes) as Record<string, unknown>;
}

const field = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Attributes' }).locator(`[data-attribute="${name}"]`);

const EVENT = 'trokken zich in 2011 terug uit Irak';

test('sets an EVENT polarity and a NUMBER value by keyboard; undo and redo each work across a reload', async ({
  app,
}) => {
  const { page } = app;
  // A default offered by the scheme: shown, and stored only once accepted.
  app.backend.db
    .prepare(`UPDATE attribute_defs SET default_value = '"asserted"' WHERE name = 'modality'`)
    .run();
  await loadSamples(app);
  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);

  await dragSelect(page, at(EVENT), at(EVENT) + EVENT.length);
  await tag(page, '1');
  // V: into the fields of the selected EVENT, the first one focused.
  await page.keyboard.press('v');
  const polarity = field(page, 'polarity').getByRole('combobox');
  await expect(polarity).toBeFocused();
  // Type-ahead: "neg" offers negative; Enter sets it.
  await page.keyboard.type('neg');
  await expect(field(page, 'polarity').getByRole('option', { selected: true })).toHaveText('negative');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedAttributes(app, 'EVENT', EVENT)).toEqual({ polarity: 'negative' });
  await expect(polarity).toHaveValue('negative');
  await expect(field(page, 'polarity')).toHaveAttribute('data-state', 'set');

  // The default is offered, looks different from a set value, and is not stored.
  await page.keyboard.press('ArrowDown');
  const modality = field(page, 'modality');
  await expect(modality.getByRole('combobox')).toBeFocused();
  await expect(modality).toHaveAttribute('data-state', 'default');
  await expect(modality.getByRole('combobox')).toHaveAttribute('placeholder', 'asserted (default)');
  await expect(modality).toContainText('default asserted, not set');
  expect(storedAttributes(app, 'EVENT', EVENT)).toEqual({ polarity: 'negative' });
  await page.screenshot({ path: `${SCREENSHOTS}/attributes.png` });
  // Enter on the empty field accepts it.
  await page.keyboard.press('Enter');
  await expect
    .poll(() => storedAttributes(app, 'EVENT', EVENT))
    .toEqual({ modality: 'asserted', polarity: 'negative' });
  // Backspace on an empty field unsets: the value is selected on focus, so twice.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  // Focus moves when the fields have drawn the stored value: wait for it, as a user sees it.
  await expect(modality.getByRole('combobox')).toBeFocused();
  await expect(modality.getByRole('combobox')).toHaveValue('asserted');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect.poll(() => storedAttributes(app, 'EVENT', EVENT)).toEqual({ polarity: 'negative' });
  // Escape: back to the text, the EVENT still selected.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused();

  // A NUMBER: Dutch "2.500" is refused with the reason, 2500 is stored as a number.
  await dragSelect(page, at('2.500'), at('2.500') + 5);
  await tag(page, '2');
  await page.keyboard.press('v');
  const value = field(page, 'value').getByRole('textbox');
  await expect(value).toBeFocused();
  await page.keyboard.type('2.500');
  await expect(field(page, 'value')).toContainText('2.500 is ambiguous: write 2500 without points');
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${SCREENSHOTS}/attribute-refused.png` });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2500');
  await expect(value).toHaveAttribute('aria-invalid', 'false');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedAttributes(app, 'NUMBER', '2.500')).toEqual({ value: 2500 });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // Undo after a reload takes the value away; redo after another brings it back.
  await app.reload();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedAttributes(app, 'NUMBER', '2.500')).toEqual({});
  await expect(field(page, 'value').getByRole('textbox')).toHaveValue('');
  await app.reload();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storedAttributes(app, 'NUMBER', '2.500')).toEqual({ value: 2500 });
  await expect(field(page, 'value').getByRole('textbox')).toHaveValue('2500');
  // And the EVENT's polarity the same way.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => storedAttributes(app, 'EVENT', EVENT))
    .toEqual({ modality: 'asserted', polarity: 'negative' });
  await app.reload();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedAttributes(app, 'EVENT', EVENT)).toEqual({});
  await app.reload();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storedAttributes(app, 'EVENT', EVENT)).toEqual({ polarity: 'negative' });
  await expect(field(page, 'polarity').getByRole('combobox')).toHaveValue('negative');
});

test('a value that arrives while its field has the focus is selected, so typing replaces it and Backspace unsets it', async ({
  app,
}) => {
  const { page, backend } = app;
  await loadSamples(app);
  const text = storedText(app);
  await dragSelect(page, text.indexOf(EVENT), text.indexOf(EVENT) + EVENT.length);
  await tag(page, '1');
  // The reply that sets polarity is held until the focus has moved on and back.
  const update = backend.handlers['annotations.update'];
  const { promise: released, resolve: release } = Promise.withResolvers<undefined>();
  backend.handlers['annotations.update'] = async (request) => {
    await released;
    return update(request);
  };
  await page.keyboard.press('v');
  const polarity = field(page, 'polarity').getByRole('combobox');
  await expect(polarity).toBeFocused();
  await page.keyboard.type('negative');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(polarity).toBeFocused();
  release(undefined);
  await expect.poll(() => storedAttributes(app, 'EVENT', EVENT)).toEqual({ polarity: 'negative' });
  await expect(polarity).toHaveValue('negative');
  backend.handlers['annotations.update'] = update;
  // Selected as it arrived: one Backspace clears the field, the second unsets the value.
  await page.keyboard.press('Backspace');
  await expect(polarity).toHaveValue('');
  await page.keyboard.press('Backspace');
  await expect.poll(() => storedAttributes(app, 'EVENT', EVENT)).toEqual({});
  await expect(field(page, 'polarity')).toHaveAttribute('data-state', 'unset');
});
