import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs, FileKind } from '../ipc/services.ts';

const CORPUS_FILTERS = [
  { name: 'Articles and corpora', extensions: ['jsonl', 'txt', 'json', 'db'] },
  { name: 'JSONL (ours, doccano, Prodigy)', extensions: ['jsonl'] },
  { name: 'Label Studio JSON export', extensions: ['json'] },
  { name: 'Plain text', extensions: ['txt'] },
  // Another annotator's database or a returned work package: merged layer by layer.
  { name: "Annotator's database or work package", extensions: ['db'] },
];
const SCHEME_FILTERS = [{ name: 'Annotation scheme (JSON)', extensions: ['json'] }];

/** Each kind of file's pickers: titles and file types. */
const KINDS = {
  corpus: {
    open: 'Import files',
    save: 'Export corpus',
    openFilters: CORPUS_FILTERS,
    saveFilters: [{ name: 'JSONL', extensions: ['jsonl'] }],
    many: true,
  },
  scheme: {
    open: 'Import an annotation scheme',
    save: 'Export the annotation scheme',
    openFilters: SCHEME_FILTERS,
    saveFilters: SCHEME_FILTERS,
    many: false,
  },
} satisfies Record<FileKind, unknown>;

/**
 * The native pickers. Paths come from the user's choice in these dialogs,
 * never from the renderer, so the page cannot make the app read or write a
 * file the user did not pick.
 */
export function createDialogs(window: () => BrowserWindow | null): Dialogs {
  const parent = () => window() ?? undefined;
  return {
    async pickImportFiles(kind = 'corpus') {
      const { open, openFilters, many } = KINDS[kind];
      const options = {
        title: open,
        properties: many ? ['openFile' as const, 'multiSelections' as const] : ['openFile' as const],
        filters: openFilters,
      };
      const owner = parent();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
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
    async pickExportPath(defaultName, kind = 'corpus', type) {
      const filters = type ? (type.extensions.length ? [type] : []) : KINDS[kind].saveFilters;
      const options = { title: KINDS[kind].save, defaultPath: defaultName, filters };
      const owner = parent();
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
