import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract.ts';
import { menuAccelerator, partsOf } from '../ipc/keys.ts';
import type { Language } from '../text/languages.ts';
import { keys as en } from '../../src-renderer/i18n/en/keys.ts';
import { keys as nl } from '../../src-renderer/i18n/nl/keys.ts';

/** The menu's words come from the window's own messages (pure modules), so both say the same. */
const WORDS: Record<Language, typeof en.menu> = { en: en.menu, nl: nl.menu };

export interface MenuOptions {
  appName: string;
  isDev: boolean;
  platform: NodeJS.Platform;
  /** The window's interface language (English until the window says otherwise). */
  language?: Language;
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
  language = 'en',
  send,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const w = WORDS[language];
  const about = w.about.replace('{{name}}', appName);
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
    item(w.toggleTheme, 'toggle-theme'),
    { type: 'separator' },
    // The window's own keys (O, G), not accelerators: a menu accelerator would swallow the letter in every text field.
    item(w.toggleLayers, 'toggle-layers'),
    item(w.curate, 'curate'),
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
              item(about, 'about'),
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
      label: w.file,
      submenu: [
        item(w.importFiles, 'import-files'),
        item(w.importFolder, 'import-folder'),
        item(w.export, 'export'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: w.edit,
      submenu: [
        item(w.undo, 'undo'),
        item(w.redo, 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item(w.find, 'find'),
        item(w.findCorpus, 'find-corpus'),
        item(w.filterDocuments, 'filter-documents'),
        { type: 'separator' },
        item(w.scheme, 'scheme'),
        item(w.agreement, 'agreement'),
        item(w.annotatorName, 'annotator-name'),
        item(w.teamSettings, 'team-settings'),
        item(w.syncNow, 'sync-now'),
      ],
    },
    {
      label: w.suggestions,
      submenu: [
        item(w.suggestionNext, 'suggestion-next'),
        item(w.suggestionPrevious, 'suggestion-previous'),
        item(w.suggestionAccept, 'suggestion-accept'),
        item(w.suggestionReject, 'suggestion-reject'),
        { type: 'separator' },
        item(w.acceptAll, 'suggestions-accept-all'),
        item(w.mentions, 'mentions'),
      ],
    },
    { label: w.view, submenu: view },
    {
      label: w.help,
      submenu: [
        // Not a bare "?": a menu accelerator would swallow it in every text field.
        item(w.shortcuts, 'shortcuts'),
        ...(isMac ? [] : [item(about, 'about')]),
      ],
    },
  ];
}
