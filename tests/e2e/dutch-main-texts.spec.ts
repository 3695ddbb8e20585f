/**
 * A Dutch window says in Dutch what the main side composes: an import's bad
 * records, an export's losses and a refused change (CONFLICT) come as
 * catalogue ids (src-main/text/messages) and are said through the Dutch
 * catalogue, user data (file names, span ids, values) as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import type { Page } from '@playwright/test';
import { dragSelect, storedText } from './helpers.ts';
import { common } from '../../src-renderer/i18n/nl/common.ts';
import { panels } from '../../src-renderer/i18n/nl/panels.ts';
import { scheme } from '../../src-renderer/i18n/nl/scheme.ts';

test.use({ locale: 'nl-NL' });

/** helpers.ts's documentRows and loadSamples, with the Dutch window's words. */
const documentRows = (page: Page) =>
  page.getByRole('listbox', { name: panels.list.list }).getByRole('option');

async function loadSamplesNl(app: Annotator): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: panels.welcome.loadSamples }).click();
  await page.getByRole('button', { name: common.close }).click();
  await expect(documentRows(page)).toHaveCount(5);
  await documentRows(page).first().click();
  await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');
}

/** Tags `piece` of the open article with label key `key` and waits until it is stored. */
async function tagNl(app: Annotator, piece: string, key: string): Promise<void> {
  const text = storedText(app);
  const before = app.backend.db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number };
  await dragSelect(app.page, text.indexOf(piece), text.indexOf(piece) + piece.length);
  await app.page.keyboard.press(key);
  await expect
    .poll(() => (app.backend.db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n)
    .toBe(before.n + 1);
}

test('an import’s bad records are listed in Dutch, the file name as it is', async ({ app }) => {
  const { page } = app;
  await loadSamplesNl(app);
  const file = join(app.dir, 'fout.jsonl');
  writeFileSync(
    file,
    '{"text": "Goed"}\n{"text": 5}\n{"text": "x", "spans": [{"start": 0, "end": 9, "label": "ACTOR"}]}\n',
  );
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: panels.toolbar.import }).click();
  await page.getByRole('button', { name: panels.importDialog.files }).click();
  const result = page.getByRole('dialog', { name: panels.result.label });
  const problems = result.getByRole('list', { name: panels.result.problems }).getByRole('listitem');
  await expect(problems).toHaveText([
    `${file}:2: "text" moet een tekenreeks zijn`,
    `${file}:3: spans[0]: end 9 ligt voorbij het einde van de tekst (1 codepunten)`,
  ]);
});

test('an export’s losses are listed in Dutch, kinds included', async ({ app }) => {
  const { page } = app;
  await loadSamplesNl(app);
  await tagNl(app, 'Joe Biden', '3');
  app.backend.dialogAnswers.exportPath = join(app.dir, 'export-doccano.jsonl');
  await page.getByRole('button', { name: panels.toolbar.export }).click();
  await page
    .getByRole('dialog', { name: panels.exportDialog.label })
    .getByLabel(panels.exportDialog.format)
    .selectOption('doccano');
  await page.getByRole('button', { name: panels.exportDialog.go }).click();
  const result = page.getByRole('dialog', { name: panels.result.label });
  await expect(result).toContainText('(1 annotator, 1 herkomst)');
  await expect(result.getByRole('list', { name: panels.losses.label }).getByRole('listitem')).toHaveText([
    /T1: annotator: annotator tester: doccano heeft er geen plaats voor$/,
    /T1: herkomst: herkomst manual: doccano heeft er geen plaats voor$/,
  ]);
});

test('a refused change (CONFLICT) is said in Dutch', async ({ app }) => {
  const { page } = app;
  await loadSamplesNl(app);
  await tagNl(app, 'Joe Biden', '3');
  const { id } = app.backend.db.prepare('SELECT id FROM annotations').get() as { id: number };
  // Gone behind the window's back (another program): undoing its creation is refused.
  app.backend.db.prepare('DELETE FROM annotations').run();
  await page.locator('.article-text').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(`annotatie ${id} is al weg`)).toBeVisible();
  await expect(page.getByText(`annotation ${id} is already gone`)).toHaveCount(0);
});

