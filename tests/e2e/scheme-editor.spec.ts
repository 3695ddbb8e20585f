import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { dragSelect, loadSamples, SCREENSHOTS, spanTexts, storedText, tag } from './helpers.ts';
import { newLabelColor } from '../../src-main/scheme/palette.ts';

const editor = (page: Page) => page.getByRole('dialog', { name: 'Annotation scheme' });

/** Tags `piece` of the open article with the label of hotkey `key`. */
async function tagText(app: Annotator, piece: string, key: string): Promise<void> {
  const at = storedText(app).indexOf(piece);
  await dragSelect(app.page, at, at + piece.length);
  await tag(app.page, key);
}

/** The background a highlight of `color` gets (the article's own color-mix), as Chromium computes it. */
const toneOf = (page: Page, color: string) =>
  page.evaluate((c) => {
    const probe = document.createElement('span');
    probe.style.backgroundColor = `color-mix(in srgb, ${c} 32%, transparent)`;
    document.body.append(probe);
    const tone = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return tone;
  }, color);

const row = <T>(app: Annotator, sql: string, ...params: unknown[]): T =>
  app.backend.db.prepare(sql).get(...params) as T;

test('edits the scheme in a form and the article follows: rename, recolour, attribute, role, refusal', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await tagText(app, 'Joe Biden', '3');
  await tagText(app, 'De VS hebben momenteel 2.500 militairen in het land', '1');
  await page.keyboard.press('Escape');
  const biden = page.locator('.article-text [data-ids]').filter({ hasText: /^Joe Biden$/ });
  await expect(biden).toHaveAttribute('title', 'ACTOR');

  await page.getByRole('button', { name: 'Scheme…' }).click();
  const dialog = editor(page);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const labels = dialog.getByRole('list', { name: 'Labels' });
  await expect(labels.getByRole('button')).toHaveText(['EVENT1', 'NUMBER2', 'ACTOR3']);

  // Rename ACTOR to PERSON: the annotation keeps its label, now under the new name.
  await labels.getByRole('button', { name: /ACTOR/ }).click();
  const actor = dialog.getByRole('form', { name: 'Label ACTOR' });
  await actor.getByLabel('Name').fill('PERSON');
  await actor.getByLabel('Name').press('Enter');
  await expect(labels.getByRole('button', { name: /PERSON/ })).toBeVisible();
  await expect(biden).toHaveAttribute('title', 'PERSON');
  await expect(
    page.getByRole('toolbar', { name: 'Labels' }).getByRole('button', { name: /^PERSON/ }),
  ).toBeVisible();
  expect(spanTexts(app)).toContain('PERSON:Joe Biden');

  // Recolour it: the highlight takes the new colour.
  const person = dialog.getByRole('form', { name: 'Label PERSON' });
  await person.getByLabel('Hex').fill('#00aa00');
  await person.getByRole('button', { name: 'Save label' }).click();
  await expect(person.getByRole('button', { name: 'Save label' })).toBeDisabled();
  await expect(biden).toHaveCSS('background-color', await toneOf(page, '#00aa00'));
  // Save is disabled while the save is under way too: the database is asked until it has it.
  await expect
    .poll(() => row<{ color: string }>(app, "SELECT color FROM labels WHERE name = 'PERSON'").color)
    .toBe('#00aa00');

  // A guideline text for NUMBER, saved with Ctrl+Enter from its text area.
  await labels.getByRole('button', { name: /NUMBER/ }).click();
  const number = dialog.getByRole('form', { name: 'Label NUMBER' });
  await number.getByLabel(/Description/).fill('Cijfers en hoeveelheden, met hun eenheid.');
  await number.getByLabel(/Description/).press('Control+Enter');
  await expect(number.getByRole('button', { name: 'Save label' })).toBeDisabled();
  await expect
    .poll(() => row<{ description: string }>(app, "SELECT description FROM labels WHERE name = 'NUMBER'"))
    .toEqual({ description: 'Cijfers en hoeveelheden, met hun eenheid.' });

  // An attribute for EVENT: a choice with two values, reordered, required, with a default.
  await labels.getByRole('button', { name: /EVENT/ }).click();
  const attributes = dialog.getByRole('region', { name: 'Attributes of EVENT' });
  await attributes.getByRole('button', { name: 'Add attribute' }).click();
  const added = attributes.getByRole('form', { name: 'Attribute New attribute' });
  await added.getByLabel('Name').fill('certainty');
  await added.getByLabel('Type').selectOption('choice');
  await added.getByLabel('New value').fill('high');
  await added.getByLabel('New value').press('Enter');
  await added.getByLabel('New value').fill('low');
  await added.getByRole('button', { name: 'Add value' }).click();
  await added.getByRole('button', { name: 'Move low up' }).click();
  await expect(added.getByRole('list', { name: 'Values' }).getByRole('listitem')).toHaveText([
    /^low/,
    /^high/,
  ]);
  await added.getByLabel('Required').check();
  await added.getByLabel('Default').selectOption('high');
  await page.screenshot({ path: `${SCREENSHOTS}/scheme-editor-attribute.png` });
  await added.getByRole('button', { name: 'Add attribute' }).click();
  await expect(
    attributes.getByRole('button', { name: 'certainty (choice: low, high), required, default high' }),
  ).toBeVisible();
  expect(
    row(
      app,
      "SELECT type, choices, required, default_value AS d FROM attribute_defs WHERE name = 'certainty'",
    ),
  ).toEqual({ type: 'choice', choices: '["low","high"]', required: 1, d: '"high"' });

  // A role from EVENT to PERSON, one per event.
  await dialog.getByRole('button', { name: 'Add role' }).click();
  const role = dialog.getByRole('form', { name: 'New role' });
  await role.getByLabel('Name').fill('location');
  await role.getByLabel('Hotkey').fill('l');
  await role.getByRole('group', { name: 'From (the event)' }).getByLabel('EVENT').check();
  await role.getByRole('group', { name: 'To (the argument)' }).getByLabel('PERSON').check();
  await role.getByLabel('Fillers per event').selectOption('one');
  await page.screenshot({ path: `${SCREENSHOTS}/scheme-editor-role.png` });
  await role.getByRole('button', { name: 'Add role' }).click();
  await expect(
    dialog.getByRole('list', { name: 'Roles' }).getByRole('button', { name: /location/ }),
  ).toBeVisible();
  await expect(dialog.getByRole('form', { name: 'Role location' })).toBeVisible();
  expect(row(app, "SELECT hotkey, many FROM roles WHERE name = 'location'")).toEqual({
    hotkey: 'l',
    many: 0,
  });

  // Deleting a label still in use is refused, with its count; nothing changes.
  await labels.getByRole('button', { name: /EVENT/ }).click();
  const event = dialog.getByRole('form', { name: 'Label EVENT' });
  await event.getByRole('button', { name: 'Delete…' }).click();
  await event.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(event.getByRole('alert')).toContainText('EVENT is used by 1 annotation');
  await expect(labels.getByRole('button')).toHaveCount(3);
  expect(spanTexts(app)).toContain('EVENT:De VS hebben momenteel 2.500 militairen in het land');
  await page.screenshot({ path: `${SCREENSHOTS}/scheme-editor.png` });

  // Escape closes the editor and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Scheme…' })).toBeFocused();
});

