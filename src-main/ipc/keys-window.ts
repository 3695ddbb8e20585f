/**
 * The key table's rows for the rest of the window: suggestions, documents,
 * team work, the scheme editor and the application. A new key is one row
 * here (see keys.ts).
 */
import { DOCUMENT_STATUSES } from '../db/model.ts';
import { STATUS_WORDS } from '../text/status-words.ts';
import type { KeyRow } from './key-row.ts';

const statusKeys = DOCUMENT_STATUSES.map((_, i) => `Alt+${i + 1}`);
const statusWords = DOCUMENT_STATUSES.map((s) => STATUS_WORDS[s]).join(' / ');

export const WINDOW_KEYS = {
  'suggestion-step': {
    keys: ['N', 'Shift+N'],
    description: 'Next / previous suggestion (dashed outline)',
    group: 'Suggestions',
    scope: 'article',
    menu: ['suggestion-next', 'suggestion-previous'],
  },
  'suggestion-click': {
    keys: [],
    shown: 'Click a suggestion',
    description: 'Select it (its rule and values show in the side panel)',
    group: 'Suggestions',
    scope: 'mouse',
  },
  'suggestion-accept': {
    keys: ['Enter', 'A'],
    when: 'on a selected suggestion',
    description: 'Accept it: an annotation with its values filled in',
    group: 'Suggestions',
    scope: 'article',
    menu: ['suggestion-accept'],
  },
  'suggestion-reject': {
    keys: ['X'],
    when: 'on a selected suggestion',
    description: 'Reject it: it is not suggested again',
    group: 'Suggestions',
    scope: 'article',
    menu: ['suggestion-reject'],
  },
  'suggestions-accept-all': {
    keys: ['Shift+A'],
    description: 'Accept all suggestions of a label in this document (asks which)',
    group: 'Suggestions',
    scope: 'article',
    menu: ['suggestions-accept-all'],
  },
  mentions: {
    keys: ['M'],
    when: 'on a selected annotation',
    description: 'Suggest its other exact mentions in this document; again: in the whole corpus',
    group: 'Suggestions',
    scope: 'article',
    menu: ['mentions'],
  },
  'accept-all-step': {
    keys: ['ArrowUp', 'ArrowDown'],
    when: 'choosing the label to accept all of',
    description: "Previous / next label; Enter or the label's hotkey chooses it",
    group: 'Suggestions',
    scope: 'dialog',
  },

  status: {
    keys: statusKeys,
    description: `Mark the document ${statusWords}`,
    group: 'Documents',
    scope: 'window',
  },
  'document-step': {
    keys: ['Alt+ArrowDown', 'Alt+ArrowUp'],
    description: 'Next / previous document',
    group: 'Documents',
    scope: 'window',
  },
  'list-move': {
    keys: ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter'],
    when: 'in the document list',
    description: 'Move through the list, open a document',
    group: 'Documents',
    scope: 'document list',
  },
  'done-answer': {
    keys: ['Enter', 'Escape'],
    when: 'asked before Done, with warnings open',
    description: 'Mark it done anyway / cancel',
    group: 'Documents',
    scope: 'dialog',
  },
  find: {
    keys: ['CmdOrCtrl+F'],
    description: 'Find in the document: the matches light up in place, with their count',
    group: 'Documents',
    scope: 'window',
    menu: ['find'],
  },
  'find-step': {
    keys: ['Enter', 'Shift+Enter', 'Escape'],
    when: 'in the find bar',
    description: 'Next / previous match; close (the match stays selected, focus back in the text)',
    group: 'Documents',
    scope: 'find bar',
  },
  'find-corpus': {
    keys: ['CmdOrCtrl+Shift+F'],
    description: 'Search the corpus: hits in context with their labels; annotate all matches',
    group: 'Documents',
    scope: 'window',
    menu: ['find-corpus'],
  },
  'filter-documents': {
    keys: ['CmdOrCtrl+L'],
    description: 'Filter the document list (id, title, and text from three characters)',
    group: 'Documents',
    scope: 'window',
    menu: ['filter-documents'],
  },

  'toggle-layers': {
    keys: ['O'],
    description: "Show or hide the other annotators' layers (read-only)",
    group: 'Team',
    scope: 'window',
  },
  curate: {
    keys: ['G'],
    description: 'Open or close the curation view (the article shows gold)',
    group: 'Team',
    scope: 'window',
  },
  'curation-step': {
    keys: ['ArrowDown', 'ArrowUp', 'J', 'K'],
    when: 'curation list',
    description: 'Next / previous item',
    group: 'Team',
    scope: 'curation',
  },
  'curation-accept': {
    keys: ['A'],
    when: 'curation list',
    description: 'Accept the item into gold (a relation with its ends)',
    group: 'Team',
    scope: 'curation',
  },
  'curation-reject': {
    keys: ['R'],
    when: 'curation list',
    description: 'Reject the item (hidden from the list, kept as rejected)',
    group: 'Team',
    scope: 'curation',
  },
  'curation-accept-agreed': {
    keys: ['Shift+A'],
    when: 'curation list',
    description: 'Accept everything all annotators agree on',
    group: 'Team',
    scope: 'curation',
  },
  'curation-status': {
    keys: statusKeys,
    when: 'curation view',
    description: `Curation status ${statusWords}`,
    group: 'Team',
    scope: 'curation',
  },
  agreement: {
    keys: ['CmdOrCtrl+Shift+G'],
    description: 'Agreement between annotators (the Agreement screen)',
    group: 'Team',
    scope: 'window',
    menu: ['agreement'],
  },
  'agreement-step': {
    keys: ['ArrowUp', 'ArrowDown'],
    when: 'Agreement screen',
    description: 'Previous / next row',
    group: 'Team',
    scope: 'agreement',
  },
  'agreement-open': {
    keys: ['Enter'],
    when: 'Agreement screen',
    description: 'Drill down: a pair, a label, a disagreement to its document',
    group: 'Team',
    scope: 'agreement',
  },
  'agreement-back': {
    keys: ['Backspace'],
    when: 'Agreement screen',
    description: 'Back up a level',
    group: 'Team',
    scope: 'agreement',
  },
  'annotator-name': {
    keys: ['CmdOrCtrl+Shift+N'],
    description: 'Change your annotator name',
    group: 'Team',
    scope: 'menu',
    menu: ['annotator-name'],
  },
  'sync-now': {
    keys: ['CmdOrCtrl+Shift+Y'],
    description: 'Sync with the team server now',
    group: 'Team',
    scope: 'window',
    menu: ['sync-now'],
  },

  'scheme-save': {
    keys: ['CmdOrCtrl+Enter'],
    when: 'in a description',
    description: 'Save the form (Enter alone starts a new line)',
    group: 'Scheme editor',
    scope: 'scheme editor',
  },
  'scheme-add-value': {
    keys: ['Enter'],
    when: 'in New value',
    description: 'Add the value to the list (not save the attribute)',
    group: 'Scheme editor',
    scope: 'scheme editor',
  },

  'import-files': {
    keys: ['CmdOrCtrl+O'],
    description: 'Import files',
    group: 'Application',
    scope: 'menu',
    menu: ['import-files'],
  },
  'import-folder': {
    keys: ['CmdOrCtrl+Shift+O'],
    description: 'Import a folder',
    group: 'Application',
    scope: 'menu',
    menu: ['import-folder'],
  },
  export: {
    keys: ['CmdOrCtrl+E'],
    description: 'Export the corpus',
    group: 'Application',
    scope: 'menu',
    menu: ['export'],
  },
  'fold-panels': {
    keys: ['CmdOrCtrl+B', 'CmdOrCtrl+Alt+B'],
    description: 'Fold the document list / the annotation panel away or back',
    group: 'Application',
    scope: 'window',
  },
  'panel-edge': {
    keys: ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter'],
    when: 'on a panel edge',
    description: 'Move the edge left / right; narrowest / widest; fold the column',
    group: 'Application',
    scope: 'panel edge',
  },
  'toggle-theme': {
    keys: ['CmdOrCtrl+Shift+D'],
    description: 'Light or dark theme',
    group: 'Application',
    scope: 'menu',
    menu: ['toggle-theme'],
  },
  scheme: {
    keys: ['CmdOrCtrl+Shift+L'],
    description: 'Edit the annotation scheme (labels, attributes, roles)',
    group: 'Application',
    scope: 'menu',
    menu: ['scheme'],
  },
  escape: {
    keys: ['Escape'],
    description:
      'Clear the selection, close a dialog (the Done question: cancel; the scheme editor asks first when changes are unsaved)',
    group: 'Application',
    scope: 'window',
  },
  shortcuts: {
    keys: ['?', 'CmdOrCtrl+/'],
    description: 'This overview',
    group: 'Application',
    scope: 'window',
    menu: [null, 'shortcuts'],
  },
} as const satisfies Record<string, KeyRow>;
