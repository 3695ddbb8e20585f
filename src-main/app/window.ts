import { BrowserWindow, screen, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { navigationAction, windowOpenAction } from './security.ts';
import { mainWindowOptions } from './window-options.ts';
import { initialBounds, loadWindowState, saveWindowState } from './window-state.ts';

export interface WindowOptions {
  preloadPath: string;
  rendererUrl: string;
  stateFile: string;
  iconPath?: string | undefined;
}

/**
 * Navigation, pop-up and webview guards for every web contents the app ever
 * creates (main.ts calls this from `web-contents-created`, so a contents made
 * later, by any path, is covered too). The decisions are pure, in security.ts.
 */
export function guardWebContents(contents: WebContents, rendererUrl: string): void {
  const openOutside = (url: string) => {
    shell.openExternal(url).catch(() => {
      // No browser or a refused link: nothing the page needs to hear about.
    });
  };
  contents.on('will-navigate', (event, url) => {
    const action = navigationAction(url, rendererUrl);
    if (action === 'allow') return;
    event.preventDefault();
    if (action === 'open-external') openOutside(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenAction(url) === 'open-external') openOutside(url);
    return { action: 'deny' };
  });
}

/** The one main window: remembered size and position; guarded by `guardWebContents`. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const saved = loadWindowState(options.stateFile);
  const bounds = initialBounds(
    saved?.bounds ?? null,
    // The primary display first: a first-run window is centred on it.
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const window = new BrowserWindow(
    mainWindowOptions({ bounds, preloadPath: options.preloadPath, iconPath: options.iconPath }),
  );
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = () => {
    try {
      saveWindowState(options.stateFile, {
        bounds: window.isMaximized() ? window.getNormalBounds() : window.getBounds(),
        maximized: window.isMaximized(),
      });
    } catch {
      // Losing the window position is no reason to stop closing.
    }
  };
  window.on('close', remember);

  const loading = options.rendererUrl.startsWith('file:')
    ? window.loadFile(fileURLToPath(options.rendererUrl))
    : window.loadURL(options.rendererUrl);
  loading.catch((e: unknown) => {
    // A missing build shows as an empty window; the log says why.
    console.error(`annotator: cannot load ${options.rendererUrl}:`, e);
  });
  return window;
}

export const rendererFileUrl = (outDir: string): string =>
  pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