test('deleting an attribute that annotations hold values of asks to clear them first', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await tagText(app, 'De VS hebben momenteel 2.500 militairen in het land', '1');
  // A value the attribute fields (another panel) would set: written straight into the database.
  app.backend.db.prepare(`UPDATE annotations SET attributes = '{"tense":"present"}'`).run();

  // The menu's Edit › Annotation Scheme… (Ctrl+Shift+L) sends this command.
  await page.evaluate(() =>
    (window as unknown as { __annotatorEmit: (ch: string, json: string) => void }).__annotatorEmit(
      'annotator-event:menu.command',
      JSON.stringify({ command: 'scheme' }),
    ),
  );
  const dialog = editor(page);
  const attributes = dialog.getByRole('region', { name: 'Attributes of EVENT' });
  await attributes.getByRole('button', { name: /^tense / }).click();
  const tense = attributes.getByRole('form', { name: 'Attribute tense' });
  await tense.getByRole('button', { name: 'Delete…' }).click();
  await tense.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(tense.getByRole('alert')).toHaveText('EVENT.tense has a value on 1 annotation');
  expect(row(app, "SELECT count(*) AS n FROM attribute_defs WHERE name = 'tense'")).toEqual({ n: 1 });

  await tense.getByRole('button', { name: 'Delete and clear 1 value' }).click();
  // The form closes once the attribute is gone; focus goes on to Add attribute.
  await expect(attributes.getByRole('button', { name: 'Add attribute' })).toBeFocused();
  await expect(attributes.getByRole('button', { name: /^tense / })).toHaveCount(0);
  expect(row(app, "SELECT count(*) AS n FROM attribute_defs WHERE name = 'tense'")).toEqual({ n: 0 });
  expect(row(app, 'SELECT attributes FROM annotations')).toEqual({ attributes: '{}' });
});

