import type { MenuItemConstructorOptions } from 'electron';
import { EDITOR_KEYS, FIND_KEYS, MENU_KEYS, type MenuCommand } from '../ipc/contract.ts';

export interface MenuOptions {
  appName: string;
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Forwards a command to the focused window's renderer. */
  send: (command: MenuCommand) => void;
}

/**
 * The application menu. Undo and Redo act on annotations, which live in the
 * database, so they go to the renderer as commands instead of the DOM's undo.
 */
export function buildMenuTemplate({
  appName,
  isDev,
  platform,
  send,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  // The window reads these keys itself (EDITOR_KEYS): the menu shows them and binds nothing.
  const shown = (label: string, command: keyof typeof EDITOR_KEYS): MenuItemConstructorOptions => ({
    label,
    accelerator: EDITOR_KEYS[command][0],
    registerAccelerator: false,
    click: () => send(command),
  });
  // The same for the find keys (FIND_KEYS): Ctrl + F must reach the window, also from a text field.
  const find = (label: string, command: keyof typeof FIND_KEYS): MenuItemConstructorOptions => ({
    label,
    accelerator: FIND_KEYS[command],
    registerAccelerator: false,
    click: () => send(command),
  });
  const view: MenuItemConstructorOptions[] = [
    item('Toggle Dark Theme', 'toggle-theme', MENU_KEYS['toggle-theme']),
    { type: 'separator' },
    // The window's own keys (O, G), not accelerators: a menu accelerator would swallow the letter in every text field.
    item('Show or Hide Other Layers (O)', 'toggle-layers'),
    item('Curate This Document (G)', 'curate'),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });

  return [
    ...(isMac
      ? [
          {
            label: appName,
            submenu: [
              item(`About ${appName}`, 'about'),
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ] satisfies MenuItemConstructorOptions[],
          },
        ]
      : []),
    {
      label: 'File',
      submenu: [
        item('Import Files…', 'import-files', MENU_KEYS['import-files']),
        item('Import Folder…', 'import-folder', MENU_KEYS['import-folder']),
        item('Export Corpus…', 'export', MENU_KEYS.export),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        find('Find in Document', 'find'),
        find('Search the Corpus…', 'find-corpus'),
        find('Filter the Document List', 'filter-documents'),
        { type: 'separator' },
        item('Annotation Scheme…', 'scheme', MENU_KEYS.scheme),
        item('Agreement…', 'agreement', MENU_KEYS.agreement),
        item('Annotator Name…', 'annotator-name', MENU_KEYS['annotator-name']),
      ],
    },
    {
      label: 'Suggestions',
      submenu: [
        shown('Next Suggestion', 'suggestion-next'),
        shown('Previous Suggestion', 'suggestion-previous'),
        shown('Accept Suggestion', 'suggestion-accept'),
        shown('Reject Suggestion', 'suggestion-reject'),
        { type: 'separator' },
        shown('Accept All of a Label…', 'suggestions-accept-all'),
        shown('Annotate All Mentions', 'mentions'),
      ],
    },
    { label: 'View', submenu: view },
    {
      label: 'Help',
      submenu: [
        // Not a bare "?": a menu accelerator would swallow it in every text field.
        item('Keyboard Shortcuts', 'shortcuts', MENU_KEYS.shortcuts),
        ...(isMac ? [] : [item(`About ${appName}`, 'about')]),
      ],
    },
  ];
}