test('the scheme editor’s refusal is said in Dutch and still offers to clear the values it counts', async ({
  app,
}) => {
  const { page } = app;
  await loadSamplesNl(app);
  await tagNl(app, 'De VS hebben momenteel 2.500 militairen in het land', '1');
  app.backend.db.prepare(`UPDATE annotations SET attributes = '{"tense":"present"}'`).run();
  await page.evaluate(() =>
    (window as unknown as { __annotatorEmit: (ch: string, json: string) => void }).__annotatorEmit(
      'annotator-event:menu.command',
      JSON.stringify({ command: 'scheme' }),
    ),
  );
  const dialog = page.getByRole('dialog', { name: scheme.title });
  const attributes = dialog.getByRole('region', { name: scheme.attribute.of.replace('{{label}}', 'EVENT') });
  await attributes.getByRole('button', { name: /^tense / }).click();
  const tense = attributes.getByRole('form', { name: scheme.attribute.form.replace('{{name}}', 'tense') });
  await tense.getByRole('button', { name: scheme.delete.ask }).click();
  await tense.getByRole('button', { name: scheme.delete.confirm, exact: true }).click();
  await expect(tense.getByRole('alert')).toHaveText('EVENT.tense heeft een waarde op 1 annotatie');
  await expect(tense.getByRole('button', { name: 'Verwijderen en 1 waarde wissen' })).toBeVisible();
});

test('another format’s bad record and a taken name in the scheme editor are said in Dutch', async ({
  app,
}) => {
  const { page } = app;
  await loadSamplesNl(app);
  // A doccano file (its "label" key says so) whose one span lies past the end of its text.
  const file = join(app.dir, 'doccano-fout.jsonl');
  writeFileSync(file, '{"text": "abc", "label": [[0, 9, "ACTOR"]]}\n');
  app.backend.dialogAnswers.files = [file];
  await page.getByRole('button', { name: panels.toolbar.import }).click();
  await page.getByRole('button', { name: panels.importDialog.files }).click();
  const result = page.getByRole('dialog', { name: panels.result.label });
  await expect(result.getByRole('list', { name: panels.result.problems }).getByRole('listitem')).toHaveText([
    `${file}:1: label[0] [0, 9] valt niet binnen de tekst`,
  ]);
  await result.getByRole('button', { name: common.close }).click();

  await page.evaluate(() =>
    (window as unknown as { __annotatorEmit: (ch: string, json: string) => void }).__annotatorEmit(
      'annotator-event:menu.command',
      JSON.stringify({ command: 'scheme' }),
    ),
  );
  const dialog = page.getByRole('dialog', { name: scheme.title });
  const attributes = dialog.getByRole('region', { name: scheme.attribute.of.replace('{{label}}', 'EVENT') });
  await attributes.getByRole('button', { name: scheme.attribute.add }).click();
  const added = attributes.getByRole('form', { name: scheme.attribute.newForm });
  await added.getByLabel(scheme.field.name).fill('tense');
  await added.getByLabel(scheme.field.type).selectOption('text');
  await added.getByRole('button', { name: scheme.attribute.add }).click();
  await expect(added.getByRole('alert')).toHaveText(
    'kenmerk EVENT.tense.name: "tense" is ook de naam van kenmerk EVENT.tense; ' +
      'kenmerk EVENT.tense.type: "tense" is hier een text en een choice op kenmerk EVENT.tense; ' +
      'één kenmerknaam heeft één type in het hele schema',
  );
});

/** Imports `paths` (files, or one folder) as `format` from the import dialog and returns the result dialog. */
async function importNl(app: Annotator, format: string, pick: { files: string[] } | { folder: string }) {
  const { page } = app;
  if ('files' in pick) app.backend.dialogAnswers.files = pick.files;
  else app.backend.dialogAnswers.folder = pick.folder;
  await page.getByRole('button', { name: panels.toolbar.import }).click();
  await page
    .getByRole('dialog', { name: panels.importDialog.title })
    .getByLabel(panels.importDialog.format)
    .selectOption(format);
  const button = 'files' in pick ? panels.importDialog.files : panels.importDialog.folder;
  await page.getByRole('button', { name: button }).click();
  return page.getByRole('dialog', { name: panels.result.label });
}