test('the keyboard overview lists the scheme editor key', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await page.keyboard.press('?');
  await expect(
    page
      .getByRole('dialog', { name: 'Keyboard shortcuts' })
      .getByRole('row', { name: 'Ctrl + Shift + L Edit the annotation scheme (labels, attributes, roles)' }),
  ).toBeVisible();
});

test('closing with a change not saved asks first, and keeps the draft when told to', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  await page.getByRole('button', { name: 'Scheme…' }).click();
  const dialog = editor(page);
  const event = dialog.getByRole('form', { name: 'Label EVENT' });
  await event.getByLabel('Hotkey').fill('e');
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toContainText('Unsaved changes to the label EVENT.');
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  // A second Escape keeps editing, with the draft as it was.
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(event.getByLabel('Hotkey')).toHaveValue('e');

  // Choosing another label asks too; keep editing leaves EVENT chosen.
  await dialog
    .getByRole('list', { name: 'Labels' })
    .getByRole('button', { name: /NUMBER/ })
    .click();
  await expect(dialog.getByRole('alert')).toContainText('Unsaved changes to the label EVENT.');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(event.getByLabel('Hotkey')).toHaveValue('e');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toHaveCount(0);
  expect(row(app, "SELECT hotkey FROM labels WHERE name = 'EVENT'")).toEqual({ hotkey: '1' });
});

