/**
 * The Electron shell: wiring only. Everything with logic in it lives in a
 * module that is tested without Electron (security, menu, paths, window state,
 * sender check) or in the core below src-main/ipc.
 */
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../db/connection.ts';
import { warmCache } from '../db/warm-cache.ts';
import { eventChannelOf, type EventName, type Events } from '../ipc/contract.ts';
import { createHandlers } from '../ipc/handlers.ts';
import { databaseOpenFailure } from './db-error.ts';
import { createDialogs } from './dialogs.ts';
import { registerIpc } from './ipc-main.ts';
import { buildMenuTemplate } from './menu.ts';
import { resolveDatabasePath, samplesDirectory } from './paths.ts';
import { contentSecurityPolicy, permissionDecision } from './security.ts';
import { createMainWindow, guardWebContents, rendererFileUrl } from './window.ts';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
// This bundle is out/main/index.js; the preload and the page are its siblings.
const outDir = join(import.meta.dirname, '..');
const rendererUrl = devServerUrl ?? rendererFileUrl(outDir);

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;

function annotatorName(): string | null {
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

function openCorpus(): Db | null {
  const location = resolveDatabasePath(process.argv, process.env, app.getPath('userData'), process.cwd());
  try {
    return openDatabase(location.path);
  } catch (e) {
    const box = databaseOpenFailure(e, location.path, location.from);
    dialog.showErrorBox(box.title, box.content);
    return null;
  }
}

function start(): void {
  db = openCorpus();
  if (!db) {
    app.exit(1);
    return;
  }
  hardenSession();
  const samplesDir = samplesDirectory({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    mainBundleDir: import.meta.dirname,
  });
  const handlers = createHandlers({
    db,
    annotator: annotatorName(),
    samplesDir,
    dialogs: createDialogs(() => mainWindow),
    emit: send,
  });
  registerIpc(handlers, () => rendererUrl);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: app.getName(),
        isDev: !app.isPackaged,
        platform: process.platform,
        send: (command) => send('menu.command', { command }),
      }),
    ),
  );
  mainWindow = createMainWindow({
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    rendererUrl,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => (mainWindow = null));
  // While the window loads, not before it is asked for.
  const opened = db;
  setImmediate(() => void warmCache(opened));
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
  app.on('will-quit', () => {
    // Checkpoint and close, so the database is one self-contained file once the app is gone.
    try {
      if (db) closeDatabase(db);
    } catch (e) {
      console.error('annotator: closing the database failed:', e);
    } finally {
      db = null;
    }
  });
  void app.whenReady().then(start);
}
