/**
 * axe-core on every main state of the app, light and dark: no serious or
 * critical violation of WCAG 2.1 A/AA or axe's best practices, and nothing
 * outside a landmark. Each test walks one app through its
 * states and checks them all, so a failure lists every violation at once;
 * the same walk leaves screenshots of the main window at three sizes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { clickAt, documentRows, loadSamples, SCREENSHOTS, storedText, tag } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];
/** Besides every serious and critical violation: content outside any landmark (a moderate one). */
const ALSO = new Set(['region']);
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

interface Finding {
  state: string;
  rule: string;
  impact: string;
  nodes: string[];
}

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

async function setTheme(page: Page, theme: Theme): Promise<void> {
  const html = page.locator('html');
  if ((await html.getAttribute('data-theme')) !== theme) await menu(page, 'toggle-theme');
  await expect(html).toHaveAttribute('data-theme', theme);
}

/** The serious and critical violations axe finds in the page as it is, in both themes. */
async function audit(page: Page, state: string): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const theme of THEMES) {
    await setTheme(page, theme);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of violations)
      if (v.impact === 'serious' || v.impact === 'critical' || ALSO.has(v.id))
        found.push({
          state: `${state} (${theme})`,
          rule: v.id,
          impact: v.impact ?? 'none',
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.slice(0, 300)),
        });
  }
  await setTheme(page, 'light');
  return found;
}

/** Screenshots of the window as it is, at the three sizes the issue names, light and dark, with `show` in view. */
async function screenshots(page: Page, name: string, show?: Locator): Promise<void> {
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1400, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await show?.scrollIntoViewIfNeeded();
    for (const theme of THEMES) {
      await setTheme(page, theme);
      await page.screenshot({
        path: `${SCREENSHOTS}/a11y-${name}-${size.width}x${size.height}-${theme}.png`,
      });
    }
  }
  await page.setViewportSize({ width: 1400, height: 900 });
  await setTheme(page, 'light');
}

/** Opens a dialog, audits it, and closes it with Escape. */
async function auditDialog(page: Page, name: string, open: () => Promise<unknown>): Promise<Finding[]> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  const found = await audit(page, `${name} dialog`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return found;
}

test("the annotator's day: welcome, article, chooser, dialogs and event frame", async ({ app }) => {
  // Twenty audits of the whole window, each a few seconds on a busy machine.
  test.setTimeout(300_000);
  const { page } = app;
  const found: Finding[] = [];
  await expect(page.getByRole('button', { name: 'Load the sample articles' })).toBeVisible();
  found.push(...(await audit(page, 'welcome')));

  await loadSamples(app);
  const text = storedText(app);
  const at = (s: string) => text.indexOf(s);
  const sentence = at('De VS hebben momenteel 2.500 militairen');
  // An ACTOR, an EVENT holding it and a NUMBER inside the EVENT.
  const tagWords = async (offset: number, words: number, key: string) => {
    await clickAt(page, offset);
    for (let i = 0; i < words; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await tag(page, key);
  };
  await tagWords(sentence, 2, '3');
  await tagWords(at('hebben momenteel'), 1, '1');
  await tagWords(at('2.500 militairen'), 1, '2');
  await page.keyboard.press('Escape');
  found.push(...(await audit(page, 'article')));
  const labelled = page.locator('.article-text [data-label]').first();
  await screenshots(page, 'article', labelled);

  // Linking the EVENT's agent fills its frame.
  await clickAt(page, at('hebben momenteel') + 1);
  const frame = page.getByRole('region', { name: 'Event frame' });
  await expect(frame.getByRole('heading')).toHaveText('EVENT hebben');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await expect(frame.locator('li[data-role="agent"] .filler')).toHaveText(['ACTOR De VS×']);
  found.push(...(await audit(page, 'event frame')));
  await screenshots(page, 'event-frame', labelled);

  // Two spans over "De": the chooser asks which.
  await page.keyboard.press('Escape');
  await tagWords(sentence, 5, '1');
  await page.keyboard.press('Escape');
  await clickAt(page, sentence);
  const chooser = page.getByRole('menu', { name: 'Annotations here' });
  await expect(chooser).toBeVisible();
  found.push(...(await audit(page, 'chooser')));
  await page.keyboard.press('Escape');

  found.push(
    ...(await auditDialog(page, 'Import', () => page.getByRole('button', { name: 'Import…' }).click())),
    ...(await auditDialog(page, 'Export', () => menu(page, 'export'))),
    ...(await auditDialog(page, 'Annotation scheme', () => menu(page, 'scheme'))),
    ...(await auditDialog(page, 'Keyboard shortcuts', () => menu(page, 'shortcuts'))),
    ...(await auditDialog(page, 'About', () => menu(page, 'about'))),
    ...(await auditDialog(page, 'Annotator name', () => menu(page, 'annotator-name'))),
  );
  expect(found).toEqual([]);
});

const span = (id: string, text: string, part: string, label: string, annotator: string) => ({
  id,
  start: text.indexOf(part),
  end: text.indexOf(part) + part.length,
  label,
  annotator,
});

/** Two annotators' layers of one article, imported, for the team screens. */
async function importTeam(app: Annotator): Promise<void> {
  const text = 'De VS hebben 2.500 militairen in Irak.';
  const file = join(app.dir, 'team.jsonl');
  const spans = [
    span('A1', text, 'De VS', 'ACTOR', 'anna'),
    span('E1', text, 'hebben', 'EVENT', 'anna'),
    span('A2', text, 'De VS', 'ACTOR', 'bob'),
    span('N2', text, '2.500 militairen', 'NUMBER', 'bob'),
  ];
  writeFileSync(file, `${JSON.stringify({ id: 'team', text, spans })}\n`);
  app.backend.dialogAnswers.files = [file];
  await app.page.getByRole('button', { name: 'Import…' }).click();
  await app.page.getByRole('button', { name: 'Choose files…' }).click();
  await app.page.getByRole('dialog', { name: 'Result' }).getByRole('button', { name: 'Close' }).click();
  await documentRows(app.page).filter({ hasText: 'De VS hebben' }).click();
  await expect(app.page.locator('.article-text')).toHaveText(text);
}

test('the team screens: agreement and curation', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const found: Finding[] = [];
  await loadSamples(app);
  await importTeam(app);

  await menu(page, 'agreement');
  await expect(page.getByRole('dialog', { name: 'Agreement' })).toBeVisible();
  found.push(...(await audit(page, 'agreement')));
  await screenshots(page, 'agreement');
  await page.keyboard.press('Escape');

  await page.locator('.article-text').focus();
  await page.keyboard.press('g');
  await expect(page.getByRole('listbox', { name: 'Curation items' })).toBeFocused();
  found.push(...(await audit(page, 'curation')));
  await screenshots(page, 'curation');
  expect(found).toEqual([]);
});
