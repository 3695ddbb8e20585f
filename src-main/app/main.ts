/**
 * The Electron shell: wiring only. Everything with logic in it lives in a
 * module that is tested without Electron (security, menu, paths, window state,
 * sender check, the database thread's client) or in the core below src-main/ipc.
 * No SQL runs on this thread: the database is the database thread's (src-main/backend).
 */
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { startBackend, type Backend } from '../backend/client.ts';
import { eventChannelOf, type EventName, type Events } from '../ipc/contract.ts';
import { databaseOpenFailure } from './db-error.ts';
import { createDialogs } from './dialogs.ts';
import { safeStorageCipher } from './safe-storage.ts';
import { registerIpc } from './ipc-main.ts';
import { buildMenuTemplate } from './menu.ts';
import { answeringLanguage } from './menu-language.ts';
import { pickLanguage, type Language } from '../text/languages.ts';
import { resolveDatabasePath, samplesDirectory } from './paths.ts';
import { contentSecurityPolicy, permissionDecision } from './security.ts';
import { createMainWindow, guardWebContents, rendererFileUrl } from './window.ts';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
// This bundle is out/main/index.js; the preload and the page are its siblings.
const outDir = join(import.meta.dirname, '..');
const rendererUrl = devServerUrl ?? rendererFileUrl(outDir);

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

/** The name offered on first run; the one the user chooses is kept in settings.json. */
function suggestedAnnotator(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}

function send<E extends EventName>(event: E, payload: Events[E]): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(eventChannelOf(event), payload);
}

function hardenSession(): void {
  const csp = contentSecurityPolicy({ devServerUrl, delivery: 'header' });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
}

async function start(): Promise<void> {
  const location = resolveDatabasePath(process.argv, process.env, app.getPath('userData'), process.cwd());
  const samplesDir = samplesDirectory({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    mainBundleDir: import.meta.dirname,
  });
  try {
    backend = await startBackend({
      dbPath: location.path,
      annotator: suggestedAnnotator(),
      settingsPath: join(app.getPath('userData'), 'settings.json'),
      samplesDir,
      dialogs: createDialogs(() => mainWindow),
      cipher: safeStorageCipher,
      emit: send,
      log: (line) => console.error(line),
    });
  } catch (e) {
    const box = databaseOpenFailure(e, location.path, location.from);
    dialog.showErrorBox(box.title, box.content);
    app.exit(1);
    return;
  }
  hardenSession();
  // The system's language until the window says which it shows (a choice made in the app wins).
  const setMenu = (language: Language) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: app.getName(),
          isDev: !app.isPackaged,
          platform: process.platform,
          language,
          send: (command) => send('menu.command', { command }),
        }),
      ),
    );
  registerIpc(answeringLanguage(backend.call, setMenu), () => rendererUrl);
  setMenu(pickLanguage(null, app.getPreferredSystemLanguages()));
  mainWindow = createMainWindow({
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    rendererUrl,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database; it is told to come forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, rendererUrl));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    // Checkpoint and close, so the database is one self-contained file once
    // the app is gone: the quit waits (bounded, client.ts) for the database thread.
    const closing = backend;
    if (!closing) return;
    event.preventDefault();
    backend = null;
    closing
      .close()
      .catch((e: unknown) => console.error('annotator: closing the database failed:', e))
      .finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
