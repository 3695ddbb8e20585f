/**
 * The long document in the browser: how long opening it takes until it is
 * painted, against plain DOM with <mark> elements for the same text and spans,
 * how long a label hotkey takes until its highlight is painted, and the
 * same for a second long document with event frames (and its role keys).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { openDatabase, closeDatabase } from '../../../src-main/db/connection.ts';
import { installBridge } from '../../e2e/harness/connect.ts';
import { median } from '../workloads.ts';
import { openApp, PAINT_WAIT, pressWatched, type Built, type Shown } from './app-page.ts';
import { createLongDocument, createShortDocument, endOf, type LongDocument } from './long-document.ts';
import { linkByKeys, type Linked } from './frame-bench.ts';
import { baselineRender, openDocument, watchFetches, type Fetch } from './open-document.ts';
import { bringIntoView, select, targets } from './article-select.ts';

/**
 * When the key comes after what it acts on was painted. `paused`: after a
 * person's pause, as an annotator who sees the selection and then presses a
 * label key. `atFrame`: straight after the frame that showed it, which no
 * person manages; it is the worst moment for the browser, whose frames are
 * still ticking then: the change waits for the next one, up to 16.7 ms,
 * however soon it is laid out. After ~17 ms without a change the browser stops
 * ticking and draws the next change at once.
 */
export type KeyTiming = 'paused' | 'atFrame';

/**
 * A person's pause between seeing the selection and pressing the key: ~200 ms
 * is about the quickest anyone answers something seen, and a label key is a
 * choice among three, which takes longer.
 */
export const PAUSE_MS: Readonly<Record<KeyTiming, number>> = { paused: 200, atFrame: 0 };

const TIMINGS = Object.keys(PAUSE_MS) as KeyTiming[];

/**
 * One timed keypress per item, the items taking turns at each key timing so
 * both see the same stretch of the run.
 */
async function inTurns<T>(
  items: readonly T[],
  press: (item: T, timing: KeyTiming) => Promise<Shown>,
): Promise<Record<KeyTiming, Shown[]>> {
  const samples: Record<KeyTiming, Shown[]> = { paused: [], atFrame: [] };
  for (const [i, item] of items.entries()) {
    const timing = TIMINGS[i % TIMINGS.length] ?? 'paused';
    samples[timing].push(await press(item, timing));
  }
  return samples;
}

export interface EditorFigures {
  /** Medians of the openings, with the fetch of the document and without. */
  openMs: Record<Fetch, number>;
  baselineMs: Record<Fetch, number>;
  /** The same for the document with event frames (relations and attributes). */
  framedOpenMs: Record<Fetch, number>;
  framedBaselineMs: Record<Fetch, number>;
  /** Role keys and Enter in the document with event frames. */
  linked: Linked;
  relations: number;
  annotate: Record<KeyTiming, Shown[]>;
  edits: Record<Edit, Shown[]>;
  /** The same keypress → painted measure for one style change on an empty page: this browser's floor. */
  floor: Record<KeyTiming, Shown[]>;
  chars: number;
  spans: number;
}

/** Lets what was just changed be painted, then waits as `timing` says before the key is pressed. */
export function seenThenWait(page: Page, timing: KeyTiming): Promise<unknown> {
  return page.evaluate(
    (pause) =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => (pause ? setTimeout(done, pause) : done(0)))),
      ),
    PAUSE_MS[timing],
  );
}

/** Edits of the annotation just made, each timed as its keypress: a new label, its end a word on, that undone. */
export const EDITS = { relabel: '2', resize: 'Alt+ArrowRight', undo: 'Control+z' } as const;
export type Edit = keyof typeof EDITS;

/**
 * Keydown of `key` → the paragraph holding offset `start` drawn differently
 * (its runs' offsets, annotation ids, classes or titles): the annotation
 * selected there relabelled, resized or put back. Nothing else changes that
 * paragraph meanwhile. Waits until the change is saved, as annotate() does.
 */