test('works from the keyboard alone: add a label and an attribute, delete the label, focus never lost', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await page.getByRole('button', { name: 'Scheme…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = editor(page);
  const labels = dialog.getByRole('list', { name: 'Labels' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // The scheme is read as the editor opens.
  await expect(labels.getByRole('button')).toHaveCount(3);
  await page.keyboard.press('Tab');
  await expect(labels.getByRole('button', { name: /EVENT/ })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Add label' })).toBeFocused();

  // Add label: typing starts in its name; Enter adds it, and focus goes to it in the list.
  await page.keyboard.press('Enter');
  await page.keyboard.type('PLACE');
  await page.keyboard.press('Enter');
  await expect(labels.getByRole('button', { name: /PLACE/ })).toBeFocused();
  // In the palette's next colour-blind-safe colour, as a label created without one gets.
  expect(row<{ color: string }>(app, "SELECT color FROM labels WHERE name = 'PLACE'").color).toBe(
    newLabelColor(3),
  );
  await expect(
    page.getByRole('toolbar', { name: 'Labels' }).getByRole('button', { name: /^PLACE/ }),
  ).toBeVisible();

  // Its first attribute: a text, saved with Enter from the default field.
  const attributes = dialog.getByRole('region', { name: 'Attributes of PLACE' });
  await attributes.getByRole('button', { name: 'Add attribute' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('country');
  await page.keyboard.press('Tab');
  await expect(attributes.getByLabel('Type')).toBeFocused();
  await page.keyboard.press('t');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(attributes.getByLabel('Default')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(attributes.getByRole('button', { name: 'country (text)' })).toBeVisible();
  await expect(attributes.getByRole('button', { name: 'Add attribute' })).toBeFocused();

  // Delete the label (no annotation uses it): asked first, Keep is the safe default.
  const place = dialog.getByRole('form', { name: 'Label PLACE' });
  await place.getByRole('button', { name: 'Delete…' }).focus();
  await page.keyboard.press('Enter');
  await expect(place.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(labels.getByRole('button')).toHaveCount(3);
  await expect(dialog.getByRole('button', { name: 'Add label' })).toBeFocused();
  expect(row(app, "SELECT count(*) AS n FROM labels WHERE name = 'PLACE'")).toEqual({ n: 0 });
});

test('narrowing a role that relations use is refused with the count, and nothing changes', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await tagText(app, 'Joe Biden', '3');
  await tagText(app, 'gezegd', '1');
  // The relation the event frame (another panel) would draw: written straight into the database.
  app.backend.db
    .prepare(
      `INSERT INTO relations (document_id, role_id, head_id, child_id)
       SELECT 1, r.id, e.id, a.id FROM roles r, annotations e, annotations a, labels le, labels la
       WHERE r.name = 'agent' AND e.label_id = le.id AND le.name = 'EVENT' AND a.label_id = la.id AND la.name = 'ACTOR'`,
    )
    .run();

  await page.getByRole('button', { name: 'Scheme…' }).click();
  const dialog = editor(page);
  await dialog.getByRole('list', { name: 'Roles' }).getByRole('button', { name: /agent/ }).click();
  const agent = dialog.getByRole('form', { name: 'Role agent' });
  const to = agent.getByRole('group', { name: 'To (the argument)' });
  await expect(to.getByLabel('ACTOR')).toBeChecked();
  await to.getByLabel('NUMBER').check();
  await to.getByLabel('ACTOR').uncheck();
  await agent.getByRole('button', { name: 'Save role' }).click();
  await expect(agent.getByRole('alert')).toContainText(
    '1 relation of agent link labels it would no longer link',
  );
  const sides = app.backend.db
    .prepare(
      `SELECT l.name FROM role_labels s JOIN roles r ON r.id = s.role_id JOIN labels l ON l.id = s.label_id
       WHERE r.name = 'agent' AND s.side = 'to'`,
    )
    .all();
  expect(sides).toEqual([{ name: 'ACTOR' }]);

  // Widening is fine: ACTOR back, NUMBER added.
  await to.getByLabel('ACTOR').check();
  await agent.getByRole('button', { name: 'Save role' }).click();
  await expect(agent.getByRole('alert')).toHaveCount(0);
  await expect(agent.getByRole('button', { name: 'Save role' })).toBeDisabled();
  await expect
    .poll(() =>
      app.backend.db
        .prepare(
          `SELECT count(*) AS n FROM role_labels s JOIN roles r ON r.id = s.role_id WHERE r.name = 'agent' AND s.side = 'to'`,
        )
        .get(),
    )
    .toEqual({ n: 2 });
});

test('the scheme comes from and goes to a file: bundled, picked, refused with its problems, exported', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await page.getByRole('button', { name: 'Scheme…' }).click();
  const dialog = editor(page);
  const file = dialog.getByRole('region', { name: 'Scheme file' });

  await file.getByRole('button', { name: 'Load the news-events scheme' }).click();
  await expect(file.getByRole('status')).toContainText('Scheme imported:');
  await expect(
    dialog.getByRole('list', { name: 'Labels' }).getByRole('button', { name: /PLACE/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('toolbar', { name: 'Labels' }).getByRole('button', { name: /^TIME/ }),
  ).toBeVisible();
  // The open form shows what the file brought, with nothing left to save.
  const event = dialog.getByRole('form', { name: 'Label EVENT' });
  await expect(event.getByLabel('Hex')).toHaveValue(
    row<{ color: string }>(app, "SELECT color FROM labels WHERE name = 'EVENT'").color,
  );
  await expect(event.getByRole('button', { name: 'Save label' })).toBeDisabled();

  // A file with a problem changes nothing and says what is wrong, where.
  const bad = join(app.dir, 'bad-scheme.json');
  writeFileSync(bad, '{"labels": [{"name": "EVENT", "color": "red"}]}');
  app.backend.dialogAnswers.files = [bad];
  await file.getByRole('button', { name: 'Import a scheme…' }).click();
  await expect(file.getByRole('alert')).toContainText('The scheme file was not imported; nothing changed:');
  await expect(
    file.getByRole('list', { name: 'Scheme problems' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(file.getByRole('status')).toHaveText('');
  await page.screenshot({ path: `${SCREENSHOTS}/scheme-editor-file-problems.png` });

  const out = join(app.dir, 'scheme.json');
  app.backend.dialogAnswers.exportPath = out;
  await file.getByRole('button', { name: 'Export the scheme…' }).click();
  await expect(file.getByRole('status')).toHaveText(`Scheme exported to ${out}.`);
  await expect(file.getByRole('alert')).toHaveCount(0);
  const exported = JSON.parse(readFileSync(out, 'utf8')) as { labels: { name: string }[] };
  expect(exported.labels.map((l) => l.name)).toEqual(['EVENT', 'NUMBER', 'ACTOR', 'TIME', 'PLACE']);
});
