/**
 * The document list in the browser on a large corpus: its first render, and
 * how long one keystroke in its filter takes until the new list is painted.
 */
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { listDocuments } from '../../../src-main/db/documents.ts';
import { indexState } from '../../../src-main/db/text-index.ts';
import { openApp, PAINT_WAIT, pressWatched, type AppPage, type Built, type Shown } from './app-page.ts';
import { median } from '../workloads.ts';

/** What one `documents.list` reply said, as the list must then show it. */
interface Answer {
  search: string;
  total: number;
  more: boolean;
  first: string;
}

declare global {
  interface Window {
    __listRequestedAt?: number;
    /** Every list request answered, in order. */
    __listAnswers?: Answer[];
    __annotatorInvoke(channel: string, json: string): Promise<string>;
  }
}

/** The filters typed once, in one state of the texts' index. */
export interface Typed {
  keystrokes: Shown[];
  /** Percent of the texts in the index when the typing began, and when it ended. */
  indexedFrom: number;
  indexedTo: number;
}

export interface ListFigures {
  /** The median over `starts` cold starts. */
  firstRenderMs: number;
  starts: number;
  /** Typed right after the starts, on a database just filled: most texts not indexed yet, the indexer running. */
  indexing: Typed;
  /** The same filters once the app's indexer has put every text in the index. */
  indexed: Typed;
}

/** How long the bench waits for the app to index every text before it gives up. */
const INDEX_WAIT_MS = 15 * 60_000;

/** Percent of the texts the app has indexed, read beside it (WAL: never in its way). */
function indexedPercent(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const { unindexed, total } = indexState(db);
    return total === 0 ? 100 : Math.floor(((total - unindexed) / total) * 100);
  } finally {
    db.close();
  }
}

/** Waits until the app running on `dbPath` has indexed every text (floored: below 100 while any is left). */
async function fullyIndexed(dbPath: string): Promise<void> {
  const until = performance.now() + INDEX_WAIT_MS;
  while (indexedPercent(dbPath) < 100) {
    if (performance.now() > until) throw new Error(`texts not all indexed within ${INDEX_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The first document with no filter, worked out before the app starts. What
 * a filter matches is taken from the app's own replies instead: it changes
 * while the app's text indexer fills the index (a text read directly is
 * capped; db/documents.ts), so no answer worked out beforehand holds.
 */
function firstDocument(dbPath: string): string {
  const db = openDatabase(dbPath);
  try {
    return listDocuments(db, { offset: 0, limit: 1 }).items[0]?.externalId ?? '';
  } finally {
    closeDatabase(db);
  }
}

/**
 * Waits until the list shows the last answer to `search` (of those after the
 * first `after`), timed from now; or,
 * for `'next key'`, puts a watch for it from the next keydown in place for
 * pressWatched. The answer's arrival is itself a change the watch looks at
 * (see startList), so a list the answer leaves as it was is found too.
 */
function showing(page: Page, search: string, from: 'now' | 'next key', after = 0): Promise<Shown | null> {
  return page.evaluate(
    ({ search, from, after }) => {
      const find = () => {
        const answer = window.__listAnswers?.slice(after).findLast((a) => a.search === search);
        if (!answer) return null;
        const count = document.querySelector('.doc-count')?.textContent ?? '';
        const first = document.querySelector('.doc-row .doc-id');
        const shows =
          count.includes(`${answer.total.toLocaleString('en-US')} document`) &&
          (first?.textContent ?? '') === answer.first;
        return shows ? (first ?? document.body) : null;
      };
      if (from === 'now') return window.__shownAfter(performance.now(), find);
      window.__watchNextKey(find);
      return null;
    },
    { search, from, after },
  );
}

/** Two answers that leave the list as it was. */
const sameList = (a: Answer | undefined, b: Answer | undefined): boolean =>
  a !== undefined && b !== undefined && a.total === b.total && a.more === b.more && a.first === b.first;

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
  first: string,
  renders: number[],
): Promise<AppPage> {
  const app = await openApp(browser, built, dbPath, () => {
    const original = window.__annotatorInvoke.bind(window);
    window.__listAnswers = [];
    // Outside the app's root and never shown: a change here only wakes the bench's watches.
    const pulse = document.createElement('template');
    window.__annotatorInvoke = async (channel, payload) => {
      if (!channel.endsWith('documents.list')) return original(channel, payload);
      window.__listRequestedAt ??= performance.now();
      const reply = await original(channel, payload);
      const parsed = JSON.parse(reply) as {
        ok: boolean;
        value?: { total: number; more: boolean; items: { externalId: string }[] };
      };
      if (parsed.ok && parsed.value) {
        window.__listAnswers?.push({
          search: (JSON.parse(payload) as { search?: string }).search ?? '',
          total: parsed.value.total,
          more: parsed.value.more,
          first: parsed.value.items[0]?.externalId ?? '',
        });
        if (!pulse.isConnected) document.body.append(pulse);
        pulse.dataset.answers = String(window.__listAnswers?.length ?? 0);
      }
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
                      return first === want;
                    }),
                  );
            wait();
          }),
        first,
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
  const first = firstDocument(dbPath);
  // The first render is one cold start each time, and on this machine one
  // sample swings by a factor of two: the app is started this many times, the
  // median is reported, and the last start goes on to the keystrokes.
  const renders: number[] = [];
  let app = await startList(browser, built, dbPath, first, renders);
  for (let i = 1; i < FIRST_RENDERS; i++) {
    await app.close();
    app = await startList(browser, built, dbPath, first, renders);
  }
  try {
    const firstRender = median(renders);
    // Keystrokes are timed in a window that has been open a moment: a filter
    // typed while the filter index is still filling (its first ~0.4 s at
    // 100,000 documents) waits for the rest of it, once.
    await app.warmed;
    const indexing = await typeFilters(app.page, dbPath, filters);
    await fullyIndexed(dbPath);
    const indexed = await typeFilters(app.page, dbPath, filters);
    return { firstRenderMs: firstRender, starts: renders.length, indexing, indexed };
  } finally {
    await app.close();
  }
}

/** Types each of `filters` into the list's filter, from an empty one, timing the keystrokes that change the list. */
async function typeFilters(page: Page, dbPath: string, filters: readonly string[]): Promise<Typed> {
  const indexedFrom = indexedPercent(dbPath);
  const box = page.getByRole('searchbox', { name: 'Filter documents' });
  const answers = () => page.evaluate(() => window.__listAnswers ?? []);
  const answer = (search: string, after: number) =>
    page.waitForFunction(
      ({ search, after }) => window.__listAnswers?.slice(after).some((a) => a.search === search),
      { search, after },
    );
  const samples: Shown[] = [];
  for (const filter of filters) {
    if ((await box.inputValue()) !== '') {
      const before = (await answers()).length;
      await box.fill('');
      await answer('', before);
    }
    await showing(page, '', 'now');
    await box.focus();
    for (let i = 1; i <= filter.length; i++) {
      const search = filter.slice(0, i);
      const before = await answers();
      await showing(page, search, 'next key', before.length);
      const shown = await pressWatched(page, filter[i - 1] ?? '');
      const after = await answers();
      const previous = before.findLast((a) => a.search === filter.slice(0, i - 1));
      const now = after.slice(before.length).findLast((a) => a.search === search);
      // A keystroke that leaves the list as it was ("i" matches every title) shows nothing to time.
      if (!sameList(previous, now)) samples.push(shown);
    }
  }
  return { keystrokes: samples, indexedFrom, indexedTo: indexedPercent(dbPath) };
}
