/**
 * The caret keys of the article (the "Caret and selection" rows of the key
 * table): which move a key makes, with Shift extending the selection.
 */
import type { KeyId } from '../../src-main/ipc/keys.ts';
import { keyChar, keyIndex } from '../keys/match.ts';
import type { DocumentSession } from '../state/useDocumentSession.ts';
import {
  ensureCaret,
  moveByLayout,
  moveByText,
  moveToLineEdge,
  revealCaret,
  selectUnit,
  type LayoutUnit,
} from './caret-moves.ts';

export interface CaretKeyContext {
  root: HTMLElement | null;
  session: DocumentSession;
  /** Whether `key` is a label's or role's hotkey, which wins over S and C. */
  isHotkey: (key: string) => boolean;
}

const LAYOUT_MOVES: [KeyId, LayoutUnit][] = [
  ['caret-character', 'character'],
  ['caret-word', 'word'],
  ['caret-line', 'line'],
];

/**
 * Carries out the caret key `e`, if it is one; whether it was. Left and right
 * work wherever focus is outside a text field, as they always have; the
 * others only with focus in the article (`focused`), since lists and panels
 * use the same keys.
 */
export function caretKey(ctx: CaretKeyContext, e: KeyboardEvent, focused: boolean): boolean {
  const { root, session } = ctx;
  const text = session.doc?.text;
  if (!root || text === undefined) return false;
  const selectedStart = session.annotations.find((a) => a.id === session.selectedId)?.start ?? null;
  for (const [id, unit] of LAYOUT_MOVES) {
    const index = keyIndex(e, id);
    if (index === -1 || (!focused && unit !== 'character' && unit !== 'word')) continue;
    ensureCaret(root, selectedStart);
    moveByLayout(root, text, unit, index === 1 ? 1 : -1, e.shiftKey);
    revealCaret(root);
    return true;
  }
  if (!focused) return false;
  const edge = keyIndex(e, 'caret-line-edge');
  if (edge !== -1) {
    ensureCaret(root, selectedStart);
    moveToLineEdge(root, text, edge === 1 ? 1 : -1, e.shiftKey);
    revealCaret(root);
    return true;
  }
  for (const [id, unit] of [
    ['caret-paragraph', 'paragraph'],
    ['caret-sentence', 'sentence'],
    ['caret-article-edge', 'article'],
  ] as const) {
    const index = keyIndex(e, id);
    if (index === -1) continue;
    ensureCaret(root, selectedStart);
    moveByText(root, text, unit, index === 1 ? 1 : -1, e.shiftKey);
    revealCaret(root);
    return true;
  }
  for (const [id, unit] of [
    ['select-sentence', 'sentence'],
    ['select-clause', 'clause'],
  ] as const) {
    if (keyIndex(e, id) === -1 || ctx.isHotkey(keyChar(e))) continue;
    ensureCaret(root, selectedStart);
    selectUnit(root, text, unit);
    revealCaret(root);
    return true;
  }
  return false;
}
