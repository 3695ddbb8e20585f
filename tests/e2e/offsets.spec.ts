import type { Page } from '@playwright/test';
import { dispatch } from '../../src-main/ipc/dispatch.ts';
import { expect, test, type Annotator } from './harness/fixtures.ts';
import { dragSelect, loadSamples, openDocument, storedSpans, storedText } from './helpers.ts';

interface Span {
  id: number;
  start: number;
  end: number;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/**
 * Spans that stress the mapping: random (overlapping, nested) ones, some across
 * paragraph breaks and line breaks, some ending right at a newline.
 */
async function seedSpans(app: Annotator, documentId: number): Promise<void> {
  const text = storedText(app, documentId);
  const next = random(documentId * 7919);
  const ranges: [number, number][] = [];
  for (let i = 0; i < 25; i++) {
    const start = next(text.length - 1);
    ranges.push([start, Math.min(text.length, start + 1 + next(i % 5 === 0 ? 400 : 40))]);
  }
  const breaks = [...text.matchAll(/\n+/g)].map((m) => m.index);
  for (const at of breaks.slice(0, 4)) ranges.push([Math.max(0, at - 6), Math.min(text.length, at + 8)]);
  for (const at of breaks.slice(0, 2)) ranges.push([Math.max(0, at - 4), at]);
  for (const [i, [start, end]] of ranges.entries()) {
    const reply = await dispatch(app.backend.handlers, 'annotations.create', {
      documentId,
      labelId: (i % 3) + 1,
      start,
      end,
    });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
  }
}

/**
 * Reads the article back out of the DOM: the text as rendered (runs, `<br>`,
 * paragraphs joined by a blank line), every run checked against the text at
 * its `data-start`, and for each annotation the text its runs cover.
 */
function readArticle(page: Page, text: string) {
  return page.locator('.article-text').evaluate((root, stored) => {
    const problems: string[] = [];
    const covered = new Map<number, string[]>();
    const paragraphs: string[] = [];
    for (const p of root.querySelectorAll(':scope > .article-chunk > p')) {
      let out = '';
      for (const child of p.childNodes) {
        if (child instanceof HTMLBRElement) {
          // Lexical adds a filler <br> so a trailing line break shows; it stands for no character.
          if (Reflect.get(p, '__lexicalLineBreak') !== child) out += '\n';
          continue;
        }
        if (!(child instanceof HTMLElement) || child.dataset.start === undefined) {
          problems.push(`unexpected node ${child.nodeName}`);
          continue;
        }
        const start = Number(child.dataset.start);
        const run = child.textContent ?? '';
        if (stored.slice(start, start + run.length) !== run) problems.push(`run at ${start} is misplaced`);
        for (const id of (child.dataset.ids ?? '').split(' ').filter(Boolean)) {
          const list = covered.get(Number(id)) ?? [];
          list.push(`${start}:${run}`);
          covered.set(Number(id), list);
        }
        out += run;
      }
      paragraphs.push(out);
    }
    return { rendered: paragraphs.join('\n\n'), problems, covered: [...covered.entries()] };
  }, text);
}

/** For each span, the runs that carry its id must tile exactly its text, line breaks aside. */
function expectSpansDrawn(
  spans: readonly Span[],
  text: string,
  covered: readonly [number, string[]][],
): void {
  const byId = new Map(covered);
  for (const span of spans) {
    const runs = (byId.get(span.id) ?? []).map((r) => {
      const colon = r.indexOf(':');
      return { start: Number(r.slice(0, colon)), text: r.slice(colon + 1) };
    });
    const wanted = text.slice(span.start, span.end);
    if (wanted.replace(/\n/g, '') === '') continue;
    expect(runs[0]?.start, `span ${span.id} starts at ${span.start}`).toBe(
      span.start + (wanted.length - wanted.replace(/^\n+/, '').length),
    );
    expect(runs.map((r) => r.text).join(''), `span ${span.id} [${span.start}, ${span.end})`).toBe(
      wanted.replace(/\n/g, ''),
    );
  }
}

test('all five samples render every character and every span exactly where the database has them', async ({
  app,
}) => {
  test.setTimeout(60_000);
  const { page } = app;
  await loadSamples(app);
  const ids = [1, 2, 3, 4, 5];
  for (const id of ids) await seedSpans(app, id);

  const check = async () => {
    for (const [row, id] of ids.entries()) {
      const text = storedText(app, id);
      await openDocument(app, row, id);
      const spans = app.backend.db
        .prepare('SELECT id, start, "end" AS "end" FROM annotations WHERE document_id = ?')
        .all(id) as Span[];
      await expect(page.getByRole('heading', { name: /^Annotations/ })).toHaveText(
        `Annotations (${spans.length})`,
      );
      const article = await readArticle(page, text);
      expect(article.problems).toEqual([]);
      expect(article.rendered).toBe(text);
      expectSpansDrawn(spans, text, article.covered);
    }
  };
  await check();
  await app.reload();
  await check();
});

test('a mouse selection across paragraphs maps to the exact stored offsets in every sample', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  await page.getByLabel('Exact characters').check();
  for (const [row, id] of [1, 2, 3, 4, 5].entries()) {
    await openDocument(app, row, id);
    const text = storedText(app, id);
    // From inside the last word before the first paragraph break to inside the second word after it.
    const gap = text.indexOf('\n\n');
    const start = text.lastIndexOf(' ', gap - 1) + 2;
    const end = text.indexOf(' ', gap + 2) + 3;
    await dragSelect(page, start, end);
    await page.keyboard.press('2');
    await expect.poll(() => storedSpans(app, id).map((s) => [s.start, s.end])).toEqual([[start, end]]);
  }
});
