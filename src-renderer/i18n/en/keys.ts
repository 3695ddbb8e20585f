/**
 * The key table's words (src-main/ipc/keys.ts) for the `?` overview, and the
 * application menu's labels. Pure TS with no renderer imports: the main
 * process builds its menu from these modules too.
 */
import type { KeyGroup } from '../../../src-main/ipc/key-row.ts';
import { KEY_ROWS, type KeyId } from '../../../src-main/ipc/keys.ts';

/** A row's words: what its keys do, and where it says so, when they apply and how its keys read. */
export type RowText = {
  readonly description: string;
  readonly when?: string;
  readonly shown?: string;
};

/** English is the table itself, as README.md's shortcut tables are: one place for the words. */
const rows = Object.fromEntries(
  KEY_ROWS.map(([id, row]) => [
    id,
    {
      description: row.description,
      ...(row.when === undefined ? {} : { when: row.when }),
      ...(row.shown === undefined ? {} : { shown: row.shown }),
    },
  ]),
) as Record<KeyId, RowText>;

const groups: Record<KeyGroup, string> = {
  'Caret and selection': 'Caret and selection',
  Annotations: 'Annotations',
  Attributes: 'Attributes',
  'Event frames': 'Event frames',
  Suggestions: 'Suggestions',
  Documents: 'Documents',
  Team: 'Team',
  'Scheme editor': 'Scheme editor',
  Application: 'Application',
};

export const keys = {
  groups,
  rows,
  menu: {
    file: 'File',
    edit: 'Edit',
    suggestions: 'Suggestions',
    view: 'View',
    help: 'Help',
    about: 'About {{name}}',
    importFiles: 'Import Files…',
    importFolder: 'Import Folder…',
    export: 'Export Corpus…',
    undo: 'Undo',
    redo: 'Redo',
    find: 'Find in Document',
    findCorpus: 'Search the Corpus…',
    filterDocuments: 'Filter the Document List',
    scheme: 'Annotation Scheme…',
    agreement: 'Agreement…',
    annotatorName: 'Annotator Name…',
    teamSettings: 'Team Server…',
    syncNow: 'Sync Now',
    suggestionNext: 'Next Suggestion',
    suggestionPrevious: 'Previous Suggestion',
    suggestionAccept: 'Accept Suggestion',
    suggestionReject: 'Reject Suggestion',
    acceptAll: 'Accept All of a Label…',
    mentions: 'Annotate All Mentions',
    toggleTheme: 'Toggle Dark Theme',
    toggleLayers: 'Show or Hide Other Layers (O)',
    curate: 'Curate This Document (G)',
    shortcuts: 'Keyboard Shortcuts',
  },
};
