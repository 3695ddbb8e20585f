/**
 * Opening the long document, in the app and as plain DOM doing the same
 * work: each until the article's last characters are painted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CHUNK, paragraphHeightEstimate } from '../../../src-renderer/editor/segments.ts';
import { DETAILED_AT_FIRST } from '../../../src-renderer/editor/sync-plan.ts';

/**
 * Click in the list → the article's last characters painted, from the click
 * (`fetched`) and from the moment the app's `documents.get` reply is in hand
 * (`inMemory`, read by the wrapper watchFetches() puts on the bridge).
 */
export async function openDocument(
  page: Page,
  title: string,
  sentinel: string,
): Promise<Record<Fetch, number>> {
  return page.evaluate(
    async ({ title, sentinel }) => {
      const row = [...document.querySelectorAll<HTMLElement>('.doc-row')].find(
        (r) => r.querySelector('.doc-title')?.textContent === title,
      );
      if (!row) throw new Error(`no row titled ${title}`);
      const t0 = performance.now();
      window.__fetchedAt = undefined;
      row.click();
      // Painted: the article's last characters are on screen.
      const painted = await window.__paintedAfter(t0, () => {
        const article = document.querySelector('.article-text');
        return !!article?.lastElementChild?.textContent?.endsWith(sentinel);
      });
      const fetchedAt = window.__fetchedAt;
      if (fetchedAt === undefined) throw new Error('the document was opened without documents.get');
      return { fetched: painted, inMemory: painted - (fetchedAt - t0) };
    },
    { title, sentinel },
  );
}

declare global {
  interface Window {
    __fetchedAt?: number;
  }
}

/** Notes in `__fetchedAt` when each `documents.get` reply reaches the page, before the app sees it. */
export function watchFetches(page: Page): Promise<void> {
  return page.evaluate(() => {
    const documents = window.annotator.documents;
    const get = documents.get;
    documents.get = (request) =>
      get(request).then((reply) => {
        window.__fetchedAt = performance.now();
        return reply;
      });
  });
}

/** The app's own stylesheet for the article: the baseline lays out the same font, line height and column. */
const ARTICLE_CSS = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'src-renderer', 'editor', 'article.css'),
  'utf8',
);

/** Whether a baseline or app opening includes fetching the document from the backend. */
export type Fetch = 'fetched' | 'inMemory';

/**
 * The same text and spans as plain DOM, chunked as the app chunks them: the
 * app's own article.css, a <div class="article-chunk"> of CHUNK <p>s each with
 * the app's height estimate, <mark>s for the runs spans cover in the first
 * DETAILED_AT_FIRST paragraphs (the app draws the rest plain until they near
 * the view), plain text after. `fetched`: the timing starts before the same
 * `documents.get` call the app makes, over the same bridge; `inMemory`: the
 * reply is already in hand.
 */
export async function baselineRender(page: Page, id: number, fetch: Fetch, width: number): Promise<number> {
  return page.evaluate(
    async ({ id, fetch, width, css, chunk, detailed, estimateSource }) => {
      const get = () =>
        window.annotator.documents.get({ id }).then((reply) => {
          if (!reply.ok) throw new Error(reply.error.message);
          return reply.value;
        });
      const estimate = new Function(`return ${estimateSource}`)() as (length: number) => number;
      document.head.innerHTML = `<style>${css}</style>`;
      document.body.innerHTML = '';
      // As wide as the app's article column, whose panels leave it narrower than its max-width.
      document.body.style.cssText = `margin: 0; width: ${width}px`;
      const ready = fetch === 'inMemory' ? await get() : null;
      const t0 = performance.now();
      const opened = ready ?? (await get());
      const text = opened.document.text;
      const spans = [...opened.annotations].sort((a, b) => a.start - b.start);
      const root = document.createElement('div');
      root.className = 'article-text';
      let group = document.createElement('div');
      let groupLength = 0;
      let groupHeight = 0;
      let paragraphs = 0;
      let open: { start: number; end: number }[] = [];
      let next = 0;
      const close = () => {
        group.className = 'article-chunk';
        group.style.setProperty('--estimate', `${groupHeight}px`);
        root.append(group);
        group = document.createElement('div');
        groupLength = 0;
        groupHeight = 0;
      };
      for (let start = 0; start <= text.length;) {
        const sep = text.indexOf('\n\n', start);
        const end = sep === -1 ? text.length : sep;
        const p = document.createElement('p');
        p.className = 'article-paragraph';
        if (paragraphs < detailed) {
          const cuts = new Set<number>([start, end]);
          for (const s of open) if (s.end < end) cuts.add(s.end);
          for (let i = next; i < spans.length && (spans[i]?.start ?? end) < end; i++) {
            const s = spans[i];
            if (s && s.end > start) cuts.add(Math.max(start, s.start)).add(Math.min(end, s.end));
          }
          const points = [...cuts].sort((x, y) => x - y);
          for (let i = 0; i + 1 < points.length; i++) {
            const a = points[i] ?? 0;
            const b = points[i + 1] ?? 0;
            while (next < spans.length && (spans[next]?.start ?? 0) <= a)
              open.push(spans[next++] ?? { start: 0, end: 0 });
            open = open.filter((s) => s.end > a);
            const run = text.slice(a, b);
            if (open.length) {
              const mark = document.createElement('mark');
              mark.textContent = run;
              mark.title = String(open.length);
              p.append(mark);
            } else p.append(run);
          }
        } else p.textContent = text.slice(start, end);
        group.append(p);
        groupLength++;
        groupHeight += estimate(end - start);
        paragraphs++;
        if (groupLength === chunk) close();
        if (sep === -1) break;
        start = sep + 2;
      }
      if (groupLength) close();
      document.body.append(root);
      const last = root.lastElementChild;
      return window.__paintedAfter(t0, () => !!last?.isConnected);
    },
    {
      id,
      fetch,
      width,
      css: ARTICLE_CSS,
      chunk: CHUNK,
      detailed: DETAILED_AT_FIRST,
      estimateSource: paragraphHeightEstimate.toString(),
    },
  );
}
