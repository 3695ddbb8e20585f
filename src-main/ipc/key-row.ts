/** The shape of a row of the key table (keys.ts). */
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
  | 'panel edge'
  | 'find bar'
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
