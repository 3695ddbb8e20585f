/**
 * The document list in the browser on a large corpus: its first render, and
 * how long one keystroke in its filter takes until the new list is painted.
 */
import type { Browser, Page } from '@playwright/test';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { listDocuments } from '../../../src-main/db/documents.ts';
import {
  openApp,
  PAINT_WAIT,
  pressKey,
  pressWatched,
  type AppPage,
  type Built,
  type Shown,
} from './app-page.ts';
import { median } from '../workloads.ts';

declare global {
  interface Window {
    __listRequestedAt?: number;
    /** The search of every list request answered, in order. */
    __listAnswered?: string[];
    __annotatorInvoke(channel: string, json: string): Promise<string>;
  }
}

export interface ListFigures {
  /** The median over `starts` cold starts. */
  firstRenderMs: number;
  starts: number;
  keystrokes: Shown[];
}

interface Want {
  count: string;
  first: string;
}

/**
 * What the list must show after each filter typed so far: its count and its
 * first document. Worked out before the app starts, on one connection: this
 * process also serves the app, and must not be busy while it is measured.
 */
function expectations(dbPath: string, searches: readonly string[]): Map<string, Want> {
  const db = openDatabase(dbPath);
  try {
    return new Map(
      searches.map((search) => {
        const { total, items } = listDocuments(db, { search, offset: 0, limit: 1 });
        return [
          search,
          {
            count: `${total.toLocaleString('nl-NL')} ${total === 1 ? 'document' : 'documents'}`,
            first: items[0]?.externalId ?? '',
          },
        ];
      }),
    );
  } finally {
    closeDatabase(db);
  }
}

/**
 * Waits until the list shows `want`, timed from now; or, for `'next key'`,
 * puts a watch for it from the next keydown in place for pressWatched.
 */
function showing(page: Page, want: Want, from: 'now' | 'next key'): Promise<Shown | null> {
  return page.evaluate(
    ({ want, from }) => {
      const find = () => {
        const count = document.querySelector('.doc-count')?.textContent;
        const first = document.querySelector('.doc-row .doc-id');
        return count === want.count && first?.textContent === want.first ? first : null;
      };
      if (from === 'now') return window.__shownAfter(performance.now(), find);
      window.__watchNextKey(find);
      return null;
    },
    { want, from },
  );
}

/** Cold starts of the app whose first list render is timed. */
const FIRST_RENDERS = 3;

/**
 * Starts the app on `dbPath` and adds to `renders` how long its list took
 * from its first request (app start-up before it is not the list's) until
 * its first row, `all.first`, was painted.
 */
async function startList(
  browser: Browser,
  built: Built,
  dbPath: string,
  all: Want,
  renders: number[],
): Promise<AppPage> {
  const app = await openApp(browser, built, dbPath, () => {
    const original = window.__annotatorInvoke.bind(window);
    window.__listAnswered = [];
    window.__annotatorInvoke = async (channel, payload) => {
      if (!channel.endsWith('documents.list')) return original(channel, payload);
      window.__listRequestedAt ??= performance.now();
      const reply = await original(channel, payload);
      window.__listAnswered?.push((JSON.parse(payload) as { search?: string }).search ?? '');
      return reply;
    };
  });
  try {
    const { page } = app;
    await page.goto(app.url);
    await page.evaluate(PAINT_WAIT);
    renders.push(
      await page.evaluate(
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
      ),
    );
    return app;
  } catch (e) {
    await app.close();
    throw e;
  }
}

export async function runListBench(
  browser: Browser,
  built: Built,
  dbPath: string,
  filters: readonly string[],
): Promise<ListFigures> {
  const typed = filters.flatMap((filter) => [...filter].map((_, i) => filter.slice(0, i + 1)));
  const wants = expectations(dbPath, ['', ...typed]);
  const want = (search: string): Want => wants.get(search) ?? { count: '', first: '' };
  const all = want('');
  // The first render is one cold start each time, and on this machine one
  // sample swings by a factor of two: the app is started this many times, the
  // median is reported, and the last start goes on to the keystrokes.
  const renders: number[] = [];
  let app = await startList(browser, built, dbPath, all, renders);
  for (let i = 1; i < FIRST_RENDERS; i++) {
    await app.close();
    app = await startList(browser, built, dbPath, all, renders);
  }
  try {
    const { page } = app;
    const firstRender = median(renders);

    // Keystrokes are timed in a window that has been open a moment: a filter
    // typed while the filter index is still filling (its first ~0.4 s at
    // 100,000 documents) waits for the rest of it, once.
    await app.warmed;
    const box = page.getByRole('searchbox', { name: 'Filter documents' });
    const answered = () => page.evaluate(() => window.__listAnswered?.length ?? 0);
    const answer = (search: string, after: number) =>
      page.waitForFunction(({ search, after }) => window.__listAnswered?.slice(after).includes(search), {
        search,
        after,
      });
    const samples: Shown[] = [];
    for (const filter of filters) {
      if ((await box.inputValue()) !== '') {
        const before = await answered();
        await box.fill('');
        await answer('', before);
      }
      await showing(page, all, 'now');
      await box.focus();
      for (let i = 1; i <= filter.length; i++) {
        const search = filter.slice(0, i);
        // A keystroke that leaves the list as it was ("i" matches every title) shows nothing to time.
        if (JSON.stringify(want(search)) === JSON.stringify(want(filter.slice(0, i - 1)))) {
          const before = await answered();
          await pressKey(page, filter[i - 1] ?? '');
          await answer(search, before);
          continue;
        }
        await showing(page, want(search), 'next key');
        samples.push(await pressWatched(page, filter[i - 1] ?? ''));
      }
    }
    return { firstRenderMs: firstRender, starts: renders.length, keystrokes: samples };
  } finally {
    await app.close();
  }
}
