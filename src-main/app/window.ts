import { BrowserWindow, screen, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isNavigationAllowed, isSafeExternalUrl, webPreferences } from './security.ts';
import { DEFAULT_STATE, fitToDisplays, loadWindowState, saveWindowState } from './window-state.ts';

export interface WindowOptions {
  preloadPath: string;
  rendererUrl: string;
  stateFile: string;
  iconPath?: string | undefined;
}

/** The one main window: remembered size and position, no navigation, no pop-ups. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const saved = loadWindowState(options.stateFile) ?? DEFAULT_STATE;
  const bounds = fitToDisplays(
    saved.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dutch News Annotator',
    backgroundColor: '#1e1f22',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: webPreferences(options.preloadPath),
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  window.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, options.rendererUrl)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

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

  if (options.rendererUrl.startsWith('file:')) {
    void window.loadFile(fileURLToPath(options.rendererUrl));
  } else {
    void window.loadURL(options.rendererUrl);
  }
  return window;
}

export const rendererFileUrl = (outDir: string): string =>
  pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
