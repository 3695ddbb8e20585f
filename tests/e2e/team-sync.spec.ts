/**
 * The app's side of the team server against a real throwaway PostgreSQL
 * (tests/helpers/postgres.ts): Team settings entered by keyboard, Sync now,
 * the status line's last sync and pending count, another client's change
 * drawn live in the other-layer view, a wrong password and an unreachable
 * server in words, and work done offline sent by the next sync.
 */
import { join } from 'node:path';
import pg from 'pg';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { createAnnotation } from '../../src-main/db/annotations.ts';
import { findDocumentIdBySha } from '../../src-main/db/documents.ts';
import { findLabelByName } from '../../src-main/db/labels.ts';
import { addAnnotator, initServer } from '../../src-main/sync/admin.ts';
import { connect } from '../../src-main/sync/connect.ts';
import { sync } from '../../src-main/sync/sync.ts';
import {
  postgresAvailability,
  startCluster,
  SUPERUSER,
  SUPERUSER_PASSWORD,
  type Cluster,
} from '../helpers/postgres.ts';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { dragSelect, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

const availability = postgresAvailability();
// Without PostgreSQL's binaries the file is skipped with the install line as its reason;
// under CI=true postgresAvailability() throws instead, so CI never skips it.
if (!availability.available) test.skip(true, availability.reason);
// One cluster for the file, stopped and started by the offline test: its tests run one after another.
test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
let database: string;
const PASSWORDS = { tester: 'tester-secret', bob: 'bob-secret' };

test.beforeAll(async () => {
  cluster = await startCluster();
});
test.afterAll(() => cluster?.destroy());

// A server database of its own per test: what one test synced is not pulled by the next.
test.beforeEach(async () => {
  database = await cluster.createDatabase();
  const owner = await connect(cluster.url(SUPERUSER, SUPERUSER_PASSWORD, database));
  try {
    await initServer(owner);
    for (const [name, password] of Object.entries(PASSWORDS))
      await addAnnotator(owner, { name, password, adjudicator: false });
  } finally {
    await owner.end();
  }
});

const serverUrl = () => `postgres://127.0.0.1:${cluster.port}/${database}?sslmode=disable`;
const teamStatus = (app: Annotator) => app.page.getByRole('group', { name: 'Team sync' });

/** Opens Team settings from the status line and fills it in by keyboard; Enter saves and syncs. */
async function enterSettings(app: Annotator, fields: { server?: string; user?: string; password: string }) {
  const { page } = app;
  await page.getByRole('button', { name: 'Team…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Team server' });
  await expect(dialog.getByLabel('Server URL')).toBeFocused();
  // Loaded from the settings before typing over them: the hint says whether a password is kept.
  await expect(dialog.locator('#team-password-hint')).toHaveText(/password/);
  const fill = async (value: string | undefined) => {
    if (value === undefined) return;
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  };
  await fill(fields.server);
  await page.keyboard.press('Tab');
  await fill(fields.user);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await fill(fields.password);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

/** The number of changes the server holds of `layer`. */
async function serverChanges(layer: string): Promise<number> {
  const client = new pg.Client({ connectionString: cluster.url(SUPERUSER, SUPERUSER_PASSWORD, database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM annotator.changes WHERE layer = $1',
      [layer],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Another team member's machine: bob gets the documents from the server, tags one span, syncs. */
async function bobTags(app: Annotator, part: string): Promise<void> {
  const db = openDatabase(join(app.dir, 'bob.db'));
  const url = cluster.url('bob', PASSWORDS.bob, database);
  try {
    let server = await connect(url);
    await sync(db, server, url);
    await server.end();
    const sha = app.backend.db
      .prepare('SELECT text_sha256 FROM documents WHERE id = 1')
      .pluck()
      .get() as string;
    const doc = findDocumentIdBySha(db, sha);
    const label = findLabelByName(db, 'ACTOR');
    if (!doc || !label) throw new Error('bob has not got the document or the ACTOR label');
    const text = storedText(app);
    createAnnotation(db, {
      documentId: doc.id,
      labelId: label.id,
      start: text.indexOf(part),
      end: text.indexOf(part) + part.length,
      annotator: 'bob',
    });
    server = await connect(url);
    await sync(db, server, url);
    await server.end();
  } finally {
    closeDatabase(db);
  }
}

test('syncs from the status line, and shows what another annotator synced without reopening', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  await loadSamples(app);
  await expect(teamStatus(app)).toHaveCount(0);

  await enterSettings(app, { server: serverUrl(), user: 'tester', password: PASSWORDS.tester });
  await expect(teamStatus(app)).toContainText(/Team: last sync \d\d:\d\d/);
  await expect(teamStatus(app)).toContainText('0 changes to send');
  // Asked each session here (no keychain): the settings file holds no password.
  const settings = JSON.parse(
    (await import('node:fs')).readFileSync(join(app.dir, 'settings.json'), 'utf8'),
  ) as { team?: { server: string; user: string } };
  expect(settings.team).toMatchObject({ server: serverUrl(), user: 'tester' });
  expect(JSON.stringify(settings)).not.toContain(PASSWORDS.tester);

  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);
  await dragSelect(page, at('Joe Biden'), at('Joe Biden') + 'Joe Biden'.length);
  await tag(page, '3');
  // The span, and the document's start (its status log's "in progress").
  await expect(teamStatus(app)).toContainText('2 changes to send');
  await page.locator('.article-text').focus();
  await page.keyboard.press('ControlOrMeta+Shift+Y');
  await expect(teamStatus(app)).toContainText('0 changes to send');
  expect(await serverChanges('tester')).toBe(2);

  // Other layers on (O) before bob has one; the user's own span stays selected throughout.
  await page.keyboard.press('o');
  const own = page.getByLabel('Annotations').getByRole('button');
  await expect(own).toHaveCount(1);
  await bobTags(app, 'al-Kazimi');
  await teamStatus(app).getByRole('button', { name: 'Sync now' }).click();
  await expect(page.locator('.layer-mark[data-layer="bob"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Layers' })).toContainText(
    'bob1 span, in progress (read-only)',
  );
  await expect(own).toHaveCount(1);
  await expect(page.locator('.article-text')).toContainText('Joe Biden');
  await page.screenshot({ path: `${SCREENSHOTS}/team-sync-live.png` });
});

test('what is typed before the kept settings arrive stays, and is what gets saved', async ({ app }) => {
  const { page, backend } = app;
  await loadSamples(app);
  // The kept settings' reply is held until the server URL and the user are typed.
  const setting = backend.handlers['sync.setting'];
  const { promise: released, resolve: release } = Promise.withResolvers<undefined>();
  backend.handlers['sync.setting'] = async (request) => {
    await released;
    return setting(request);
  };
  await page.getByRole('button', { name: 'Team…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Team server' });
  await expect(dialog.getByLabel('Server URL')).toBeFocused();
  await page.keyboard.type(serverUrl());
  await page.keyboard.press('Tab');
  await page.keyboard.type('tester');
  release(undefined);
  await expect(dialog.locator('#team-password-hint')).toHaveText('No password kept yet.');
  backend.handlers['sync.setting'] = setting;
  await expect(dialog.getByLabel('Server URL')).toHaveValue(serverUrl());
  await expect(dialog.getByLabel('User')).toHaveValue('tester');
  await dialog.getByLabel('Password').fill(PASSWORDS.tester);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(teamStatus(app)).toContainText(/Team: last sync/);
});

test('a wrong password and an unreachable server are said in words; work done meanwhile is sent later', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await loadSamples(app);
  await enterSettings(app, { server: serverUrl(), user: 'tester', password: 'not-the-password' });
  await expect(teamStatus(app)).toContainText('The server refused the login: wrong user name or password.');

  await enterSettings(app, { password: PASSWORDS.tester });
  await expect(teamStatus(app)).toContainText(/Team: last sync/);
  const before = await serverChanges('tester');

  cluster.stop();
  try {
    const text = storedText(app);
    const at = (s: string) => text.indexOf(s);
    await dragSelect(page, at('2.500'), at('2.500') + '2.500'.length);
    await tag(page, '2');
    // The span, and the document's start.
    await expect(teamStatus(app)).toContainText('2 changes to send');
    await teamStatus(app).getByRole('button', { name: 'Sync now' }).click();
    await expect(teamStatus(app)).toContainText('Cannot reach the server');
    // Editing goes on offline: the count grows, nothing is lost.
    await dragSelect(page, at('Joe Biden'), at('Joe Biden') + 'Joe Biden'.length);
    await tag(page, '3');
    await expect(teamStatus(app)).toContainText('3 changes to send');
  } finally {
    cluster.start();
  }
  await teamStatus(app).getByRole('button', { name: 'Sync now' }).click();
  await expect(teamStatus(app)).toContainText('0 changes to send');
  await expect(teamStatus(app)).toContainText(/Team: last sync/);
  expect(await serverChanges('tester')).toBe(before + 3);
});
