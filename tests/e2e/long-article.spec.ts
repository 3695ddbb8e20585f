import { expect, test } from './harness/fixtures.ts';
import { dragSelect, storedSpans } from './helpers.ts';
import { createLongDocument, createShortDocument } from '../bench/browser/long-document.ts';

// Long enough for many chunks of paragraphs laid out only near the view, and
// for an annotation panel that draws only the rows in view.
const CHARS = 200_000;
const SPANS = 2_000;

test('a long article opens whole, and its far end is reached, shown and annotated exactly', async ({
  app,
}) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, CHARS, SPANS);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText(`Annotations (${SPANS})`);
  // Every character is in the article, though most of it is not laid out yet.
  expect(await page.locator('.article-text').evaluate((el) => el.textContent?.length)).toBe(
    doc.text.replace(/\n/g, '').length,
  );
  expect(await page.getByLabel('Annotations').getByRole('button').count()).toBeLessThan(100);

  // Shift+Tab from nothing selected: the last annotation, scrolled into view in the article and the panel.
  await page.locator('.article-text').focus();
  await page.keyboard.press('Shift+Tab');
  const last = [...doc.spans].sort((a, b) => a.start - b.start || a.end - b.end).at(-1);
  const selectedRow = page.getByLabel('Annotations').locator('[aria-current="true"]');
  await expect(selectedRow).toBeInViewport();
  await expect(selectedRow).toContainText(doc.text.slice(last?.start ?? 0, last?.end ?? 0).slice(0, 20));
  const id = await selectedRow.getAttribute('data-annotation-id');
  await expect(page.locator(`.article-text [data-ids~="${id}"]`).first()).toBeInViewport();

  // A word right there, far down the article, tagged by mouse: stored at its exact offsets.
  const near = /(?<=\s)\p{L}{5,}(?=\s)/gu;
  near.lastIndex = Math.max(0, (last?.start ?? 0) - 400);
  const word = near.exec(doc.text);
  if (!word) throw new Error('no word near the last annotation');
  await dragSelect(page, word.index, word.index + word[0].length);
  await page.keyboard.press('2');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
  await expect
    .poll(() => storedSpans(app, doc.id).some((s) => s.start === word.index && s.label === 'NUMBER'))
    .toBe(true);
  expect(storedSpans(app, doc.id).find((s) => s.start === word.index && s.label === 'NUMBER')?.text).toBe(
    word[0],
  );
});

test('far down, the highlights are all there once the article is scrolled to them', async ({ app }) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, CHARS, SPANS);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText(`Annotations (${SPANS})`);
  const scroller = page.locator('.article-scroll');
  for (const at of [0.5, 0.9]) {
    await scroller.evaluate((el, at) => (el.scrollTop = el.scrollHeight * at), at);
    // Every run in view carries exactly the annotations the database has over it.
    await expect
      .poll(async () => {
        const runs = await page.locator('.article-text [data-start]').evaluateAll((els) => {
          const view = document.querySelector('.article-scroll')?.getBoundingClientRect();
          return els
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return view && box.bottom > view.top && box.top < view.bottom;
            })
            .map((el) => ({
              start: Number((el as HTMLElement).dataset.start),
              length: el.textContent?.length ?? 0,
              ids: ((el as HTMLElement).dataset.ids ?? '').split(' ').filter(Boolean).length,
            }));
        });
        const wrong = runs.filter(
          (r) => r.ids !== doc.spans.filter((s) => s.start <= r.start && s.end >= r.start + r.length).length,
        );
        return { inView: runs.length > 20, highlighted: runs.some((r) => r.ids > 0), wrong: wrong.length };
      })
      .toEqual({ inView: true, highlighted: true, wrong: 0 });
  }
});

test('a long article is drawn as soon as its reply is in, before the page runs another task', async ({
  app,
}) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, CHARS, SPANS);
  await app.reload();
  // A task queued the moment the reply reaches the page finds the article drawn, to its last characters.
  await page.evaluate(() => {
    const documents = window.annotator.documents;
    const get = documents.get;
    documents.get = (request) =>
      get(request).then((reply) => {
        setTimeout(() => {
          const text = document.querySelector('.article-text')?.textContent ?? '';
          document.body.dataset.drawnByNextTask = String(text.length);
        }, 0);
        return reply;
      });
  });
  await page.getByText('Een heel lang artikel').click();
  await expect(page.locator('body')).toHaveAttribute(
    'data-drawn-by-next-task',
    String(doc.text.replace(/\n/g, '').length),
  );
});

test('a long article opened again shows its text first, with no suggestion outlines, then its suggestions', async ({
  app,
}) => {
  // The long article opened twice, with its suggestions: more than the default on a busy machine.
  test.setTimeout(60_000);
  const { page } = app;
  const doc = createLongDocument(app.backend.db, CHARS, SPANS);
  createShortDocument(app.backend.db);
  await app.reload();
  const heading = page.getByRole('heading', { name: /^Suggestions \(/ });
  // Opened once, the rules store its suggestions; then another article is opened.
  await page.getByText('Een heel lang artikel').click();
  // The rules over 200,000 characters: seconds on a busy machine.
  await expect(heading).toHaveText(/^Suggestions \([1-9][\d,]{2,}\)$/, { timeout: 20_000 });
  const outlined = page.locator('.article-text [data-sids]');
  await page.getByText('Een kort artikel').click();
  await expect(page.locator('.article-text')).not.toContainText(doc.text.slice(0, 20));

  // The outlines in the article at the moment its text first shows.
  await page.evaluate(
    (head) => {
      const article = document.querySelector('.article-text');
      if (!article) throw new Error('no article');
      const observer = new MutationObserver(() => {
        if (!article.firstElementChild?.textContent?.startsWith(head)) return;
        observer.disconnect();
        document.body.dataset.outlinedAtFirst = String(article.querySelectorAll('[data-sids]').length);
      });
      observer.observe(article, { childList: true, subtree: true, characterData: true });
    },
    doc.text.slice(0, 20),
  );
  await page.getByText('Een heel lang artikel').click();
  await expect(page.locator('body')).toHaveAttribute('data-outlined-at-first', '0');
  // Its stored suggestions follow.
  await expect(heading).toHaveText(/^Suggestions \([1-9][\d,]{2,}\)$/);
  await expect(outlined.first()).toBeVisible();
});
