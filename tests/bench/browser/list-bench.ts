/**
 * The document list in the browser on a large corpus: its first render, and
 * how long one keystroke in its filter takes until the new list is painted.
 */
import type { Browser, Page } from '@playwright/test';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { listDocuments } from '../../../src-main/db/documents.ts';
import { NEXT_KEYDOWN, openApp, PAINT_WAIT, type Built } from './app-page.ts';
import type { Shown } from './editor-bench.ts';

declare global {
  interface Window {
    __listRequestedAt?: number;
    __annotatorInvoke(channel: string, json: string): Promise<string>;
  }
}

export interface ListFigures {
  firstRenderMs: number;
  keystrokes: Shown[];
}

/** What the list must show after a filter: its count and its first document. */
function expectation(dbPath: string, search: string): { count: string; first: string } {
  const db = openDatabase(dbPath);
  try {
    const { total, items } = listDocuments(db, { search, offset: 0, limit: 1 });
    return { count: `${total.toLocaleString('nl-NL')} documents`, first: items[0]?.externalId ?? '' };
  } finally {
    closeDatabase(db);
  }
}

/** Times from the last keydown (or from now) until the list shows `want`. */
function showing(page: Page, want: { count: string; first: string }, fromKeydown: boolean): Promise<Shown> {
  return page.evaluate(
    ({ want, fromKeydown }) => {
      const find = () => {
        const count = document.querySelector('.doc-count')?.textContent;
        const first = document.querySelector('.doc-row .doc-id');
        return count === want.count && first?.textContent === want.first ? first : null;
      };
      return fromKeydown ? window.__shownAfterKeydown(find) : window.__shownAfter(performance.now(), find);
    },
    { want, fromKeydown },
  );
}

export async function runListBench(
  browser: Browser,
  built: Built,
  dbPath: string,
  filters: readonly string[],
): Promise<ListFigures> {
  // The list's first request is the start of its first render; app start-up before it is not the list's.
  const app = await openApp(browser, built, dbPath, () => {
    const original = window.__annotatorInvoke.bind(window);
    window.__annotatorInvoke = (channel, payload) => {
      if (channel.endsWith('documents.list')) window.__listRequestedAt ??= performance.now();
      return original(channel, payload);
    };
  });
  try {
    const { page } = app;
    const all = expectation(dbPath, '');
    await page.goto(app.url);
    await page.evaluate(PAINT_WAIT);
    const firstRender = await page.evaluate(
      (want) =>
        new Promise<number>((resolve) => {
          const wait = () =>
            window.__listRequestedAt === undefined
              ? setTimeout(wait, 0)
              : resolve(
                  window.__paintedAfter(window.__listRequestedAt, () => {
                    const first = document.querySelector('.doc-row .doc-id')?.textContent ?? '';
                    return first === want.first;
                  }),
                );
          wait();
        }),
      all,
    );

    const box = page.getByRole('searchbox', { name: 'Filter documents' });
    const samples: Shown[] = [];
    for (const filter of filters) {
      await box.fill('');
      await showing(page, all, false);
      await box.focus();
      for (let i = 1; i <= filter.length; i++) {
        const want = expectation(dbPath, filter.slice(0, i));
        await page.evaluate(NEXT_KEYDOWN);
        const shown = showing(page, want, true);
        await page.keyboard.press(filter[i - 1] ?? '');
        samples.push(await shown);
      }
    }
    return { firstRenderMs: firstRender, keystrokes: samples };
  } finally {
    await app.close();
  }
}
