/**
 * The interface language: it follows the system (the browser's locale here)
 * unless the user chose one in the app; plurals and figures follow it; the
 * page's lang is the interface's, the article's stays Dutch. Also the
 * screenshots of issue 22: three sizes, light and dark, English and Dutch.
 */
import type { Page } from '@playwright/test';
import { insertDocument } from '../../src-main/db/documents.ts';
import { documentRecord } from '../helpers/documents.ts';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { SCREENSHOTS } from './helpers.ts';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
] as const;

/** A command as the application menu sends it. */
const menu = (page: Page, command: string) =>
  page.evaluate(
    (c) =>
      (window as unknown as { __annotatorEmit: (ch: string, json: string) => void }).__annotatorEmit(
        'annotator-event:menu.command',
        JSON.stringify({ command: c }),
      ),
    command,
  );

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const html = page.locator('html');
  if ((await html.getAttribute('data-theme')) !== theme) await menu(page, 'toggle-theme');
  await expect(html).toHaveAttribute('data-theme', theme);
}

/** The window at the three sizes, light and dark, named by language and state. */
async function screenshots(page: Page, language: string, state: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await page.screenshot({
        path: `${SCREENSHOTS}/${language}-${state}-${size.width}x${size.height}-${theme}.png`,
      });
    }
  }
  await page.setViewportSize({ width: 1400, height: 900 });
  await setTheme(page, 'light');
}

/** Adds `count` short documents straight to the database (the last two a pair), then reloads the window. */
async function addDocuments(app: Annotator, count: number): Promise<void> {
  app.backend.db.transaction(() => {
    insertDocument(app.backend.db, documentRecord('pair-a', 'Eerste van twee.'));
    insertDocument(app.backend.db, documentRecord('pair-b', 'Tweede van twee.'));
    for (let i = 1; i <= count - 2; i++) {
      const n = String(i).padStart(4, '0');
      insertDocument(app.backend.db, documentRecord(`doc-${n}`, `Bericht ${n}.`, { title: `Bericht ${n}` }));
    }
  })();
  await app.reload();
}

test.describe('with a Dutch system', () => {
  test.use({ locale: 'nl-NL' });

  test('the welcome screen, an article and its panels are Dutch; the article text is lang="nl"', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Welkom' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await screenshots(page, 'nl', 'welcome');

    await page.getByRole('button', { name: 'Voorbeeldartikelen laden' }).click();
    await expect(page.getByRole('dialog', { name: 'Resultaat' })).toContainText('Import voltooid');
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.getByText('5 documenten', { exact: true })).toBeVisible();
    await page.getByRole('listbox', { name: 'Documentenlijst' }).getByRole('option').first().click();
    await expect(page.locator('.article-text')).toContainText('De Verenigde Staten zullen');

    const status = page.getByRole('group', { name: 'Documentstatus' });
    await expect(status.getByRole('button')).toHaveText(['Te doen', 'Bezig', 'Klaar']);
    await expect(page.getByRole('region', { name: 'Controles' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Annotaties' })).toContainText(
      'Selecteer tekst en druk op een labeltoets om te annoteren.',
    );
    await expect(page.getByRole('status').first()).toHaveText('Alle wijzigingen opgeslagen');
    await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('.article-text')).toHaveAttribute('lang', 'nl');
    await screenshots(page, 'nl', 'article');

    await page.locator('.article-text').click();
    await page.keyboard.press('?');
    const overview = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await expect(overview).toContainText('Caret en selectie');
    await expect(overview).toContainText('De geselecteerde annotatie verwijderen');
    await screenshots(page, 'nl', 'shortcuts');
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
  });

  test('plurals and figures follow Dutch rules; English chosen in the app applies at once and stays', async ({
    app,
  }) => {
    const { page } = app;
    await addDocuments(app, 1234);
    await expect(page.getByText('1.234 documenten', { exact: true })).toBeVisible();

    const filter = page.getByRole('searchbox', { name: 'Documenten filteren' });
    await filter.fill('doc-0001');
    await expect(page.getByText('1 document', { exact: true })).toBeVisible();
    await filter.fill('pair-');
    await expect(page.getByText('2 documenten', { exact: true })).toBeVisible();
    await filter.fill('');
    await expect(page.getByText('1.234 documenten', { exact: true })).toBeVisible();

    const chooser = page.getByRole('combobox', { name: 'Taal' });
    await expect(chooser.locator('option').first()).toHaveText('Systeem (Nederlands)');
    await chooser.selectOption('en');
    await expect(page.getByText('1,234 documents', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('searchbox', { name: 'Filter documents' })).toBeVisible();

    await app.reload();
    await expect(page.getByText('1,234 documents', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    // Back to the system's language: Dutch again, at once.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('system');
    await expect(page.getByText('1.234 documenten', { exact: true })).toBeVisible();
  });
});

test('with an English system the window is English, plurals and figures too', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await screenshots(page, 'en', 'welcome');
  await page.getByRole('button', { name: 'Load the sample articles' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('5 documents', { exact: true })).toBeVisible();
  const filter = page.getByRole('searchbox', { name: 'Filter documents' });
  await page.getByRole('listbox', { name: 'Document list' }).getByRole('option').first().click();
  await expect(page.locator('.article-text')).toHaveAttribute('lang', 'nl');
  await screenshots(page, 'en', 'article');
  await page.locator('.article-text').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Caret and selection');
  await screenshots(page, 'en', 'shortcuts');
  await page.keyboard.press('Escape');
  await filter.fill('zzzz-nothing');
  await expect(page.getByText('0 documents', { exact: true })).toBeVisible();
});
