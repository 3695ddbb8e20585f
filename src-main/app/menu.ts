import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract.ts';
import { menuAccelerator, partsOf } from '../ipc/keys.ts';

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
  // The accelerator comes from the key table (src-main/ipc/keys.ts). A key
  // without Ctrl or ⌘ is only shown: the window reads it itself, and bound, a
  // bare letter would be taken from every text field in the page.
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(command, isMac);
    if (!accelerator) return { label, click: () => send(command) };
    const { modifiers } = partsOf(accelerator);
    const bound = modifiers.some((m) => m === 'CmdOrCtrl' || m === 'Ctrl' || m === 'Cmd');
    return {
      label,
      accelerator,
      ...(bound ? {} : { registerAccelerator: false }),
      click: () => send(command),
    };
  };
  const view: MenuItemConstructorOptions[] = [
    item('Toggle Dark Theme', 'toggle-theme'),
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
        item('Import Files…', 'import-files'),
        item('Import Folder…', 'import-folder'),
        item('Export Corpus…', 'export'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        item('Undo', 'undo'),
        item('Redo', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find in Document', 'find'),
        item('Search the Corpus…', 'find-corpus'),
        item('Filter the Document List', 'filter-documents'),
        { type: 'separator' },
        item('Annotation Scheme…', 'scheme'),
        item('Agreement…', 'agreement'),
        item('Annotator Name…', 'annotator-name'),
        item('Team Server…', 'team-settings'),
        item('Sync Now', 'sync-now'),
      ],
    },
    {
      label: 'Suggestions',
      submenu: [
        item('Next Suggestion', 'suggestion-next'),
        item('Previous Suggestion', 'suggestion-previous'),
        item('Accept Suggestion', 'suggestion-accept'),
        item('Reject Suggestion', 'suggestion-reject'),
        { type: 'separator' },
        item('Accept All of a Label…', 'suggestions-accept-all'),
        item('Annotate All Mentions', 'mentions'),
      ],
    },
    { label: 'View', submenu: view },
    {
      label: 'Help',
      submenu: [
        // Not a bare "?": a menu accelerator would swallow it in every text field.
        item('Keyboard Shortcuts', 'shortcuts'),
        ...(isMac ? [] : [item(`About ${appName}`, 'about')]),
      ],
    },
  ];
}
