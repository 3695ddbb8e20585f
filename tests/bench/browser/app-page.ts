/**
 * The app as the e2e suite runs it (tests/e2e/harness), for the benchmarks:
 * the built renderer in Debian's Chromium, `window.annotator` from the real
 * bridge, answered by the real handlers on a real SQLite file, on the app's
 * own database thread behind a stand-in for its main process, on a thread
 * apart from Playwright's (backend-thread.ts). Calls go as JSON over a local WebSocket
 * (harness/connect.ts): a little slower than Electron's IPC, so every figure
 * that includes a call is, if anything, pessimistic.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import buildBridge from '../../e2e/harness/global-setup.ts';
import { installBridge } from '../../e2e/harness/connect.ts';
import { startBackendThread } from './backend-thread.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface Built {
  renderer: string;
  /** The main-process bundle and its worker entries. */
  main: string;
  remove(): void;
}

/** An existing build (out/ as `npm test` made it), with the page-side bridge built beside; left in place. */
export async function existingBuild(outDir: string): Promise<Built> {
  await buildBridge();
  // Absolute: worker threads refuse a bare relative path such as `out/main/…`.
  const dir = resolve(outDir);
  return { renderer: join(dir, 'renderer'), main: join(dir, 'main'), remove: () => {} };
}

/** Builds the renderer and the page-side bridge into a folder of their own (never racing other builds over out/). */
export async function buildApp(): Promise<Built> {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, 'test-results', 'bench-build-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', outDir],
    { cwd: ROOT, stdio: 'pipe' },
  );
  await buildBridge();
  return {
    renderer: join(outDir, 'renderer'),
    main: join(outDir, 'main'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

export interface AppPage {
  page: Page;
  url: string;
  /** The backend's load-time warm-up (serveApp) is done. */
  warmed: Promise<void>;
  close(): Promise<void>;
}

/** Opens the app on the database at `dbPath`. `beforeLoad` runs as an init script, before the app's own code. */
export async function openApp(
  browser: Browser,
  built: Built,
  dbPath: string,
  beforeLoad?: () => void,
): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const backend = await startBackendThread(built.renderer, dbPath);
  await installBridge(page);
  if (beforeLoad) await page.addInitScript(beforeLoad);
  return {
    page,
    url: backend.url,
    warmed: backend.warmed,
    close: async () => {
      await context.close();
      await backend.close();
    },
  };
}

declare global {
  interface Window {
    __shownAfter(t0: number, find: () => Element | null | undefined, root?: Node | null): Promise<Shown>;
    __paintedAfter(t0: number, done: () => boolean, root?: Node | null): Promise<number>;
    __watchNextKey(find: () => Element | null | undefined, root?: Node | null): void;
    __watched?: Promise<Shown>;
  }
}

/** Times from a keypress: until the change is laid out, and until it is painted. */
export interface Shown {
  laidOut: number;
  painted: number;
}

/**
 * In the page: `__shownAfter(t0, find, root)` waits until `find()` returns
 * the element that shows the change, then resolves with two times from `t0`:
 * `laidOut`, once that element is in the DOM with its style and layout worked
 * out (forced right away: the app's work is done, the change goes into the
 * next frame), and `painted`, once that frame is painted (a
 * requestAnimationFrame callback runs just before a frame is painted, a task
 * posted from it runs after: as user-blocking, so it goes before the work the
 * app puts off until after the paint, such as saving or scrolling its panel).
 * Chromium paints at frame boundaries 16.7 ms apart, so `painted` also holds
 * the wait for the next one.
 * `__watchNextKey(find, root)` does the same from the time stamp of the next
 * keydown (when the browser received it) into `__watched`; its capture
 * listener runs before the app's own, so the watch is in place before the app
 * changes anything. `__paintedAfter(t0, done, root)` is the painted time for a condition.
 */
export const PAINT_WAIT = `
  window.__shownAfter = (t0, find, root) => new Promise((resolve, reject) => {
    // A change that never shows fails the bench with what it waited for, rather than hanging it.
    const timeout = setTimeout(() => {
      observer?.disconnect();
      reject(new Error('not shown within 60 s: ' + String(find)));
    }, 60000);
    let observer;
    const finish = (element) => {
      clearTimeout(timeout);
      element.getBoundingClientRect();
      const laidOut = performance.now() - t0;
      requestAnimationFrame(() =>
        scheduler
          .postTask(() => resolve({ laidOut, painted: performance.now() - t0 }), { priority: 'user-blocking' })
      );
    };
    const found = find();
    if (found) return finish(found);
    observer = new MutationObserver(() => {
      const element = find();
      if (!element) return;
      observer.disconnect();
      finish(element);
    });
    observer.observe(root ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  window.__watchNextKey = (find, root) => {
    window.__watched = new Promise((resolve) =>
      window.addEventListener('keydown', (e) => resolve(e.timeStamp), { capture: true, once: true }),
    ).then((t0) => window.__shownAfter(t0, find, root));
  };
  window.__paintedAfter = (t0, done, root) =>
    window.__shownAfter(t0, () => (done() ? document.body : null), root).then((times) => times.painted);
`;

/**
 * How long the benches hold a key down. A typist's key is down for about a
 * tenth of a second; Playwright's press() lets go at once, and the keyup it
 * sends right behind the keydown was handled before the frame being timed
 * was painted: on an empty page (frameFloor) that frame came 10–13 ms after
 * the keydown, with the key held it comes in 3–4.
 */
export const KEY_HOLD_MS = 80;

/** Presses `key` as a typist does: down, held KEY_HOLD_MS, up. Resolves once it is up. */
export const pressKey = (page: Page, key: string): Promise<void> =>
  page.keyboard.press(key, { delay: KEY_HOLD_MS });

/**
 * Presses `key` as pressKey does and resolves with what the watch that an
 * earlier, awaited call of `__watchNextKey` put in place measured. That call
 * must have returned first: a watch sent alongside the key can reach the page
 * after it (seen here: the watch then starts late, finds the highlight
 * already drawn and waits for a frame after the one that showed it, 16 to 18
 * ms "painted" for a frame painted at 5).
 */
export async function pressWatched(page: Page, key: string): Promise<Shown> {
  await pressKey(page, key);
  return page.evaluate(() => {
    if (!window.__watched) throw new Error('no watch was put in place before the key');
    const watched = window.__watched;
    window.__watched = undefined;
    return watched;
  });
}