async function editWatched(page: Page, start: number, key: string): Promise<Shown> {
  await seenThenWait(page, 'paused');
  await page.evaluate(
    ({ start }) => {
      const article = document.querySelector('.article-text');
      const find = () =>
        article?.querySelector(`[data-start="${start}"]`)?.closest<HTMLElement>('.article-paragraph');
      let paragraph = find();
      // Only the paragraph is read on each change, as annotate() does: the whole article would cost ~0.5 ms.
      const scope = () => (paragraph?.isConnected ? paragraph : (paragraph = find()));
      const look = () =>
        [...(scope()?.querySelectorAll<HTMLElement>('[data-start]') ?? [])]
          .map((r) => `${r.dataset.start} ${r.dataset.ids ?? ''} ${r.className} ${r.title}`)
          .join('|');
      const before = look();
      window.__watchNextKey(() => (look() !== before ? scope() : null), article);
    },
    { start },
  );
  const shown = await pressWatched(page, key);
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  return shown;
}

export interface Annotated {
  annotate: Record<KeyTiming, Shown[]>;
  /** After each annotate keypress that came after a pause, each edit of its annotation, after the same pause. */
  edits: Record<Edit, Shown[]>;
}

/**
 * Keydown of the label hotkey → the highlight of the new annotation laid out
 * and painted, `count` targets at each key timing; after each paused one, the
 * EDITS of the annotation it made.
 */
async function annotate(page: Page, doc: LongDocument, count: number): Promise<Annotated> {
  const edits: Record<Edit, Shown[]> = { relabel: [], resize: [], undo: [] };
  const annotated = await inTurns(targets(doc, count * TIMINGS.length), async (spot, timing) => {
    await bringIntoView(page, spot.start);
    await select(page, spot.start, spot.end);
    const before = await page.evaluate(
      ({ start }) => {
        const ids = new Set<string>();
        for (const run of document.querySelectorAll<HTMLElement>(`.article-text [data-start="${start}"]`))
          for (const id of (run.dataset.ids ?? '').split(' ').filter(Boolean)) ids.add(id);
        return [...ids];
      },
      { start: spot.start },
    );
    // A user sees the selection before pressing the key: it is painted first.
    await seenThenWait(page, timing);
    await page.evaluate(
      ({ start, before }) => {
        // Looked for in the paragraph the selection is in (its element stays, its runs are
        // replaced): a search of the whole article would add ~0.5 ms of the bench's own to every sample.
        const article = document.querySelector('.article-text');
        const paragraph = window.getSelection()?.anchorNode?.parentElement?.closest('.article-paragraph');
        const scope = () => (paragraph?.isConnected ? paragraph : article);
        // Watching only the article: the panel and status line change too, and are not what is timed.
        window.__watchNextKey(
          () =>
            [...(scope()?.querySelectorAll<HTMLElement>(`[data-start="${start}"]`) ?? [])].find((run) =>
              (run.dataset.ids ?? '').split(' ').some((id) => id && !before.includes(id)),
            ),
          article,
        );
      },
      { start: spot.start, before },
    );
    const shown = await pressWatched(page, '1');
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    // The new annotation is the selected one: each edit acts on it.
    if (timing === 'paused')
      for (const edit of Object.keys(EDITS) as Edit[])
        edits[edit].push(await editWatched(page, spot.start, EDITS[edit]));
    return shown;
  });
  return { annotate: annotated, edits };
}

/**
 * Keydown → one style change painted on an empty page: what no app can beat
 * in this browser. Before each key another element changes and is painted,
 * as the selection is before a label key, and the key waits as in annotate().
 */
export async function frameFloor(page: Page, count: number): Promise<Record<KeyTiming, Shown[]>> {
  await page.setContent(
    '<!doctype html><html><body><p id="seen">Gezien</p><p id="floor">Een woord</p></body></html>',
  );
  await page.evaluate(PAINT_WAIT);
  await page.evaluate(() =>
    window.addEventListener('keydown', () => {
      const p = document.getElementById('floor');
      if (!p) return;
      p.dataset.n = String(Number(p.dataset.n ?? 0) + 1);
      p.style.backgroundColor = p.style.backgroundColor ? '' : 'rgb(242, 169, 59)';
    }),
  );
  // The page's listener numbers the keys from 1.
  const keys = Array.from({ length: count * TIMINGS.length }, (_, i) => i + 1);
  return inTurns(keys, async (n, timing) => {
    await page.evaluate(() => {
      const seen = document.getElementById('seen');
      if (seen) seen.style.color = seen.style.color ? '' : 'rgb(30, 90, 200)';
    });
    await seenThenWait(page, timing);
    await page.evaluate(
      (n) => window.__watchNextKey(() => document.querySelector(`#floor[data-n="${n}"]`)),
      n,
    );
    return pressWatched(page, '1');
  });
}

