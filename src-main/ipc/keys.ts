/**
 * Every key of the app, in one table: the window's handlers match through it
 * (src-renderer/keys/match.ts), the `?` overview and README.md's shortcut
 * table are drawn from it (checked by tests/unit/app/keys.test.ts, written by
 * `npm run keys:readme`), and the application menu takes its accelerators
 * from it (src-main/app/menu.ts). A new key is one row here.
 *
 * Keys are written as Electron accelerators with DOM key names:
 * `CmdOrCtrl+Shift+Z`, `Alt+ArrowLeft`, `J`, `Plus` for "+". `CmdOrCtrl` is
 * ⌘ on a Mac, `Ctrl` the Control key everywhere. A letter, digit or bracket
 * matches by its place on the keyboard, so Shift+1 is still "1".
 */
import { DOCUMENT_STATUSES } from '../db/model.ts';
import { STATUS_TEXT } from '../../src-renderer/state/wording.ts';
import type { MenuCommand } from './contract.ts';

export type KeyGroup =
  | 'Caret and selection'
  | 'Annotations'
  | 'Attributes'
  | 'Event frames'
  | 'Suggestions'
  | 'Documents'
  | 'Team'
  | 'Scheme editor'
  | 'Application';

/**
 * Where a key works: `article` with focus in the article text, `window`
 * anywhere but a text field, `menu` through the application menu, the others
 * in that part of the window (`mouse` rows are gestures, listed for completeness).
 */
export type KeyScope =
  | 'article'
  | 'window'
  | 'menu'
  | 'linking'
  | 'attributes'
  | 'frame'
  | 'document list'
  | 'curation'
  | 'agreement'
  | 'dialog'
  | 'scheme editor'
  | 'mouse';

export interface KeyRow {
  /** Accelerators, first the one the menu shows; empty when the keys are the scheme's (a label's hotkey). */
  keys: readonly string[];
  /** How the overview writes the keys when they cannot be read from `keys`. */
  shown?: string;
  /** When the keys apply, written after them in brackets. */
  when?: string;
  description: string;
  group: KeyGroup;
  scope: KeyScope;
  /** Shift with these keys extends the selection instead of moving the caret. */
  shiftExtends?: boolean;
  /** The menu commands of the keys, in their order: the menu shows `keys[i]` beside `menu[i]`. */
  menu?: readonly (MenuCommand | null)[];
  /** The key the menu shows on a Mac instead, where the platform's habit differs. */
  macMenuKey?: string;
}

const statusKeys = DOCUMENT_STATUSES.map((_, i) => `Alt+${i + 1}`);
const statusWords = DOCUMENT_STATUSES.map((s) => STATUS_TEXT[s].toLowerCase()).join(' / ');

