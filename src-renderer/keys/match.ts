/**
 * Matches key events against the key table (src-main/ipc/keys.ts): the
 * window's handlers ask `matches(e, 'undo')` instead of spelling keys out.
 */
import { KEYS, partsOf, type KeyId, type KeyRow } from '../../src-main/ipc/keys.ts';

/** The character a key stands for, ignoring Shift (Shift+1 is "!" but means hotkey 1). */
export function keyChar(e: KeyboardEvent): string {
  const m = /^(?:Digit|Numpad)(\d)$|^Key([A-Z])$/.exec(e.code);
  if (e.code === 'BracketLeft') return '[';
  if (e.code === 'BracketRight') return ']';
  return (m?.[1] ?? m?.[2] ?? e.key).toLowerCase();
}

/** Keys that are a place on the keyboard: Shift is a modifier of theirs, not part of the character. */
const PLACED = /^[a-z0-9[\]]$/i;

function matchesKey(e: KeyboardEvent, accelerator: string, row: KeyRow): boolean {
  const { modifiers, key } = partsOf(accelerator);
  const has = (m: string) => modifiers.includes(m);
  const ctrl = has('CmdOrCtrl')
    ? e.ctrlKey || e.metaKey
    : has('Ctrl')
      ? e.ctrlKey && !e.metaKey
      : has('Cmd')
        ? e.metaKey
        : !e.ctrlKey && !e.metaKey;
  if (!ctrl || e.altKey !== has('Alt')) return false;
  const typed = key.length === 1 && !PLACED.test(key);
  // "?" and "+" take Shift on most layouts; a caret key takes it to extend.
  if (!typed && !row.shiftExtends && e.shiftKey !== has('Shift')) return false;
  if (key === 'Plus') return e.key === '+';
  if (key === 'Space') return e.key === ' ';
  if (PLACED.test(key)) return keyChar(e) === key.toLowerCase();
  return e.key === key;
}

/** Whether `e` is one of the keys of row `id`. */
export const matches = (e: KeyboardEvent, id: KeyId): boolean =>
  (KEYS[id] as KeyRow).keys.some((accelerator) => matchesKey(e, accelerator, KEYS[id]));

/** Which of row `id`'s keys `e` is, by its place in the row (-1: none); rows list "back / on" pairs. */
export const keyIndex = (e: KeyboardEvent, id: KeyId): number =>
  (KEYS[id] as KeyRow).keys.findIndex((accelerator) => matchesKey(e, accelerator, KEYS[id]));

/** Whether a key pressed in `target` is typing in a field, where the window's single-key commands do not apply. */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
