import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../ipc/services.ts';

const CORPUS_FILTERS = [
  { name: 'Articles and corpora', extensions: ['jsonl', 'txt'] },
  { name: 'JSONL', extensions: ['jsonl'] },
  { name: 'Plain text', extensions: ['txt'] },
];

/**
 * The native pickers. Paths come from the user's choice in these dialogs,
 * never from the renderer, so the page cannot make the app read or write a
 * file the user did not pick.
 */
export function createDialogs(window: () => BrowserWindow | null): Dialogs {
  const parent = () => window() ?? undefined;
  return {
    async pickImportFiles() {
      const options = {
        title: 'Import files',
        properties: ['openFile', 'multiSelections'] as const,
        filters: CORPUS_FILTERS,
      };
      const owner = parent();
      const result = owner
        ? await dialog.showOpenDialog(owner, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return result.canceled ? null : result.filePaths;
    },
    async pickImportFolder() {
      const options = { title: 'Import a folder', properties: ['openDirectory' as const] };
      const owner = parent();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickExportPath(defaultName) {
      const options = {
        title: 'Export corpus',
        defaultPath: defaultName,
        filters: [{ name: 'JSONL', extensions: ['jsonl'] }],
      };
      const owner = parent();
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