export const KEYS = {
  // Caret and selection: the article is read-only; its caret is a browsing caret.
  'caret-character': {
    keys: ['ArrowLeft', 'ArrowRight'],
    description: 'Caret back / on by a character',
    group: 'Caret and selection',
    scope: 'article',
    shiftExtends: true,
  },
  'caret-word': {
    keys: ['Ctrl+ArrowLeft', 'Ctrl+ArrowRight'],
    description: 'Caret back / on by a word',
    group: 'Caret and selection',
    scope: 'article',
    shiftExtends: true,
  },
  'caret-line': {
    keys: ['ArrowUp', 'ArrowDown'],
    description: 'Caret up / down a line, as the lines wrap on screen',
    group: 'Caret and selection',
    scope: 'article',
    shiftExtends: true,
  },
  'caret-line-edge': {
    keys: ['Home', 'End'],
    description: 'Caret to the start / end of the line',
    group: 'Caret and selection',
    scope: 'article',
    shiftExtends: true,
  },
  'caret-paragraph': {
    keys: ['Ctrl+ArrowUp', 'Ctrl+ArrowDown'],
    description: 'Caret to the start of this (else the previous) / the next paragraph',
    group: 'Caret and selection',
    scope: 'article',
    shiftExtends: true,
  },
  'caret-sentence': {
    keys: ['[', ']'],
    description: 'Caret to the start of this (else the previous) / the next sentence',
    group: 'Caret and selection',
    scope: 'article',
    shiftExtends: true,
  },
  'caret-article-edge': {
    keys: ['Ctrl+Home', 'Ctrl+End'],
    description: 'Caret to the start / end of the article',
    group: 'Caret and selection',
    scope: 'article',
    shiftExtends: true,
  },
  extend: {
    keys: [],
    shown: 'Shift + a caret key',
    description:
      'Extend the selection instead of moving the caret (Shift + ←, Ctrl + Shift + →, Shift + ↓, Shift + ] …)',
    group: 'Caret and selection',
    scope: 'article',
  },
  'select-sentence': {
    keys: ['S'],
    description: 'Select the sentence the caret is in; a label key then tags it',
    group: 'Caret and selection',
    scope: 'article',
  },
  'select-clause': {
    keys: ['C'],
    description:
      'Select the clause the caret is in: the part of its sentence between commas, semicolons, colons, spaced dashes or brackets',
    group: 'Caret and selection',
    scope: 'article',
  },

  'label-hotkey': {
    keys: [],
    shown: '1 / 2 / 3 (label hotkeys)',
    description: 'Tag the selection; on a selected annotation: relabel it',
    group: 'Annotations',
    scope: 'article',
  },
  'label-exact': {
    keys: [],
    shown: 'Shift + hotkey',
    description: 'Tag the exact characters (no snapping to words)',
    group: 'Annotations',
    scope: 'article',
  },
  'click-annotation': {
    keys: [],
    shown: 'Click an annotation',
    description: 'Select it (a chooser when several cover the spot)',
    group: 'Annotations',
    scope: 'mouse',
  },
  'annotation-step': {
    keys: ['Tab', 'Shift+Tab', 'J', 'K'],
    when: 'in the article',
    description: 'Next / previous annotation',
    group: 'Annotations',
    scope: 'article',
  },
  'leave-article': {
    keys: [],
    shown: 'Escape, then Tab / Shift + Tab',
    description: 'Leave the article (so does Tab past the last annotation)',
    group: 'Annotations',
    scope: 'article',
  },
  'move-end': {
    keys: ['Alt+ArrowLeft', 'Alt+ArrowRight'],
    description: 'Move the end of the selected annotation (by word; by character in exact mode)',
    group: 'Annotations',
    scope: 'article',
  },
  'move-start': {
    keys: ['Alt+Shift+ArrowLeft', 'Alt+Shift+ArrowRight'],
    description: 'Move the start of the selected annotation',
    group: 'Annotations',
    scope: 'article',
  },
  delete: {
    keys: ['Delete', 'Backspace'],
    description: 'Delete the selected annotation',
    group: 'Annotations',
    scope: 'article',
  },
  'fragment-add': {
    keys: ['Plus'],
    when: 'with text selected',
    description: 'Add the selected text to the selected annotation as a fragment',
    group: 'Annotations',
    scope: 'article',
  },
  'fragment-add-mouse': {
    keys: [],
    shown: 'Alt + mouse selection',
    description: 'The same with the mouse: add the selection as a fragment',
    group: 'Annotations',
    scope: 'mouse',
  },
  'fragment-remove': {
    keys: ['-'],
    when: 'caret on a fragment',
    description: 'Take that fragment away from the selected annotation',
    group: 'Annotations',
    scope: 'article',
  },
  undo: {
    keys: ['CmdOrCtrl+Z'],
    description:
      'Undo the last change (an annotation, an accepted suggestion or a status), also after a restart',
    group: 'Annotations',
    scope: 'window',
    menu: ['undo'],
  },
  redo: {
    keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
    description: 'Redo',
    group: 'Annotations',
    scope: 'window',
    menu: [null, 'redo'],
    macMenuKey: 'CmdOrCtrl+Shift+Z',
  },
  'toggle-exact': {
    keys: ['CmdOrCtrl+Shift+S'],
    description: 'Toggle exact characters',
    group: 'Annotations',
    scope: 'window',
  },

  attributes: {
    keys: ['V'],
    description: "Edit the selected annotation's attributes, note and unsure flag",
    group: 'Attributes',
    scope: 'article',
  },
  'attribute-step': {
    keys: ['ArrowUp', 'ArrowDown'],
    when: 'in the attributes',
    description: 'Previous / next attribute',
    group: 'Attributes',
    scope: 'attributes',
  },
  'attribute-set': {
    keys: [],
    shown: 'Type, then Enter (in an attribute)',
    description: 'Set it: a value by its first letters, a number, a date',
    group: 'Attributes',
    scope: 'attributes',
  },
  'attribute-toggle': {
    keys: ['Space'],
    when: 'on a yes/no attribute, on unsure',
    description: 'Toggle it',
    group: 'Attributes',
    scope: 'attributes',
  },
  'attribute-default': {
    keys: ['Enter'],
    when: 'on an empty attribute',
    description: 'Accept the default it offers',
    group: 'Attributes',
    scope: 'attributes',
  },
  'attribute-unset': {
    keys: ['Delete', 'Backspace'],
    when: 'on an empty attribute',
    description: 'Unset it',
    group: 'Attributes',
    scope: 'attributes',
  },
  'attributes-leave': {
    keys: ['Escape'],
    when: 'in the attributes',
    description: 'Back to the article text (what was typed in the field is dropped)',
    group: 'Attributes',
    scope: 'attributes',
  },
  'note-keys': {
    keys: ['Enter', 'Escape'],
    when: 'in the note',
    description: 'Keep the note / drop what was typed',
    group: 'Attributes',
    scope: 'attributes',
  },

  'role-hotkey': {
    keys: [],
    shown: 'A / P / Q (role hotkeys) on a selected event',
    description: 'Fill that role: its candidates light up, nearest first',
    group: 'Event frames',
    scope: 'article',
  },
  'candidate-step': {
    keys: ['Tab', 'Shift+Tab', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'],
    when: 'filling a role',
    description: 'Next / previous candidate',
    group: 'Event frames',
    scope: 'linking',
  },
  'candidate-link': {
    keys: ['Enter', 'Escape'],
    when: 'filling a role',
    description: 'Link the candidate / stop',
    group: 'Event frames',
    scope: 'linking',
  },
  frame: {
    keys: ['F'],
    description: 'Into the event frame of the selected annotation (Escape: back to the text)',
    group: 'Event frames',
    scope: 'article',
  },
  unlink: {
    keys: ['Delete', 'Backspace'],
    when: 'on a filler in the event frame',
    description: 'Unlink it',
    group: 'Event frames',
    scope: 'frame',
  },
  'link-drag': {
    keys: [],
    shown: 'Ctrl + drag from an event to a span',
    description: 'Link them (a chooser when several roles fit)',
    group: 'Event frames',
    scope: 'mouse',
  },

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
  filter: {
    keys: ['CmdOrCtrl+F'],
    description: 'Filter the document list',
    group: 'Documents',
    scope: 'window',
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

export type KeyId = keyof typeof KEYS;

/** The rows in table order. */
export const KEY_ROWS: readonly [KeyId, KeyRow][] = Object.entries(KEYS) as [KeyId, KeyRow][];

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Plus: '+',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
};

/** An accelerator split into its modifiers and its key (`Plus` and `+` alike). */
export function partsOf(accelerator: string): { modifiers: string[]; key: string } {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  return { modifiers: parts, key };
}

/**
 * Keys as people read them: `CmdOrCtrl+Shift+Z` → `Ctrl + Shift + Z`, and
 * neighbours with the same modifiers share them: `Shift + ← / →`.
 */
export function keysText(keys: readonly string[], mac = false): string {
  const groups: { modifiers: string; keys: string[] }[] = [];
  for (const accelerator of keys) {
    const { modifiers, key } = partsOf(accelerator);
    const mods = modifiers.map((m) => (m === 'CmdOrCtrl' ? (mac ? '⌘' : 'Ctrl') : m)).join(' + ');
    const last = groups[groups.length - 1];
    const name = KEY_NAMES[key] ?? key;
    if (last && last.modifiers === mods) last.keys.push(name);
    else groups.push({ modifiers: mods, keys: [name] });
  }
  return groups.map((g) => (g.modifiers ? `${g.modifiers} + ` : '') + g.keys.join(' / ')).join(' / ');
}

/** The keys column of a row, as the overview and README.md show it. */
export function rowKeysText(row: KeyRow, mac = false): string {
  const keys = row.shown ?? keysText(row.keys, mac);
  return row.when ? `${keys} (${row.when})` : keys;
}

/** The menu's accelerator for `command`, if a row gives it one. */
export function menuAccelerator(command: MenuCommand, mac: boolean): string | undefined {
  for (const [, row] of KEY_ROWS) {
    const index = row.menu?.indexOf(command) ?? -1;
    if (index !== -1) return (mac ? row.macMenuKey : undefined) ?? row.keys[index];
  }
  return undefined;
}

/** The keys that carry out menu `command` in the window: all of its row's, or its own where the row has several commands. */
export function commandKeys(command: MenuCommand): readonly string[] {
  for (const [, row] of KEY_ROWS) {
    const index = row.menu?.indexOf(command) ?? -1;
    if (index === -1) continue;
    const key = row.keys[index];
    return row.menu?.length === 1 ? row.keys : key ? [key] : [];
  }
  return [];
}

/** The groups in the order their first rows come. */
export const KEY_GROUPS: readonly KeyGroup[] = [...new Set(KEY_ROWS.map(([, row]) => row.group))];