test('what a brat import could not take in is listed in Dutch, kinds included', async ({ app }) => {
  await loadSamplesNl(app);
  const folder = join(app.dir, 'brat');
  mkdirSync(folder);
  const ann = join(folder, 'biden.ann');
  writeFileSync(join(folder, 'biden.txt'), 'Joe Biden sprak.\n');
  writeFileSync(
    ann,
    'T1\tACTOR 0 9\tJoe Biden\nT2\tACTOR 0 9\tJoe Biden\nE1\tEVENT:T1\nR1\tagent Arg1:T1 Arg2:T9\nA1\tNegation T9\n',
  );
  const result = await importNl(app, 'brat', { folder });
  await expect(result).toContainText('4 verloren (1 duplicaat, 1 gebeurtenis, 1 relatie, 1 kenmerk)');
  await expect(result.getByRole('list', { name: panels.losses.label }).getByRole('listitem')).toHaveText([
    'biden T2: duplicaat: hetzelfde label en dezelfde tekens als T1: niet gelezen',
    `biden E1: gebeurtenis: ${ann}:3: gebeurtenis E1 wordt niet gelezen: ` +
      'alleen tekstgebonden spans, relaties, kenmerken en notities worden gelezen',
    `biden R1: relatie: ${ann}:4: relatie R1 wordt niet gelezen: T9 is geen gelezen tekstgebonden span`,
    `biden A1: kenmerk: ${ann}:5: kenmerk A1 wordt niet gelezen: T9 is geen gelezen tekstgebonden span`,
  ]);
});

test('what a Label Studio import could not take in is listed in Dutch, a result type as it is', async ({
  app,
}) => {
  await loadSamplesNl(app);
  const file = join(app.dir, 'labelstudio.json');
  const region = { id: 'r1', type: 'labels', value: { start: 0, end: 9, text: 'Joe Biden', labels: [] } };
  const image = { id: 'b1', type: 'rectanglelabels', value: { x: 1, y: 2 } };
  const relation = { type: 'relation', from_id: 'a', to_id: 'b', labels: [] };
  writeFileSync(
    file,
    JSON.stringify([
      {
        id: 7,
        data: { text: 'Joe Biden sprak.' },
        annotations: [{ result: [region, image, relation] }, { was_cancelled: true, result: [] }],
        predictions: [{ result: [] }, { result: [] }],
      },
    ]),
  );
  const result = await importNl(app, 'labelstudio', { files: [file] });
  await expect(result).toContainText(
    '5 verloren (1 geannuleerde annotatie, 1 gebied zonder label, 1 rectanglelabels-resultaat, ' +
      '1 relatie zonder label, 1 voorspelling)',
  );
  await expect(result.getByRole('list', { name: panels.losses.label }).getByRole('listitem')).toHaveText([
    '7: geannuleerde annotatie: een geannuleerde (overgeslagen) annotatie is niet geïmporteerd',
    '7 r1: gebied zonder label: een gebied zonder labels is niet geïmporteerd',
    '7 b1: rectanglelabels-resultaat: een rectanglelabels-resultaat heeft geen plaats in onze records',
    '7 a→b: relatie zonder label: een relatie zonder label (onze relaties hebben een rol nodig)',
    '7: voorspelling: 2 voorspellingen niet geïmporteerd',
  ]);
});

test('a doccano line that is not JSON is said in Dutch, with its column', async ({ app }) => {
  await loadSamplesNl(app);
  const file = join(app.dir, 'doccano-geen-json.jsonl');
  writeFileSync(file, '{"text": "abc", "label": []}\n{"text": "abc",\n');
  const result = await importNl(app, 'doccano', { files: [file] });
  await expect(result.getByRole('list', { name: panels.result.problems }).getByRole('listitem')).toHaveText([
    `${file}:2: ongeldige JSON: naam van een eigenschap tussen dubbele aanhalingstekens verwacht ` +
      'in kolom 16, het einde van de regel',
  ]);
});