export async function runEditorBench(
  browser: Browser,
  built: Built,
  dbPath: string,
  /** `samples` keypresses at each key timing; `relations` in the second long document, with attributes. */
  size: { chars: number; spans: number; relations: number; opens: number; samples: number },
): Promise<EditorFigures> {
  const setup = openDatabase(dbPath);
  const doc = createLongDocument(setup, size.chars, size.spans);
  const framed = createLongDocument(setup, size.chars, size.spans, size.relations);
  const short = createShortDocument(setup);
  closeDatabase(setup);

  const app = await openApp(browser, built, dbPath);
  try {
    const { page } = app;
    await page.goto(app.url);
    await page.evaluate(PAINT_WAIT);
    await page.locator('.doc-row .doc-title').first().waitFor();
    await watchFetches(page);
    const opens: Record<Fetch, number>[] = [];
    const framedOpens: Record<Fetch, number>[] = [];
    // In turns, each from the short document, so both see the same stretch of the run.
    for (let i = 0; i < size.opens; i++) {
      await openDocument(page, 'Een kort artikel', endOf(short));
      framedOpens.push(await openDocument(page, framed.title, endOf(framed.text)));
      await openDocument(page, 'Een kort artikel', endOf(short));
      // Last, so the annotate keys below find it open.
      opens.push(await openDocument(page, doc.title, endOf(doc.text)));
    }
    const width = await page.evaluate(
      () => document.querySelector('.article-text')?.getBoundingClientRect().width ?? 0,
    );
    const annotated = await annotate(page, doc, size.samples);
    if (size.samples > 0) await openDocument(page, framed.title, endOf(framed.text));
    const linked = await linkByKeys(page, framed, size.samples, () => seenThenWait(page, 'paused'));

    // A page of the app's own server, so its bridge reaches the same backend the
    // app's does: Chromium blocks a page that Playwright made up (route.fulfill)
    // from connecting to 127.0.0.1. The stylesheet, shown as text, and then emptied.
    const blank = await page.context().newPage();
    await installBridge(blank);
    const css = readdirSync(join(built.renderer, 'assets')).find((f) => f.endsWith('.css'));
    if (!css) throw new Error(`no stylesheet in ${built.renderer}/assets`);
    await blank.goto(new URL(`assets/${css}`, app.url).href);
    await blank.evaluate(() => (document.documentElement.innerHTML = '<head></head><body></body>'));
    await blank.evaluate(PAINT_WAIT);
    const baselines: Record<Fetch, number>[] = [];
    const framedBaselines: Record<Fetch, number>[] = [];
    for (let i = 0; i < size.opens; i++) {
      for (const [into, id] of [
        [baselines, doc.id],
        [framedBaselines, framed.id],
      ] as const)
        into.push({
          fetched: await baselineRender(blank, id, 'fetched', width),
          inMemory: await baselineRender(blank, id, 'inMemory', width),
        });
    }
    const floor = await frameFloor(blank, size.samples);
    await blank.close();
    const medians = (xs: readonly Record<Fetch, number>[]): Record<Fetch, number> => ({
      fetched: median(xs.map((o) => o.fetched)),
      inMemory: median(xs.map((o) => o.inMemory)),
    });
    return {
      openMs: medians(opens),
      baselineMs: medians(baselines),
      framedOpenMs: medians(framedOpens),
      framedBaselineMs: medians(framedBaselines),
      linked,
      relations: framed.relations.length,
      annotate: annotated.annotate,
      edits: annotated.edits,
      floor,
      chars: doc.text.length,
      spans: doc.spans.length,
    };
  } finally {
    await app.close();
  }
}
