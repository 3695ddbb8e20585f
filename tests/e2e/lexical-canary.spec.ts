/**
 * Canary: what the article view assumes of the DOM Lexical renders
 * (src-renderer/editor/README.md), in Chromium on the real app. A Lexical
 * upgrade that breaks one fails here by name; the headless half is
 * tests/unit/renderer/lexical-canary.test.ts.
 */
import { expect, test } from './harness/fixtures.ts';
import { dragSelect, loadSamples, storedText, tag } from './helpers.ts';
import { createLongDocument, endOf } from '../bench/browser/long-document.ts';
import { CHUNK, paragraphRanges } from '../../src-renderer/editor/segments.ts';

const broke = (assumption: string) =>
  `Lexical upgrade broke assumption "${assumption}": see src-renderer/editor/README.md`;

/** A word of five letters or more in the paragraph `n` (from 0) of `text`. */
function wordIn(text: string, n: number): { start: number; end: number } {
  const from = n === 0 ? 0 : text.split('\n\n').slice(0, n).join('\n\n').length + 2;
  const word = /(?<=\s)\p{L}{5,}(?=\s)/gu;
  word.lastIndex = from;
  const m = word.exec(text);
  if (!m) throw new Error(`no word in paragraph ${n}`);
  return { start: m.index, end: m.index + m[0].length };
}

test('Lexical renders the article as the offsets code reads it', async ({ app }) => {
  const { page } = app;
  await loadSamples(app);
  const article = page.locator('.article-text');
  await expect(article, broke('editable: false renders a root that is not editable')).toHaveAttribute(
    'contenteditable',
    'false',
  );
  const shape = await article.evaluate((root) => {
    const odd: string[] = [];
    let text = '';
    for (const chunk of root.children) {
      if (!chunk.matches('div.article-chunk')) odd.push(`root child ${chunk.outerHTML.slice(0, 60)}`);
      for (const p of chunk.children) {
        if (!p.matches('p.article-paragraph')) odd.push(`chunk child ${p.outerHTML.slice(0, 60)}`);
        for (const run of p.childNodes) {
          if (run instanceof HTMLBRElement) continue;
          const only = run.childNodes.length === 1 && run.firstChild?.nodeType === Node.TEXT_NODE;
          if (!(run instanceof HTMLSpanElement) || run.dataset.start === undefined || !only)
            odd.push(`paragraph child ${run.nodeName} ${run.textContent?.slice(0, 30)}`);
          text += run.textContent ?? '';
        }
      }
    }
    return { odd, text };
  });
  expect(
    shape.odd,
    broke(
      'root > ChunkNode div > ParagraphNode p (theme class) > SegmentNode span[data-start] with one text node, or <br>',
    ),
  ).toEqual([]);
  expect(shape.text, broke('a TextNode renders its text though getTextContent() says ""')).toBe(
    storedText(app).replace(/\n/g, ''),
  );
});

test('an update keeps the elements of the chunks, paragraphs and restyled runs it does not replace', async ({
  app,
}) => {
  const { page } = app;
  await loadSamples(app);
  const text = storedText(app);
  const article = page.locator('.article-text');
  const first = wordIn(text, 0);
  const second = wordIn(text, 2);

  await dragSelect(page, first.start, first.end);
  await tag(page, '1');
  const run = page.locator(`.article-text [data-start="${first.start}"]`);
  const id = (await run.getAttribute('data-ids'))?.split(' ')[0];
  expect(id).toBeTruthy();
  const chunks = await article.evaluateHandle((root) => [...root.children]);
  const runElement = await run.elementHandle();
  const paragraph = await run.evaluateHandle((el) => el.closest('p'));

  // An annotation in another paragraph: its runs are replaced, nothing else.
  await dragSelect(page, second.start, second.end);
  await tag(page, '2');
  expect(
    await article.evaluate((root, old) => old.every((c, i) => root.children[i] === c), chunks),
    broke('reconciling keeps the DOM element of every node whose key stays'),
  ).toBe(true);
  expect(
    await paragraph.evaluate((p) => p?.isConnected),
    broke('reconciling keeps the DOM element of every node whose key stays'),
  ).toBe(true);

  // Selecting the first annotation rings its run: restyled in place, so a drag over it would survive.
  await page.getByLabel('Annotations').locator(`[data-annotation-id="${id}"]`).click();
  await expect(run).toHaveCSS('box-shadow', /2px/);
  expect(
    await runElement?.evaluate(
      (el, selector) => el.isConnected && el.matches(selector),
      `[data-ids~="${id}"]`,
    ),
    broke('updateDOM() returning false keeps a TextNode’s element'),
  ).toBe(true);
});

test('a chunk drawn plain holds the paragraphs Lexical draws for it once detailed, and nothing else', async ({
  app,
}) => {
  const { page } = app;
  const doc = createLongDocument(app.backend.db, 200_000, 100);
  const ranges = paragraphRanges(doc.text);
  const far = [...doc.spans].sort((a, b) => a.start - b.start)[70];
  const chunk = Math.floor(ranges.findIndex((r) => r.end >= (far?.start ?? 0)) / CHUNK);
  await app.reload();
  await page.getByText('Een heel lang artikel').click();
  const article = page.locator('.article-text');
  await expect(article).toContainText(endOf(doc.text));
  // Each paragraph as its tag and attributes, then its runs with their attributes
  // and where each starts, runs between line breaks merged (highlights cut them),
  // highlights' own attributes and Lexical's markers (data-lexical-text) left out.
  const paragraphsOf = (c: number) =>
    article.evaluate(
      (root, c) =>
        [...(root.children[c]?.childNodes ?? [])].map((p) => {
          if (!(p instanceof Element)) return [`#${p.nodeName}`];
          const attributes = (e: Element, skip: RegExp) =>
            e
              .getAttributeNames()
              .filter((n) => !skip.test(n))
              .map((n) => (n === 'data-start' ? n : `${n}=${e.getAttribute(n)}`))
              .join(' ');
          const parts = [`${p.tagName} ${attributes(p, /^$/)}`];
          let merged = '';
          for (const node of p.childNodes) {
            if (node instanceof HTMLSpanElement) {
              const own = attributes(node, /^(data-(ids|sids|label|badge|lexical-text)|title|class|style)$/);
              if (!merged) merged = `${node.dataset.start} ${own}: `;
              merged += node.textContent;
            } else {
              if (merged) parts.push(merged);
              merged = '';
              parts.push(node.nodeName);
            }
          }
          if (merged) parts.push(merged);
          return parts;
        }),
      c,
    );
  const plain = await paragraphsOf(chunk);
  expect(plain).toHaveLength(CHUNK);
  await article.evaluate((root, c) => root.children[c]?.scrollIntoView(), chunk);
  await expect(article.locator(`:scope > :nth-child(${chunk + 1}) [data-ids]`).first()).toBeAttached();
  expect(
    await paragraphsOf(chunk),
    broke('a ParagraphNode of SegmentNodes and LineBreakNodes renders as PlainChunkNode draws it'),
  ).toEqual(plain);
  // Lexical's managed <br> of an empty element stays out of a plain chunk's element.
  expect(
    await article.evaluate((root) => [...root.children].filter((c) => c.querySelector(':scope > br')).length),
  ).toBe(0);
});