/** The scheme editor's "Scheme file" part, the editor opened as the menu opens it. */
async function schemeFileNl(app: Annotator) {
  await app.page.evaluate(() =>
    (window as unknown as { __annotatorEmit: (ch: string, json: string) => void }).__annotatorEmit(
      'annotator-event:menu.command',
      JSON.stringify({ command: 'scheme' }),
    ),
  );
  return app.page
    .getByRole('dialog', { name: scheme.title })
    .getByRole('region', { name: scheme.file.title });
}

test('a scheme file’s shape problems are listed in Dutch, keys and paths as they are', async ({ app }) => {
  await loadSamplesNl(app);
  const file = await schemeFileNl(app);
  const bad = join(app.dir, 'schema-fout.json');
  writeFileSync(
    bad,
    JSON.stringify({
      labels: [
        { name: 'EVENT', colour: 'red', hotkey: 5, attributes: [{ name: 'x', type: 'kleur' }] },
        { name: 'EVENT' },
      ],
      roles: [{ hotkey: null, from: 'EVENT' }],
      extra: 1,
    }),
  );
  app.backend.dialogAnswers.files = [bad];
  await file.getByRole('button', { name: scheme.file.import }).click();
  await expect(file.getByRole('alert')).toContainText(scheme.file.notImported);
  const problems = file.getByRole('list', { name: scheme.file.problems }).getByRole('listitem');
  await expect(problems).toHaveText([
    'extra: onbekende sleutel',
    'labels[0].colour: onbekende sleutel',
    'labels[0].hotkey: moet een tekenreeks of null zijn, niet een getal',
    'labels[0].attributes[0].type: moet een van choice, boolean, number, text, date zijn',
    'roles[0].name: ontbreekt',
    'roles[0].from: moet een lijst (array) van tekenreeksen zijn, niet een tekenreeks',
    'labels[1].name: "EVENT" is ook de naam van labels[0]',
    'roles[0].to: ontbreekt (een nieuwe rol heeft zijn labels nodig)',
  ]);

  writeFileSync(bad, '[]');
  await file.getByRole('button', { name: scheme.file.import }).click();
  await expect(problems).toHaveText([
    '(bestand): moet een object met "labels" en "roles" zijn, niet een lijst (array)',
  ]);

  writeFileSync(bad, '{\n  "labels": []\n  "roles": []\n}\n');
  await file.getByRole('button', { name: scheme.file.import }).click();
  await expect(problems).toHaveText([
    "(bestand): geen JSON: ',' of '}' verwacht na de waarde van een eigenschap in regel 3, kolom 3",
  ]);
});

test('a scheme import’s summary is said in Dutch, names as they are', async ({ app }) => {
  await loadSamplesNl(app);
  const file = await schemeFileNl(app);
  const path = join(app.dir, 'schema.json');
  writeFileSync(
    path,
    JSON.stringify({ labels: [{ name: 'EVENT', description: 'Iets dat gebeurt.' }], roles: [] }),
  );
  app.backend.dialogAnswers.files = [path];
  await file.getByRole('button', { name: scheme.file.import }).click();
  await expect(file.getByRole('status')).toHaveText(
    'Schema geïmporteerd: 0 labels toegevoegd, 1 bijgewerkt (EVENT), 0 ongewijzigd; ' +
      '0 kenmerken toegevoegd, 0 bijgewerkt, 0 ongewijzigd; 0 rollen toegevoegd, 0 bijgewerkt, 0 ongewijzigd; ' +
      'behouden, niet in het bestand: 2 labels (NUMBER, ACTOR), 10 kenmerken (EVENT.polarity, EVENT.modality, ' +
      'EVENT.tense, EVENT.prominence, NUMBER.value, NUMBER.unit, NUMBER.mod, NUMBER.min, NUMBER.max, ACTOR.kind), ' +
      '3 rollen (agent, patient, quantity).',
  );
});

test('a scheme file that cannot be read says the system’s reason in Dutch, the path as it is', async ({
  app,
}) => {
  await loadSamplesNl(app);
  const file = await schemeFileNl(app);
  const gone = join(app.dir, 'weg.json');
  app.backend.dialogAnswers.files = [gone];
  await file.getByRole('button', { name: scheme.file.import }).click();
  await expect(file.getByRole('alert')).toHaveText(
    `kan ${gone} niet lezen: bestand of map bestaat niet (open '${gone}')`,
  );
});
