/**
 * The browsing caret's moves in the read-only article. Lines are the
 * browser's business (Selection.modify knows where a line wraps on screen);
 * paragraphs, sentences and clauses come from the stored text (text-units.ts),
 * so the caret lands on exact offsets whatever runs the paragraph is drawn in.
 * Shift with a move extends the selection instead: its anchor stays.
 */
import {
  offsetOfPoint,
  placeCaret,
  pointOfOffset,
  selectedEnds,
  selectedRange,
  selectEnds,
  selectRange,
} from './dom-offsets.ts';
import { noteSelected } from './selection-state.ts';
import { clauseAt, paragraphStep, sentenceAt, sentenceStep } from './text-units.ts';

export type Direction = 1 | -1;
/** Moves the browser lays out: by character, word, screen line. */
export type LayoutUnit = 'character' | 'word' | 'line';
/** Moves worked out on the text; `article` to its start or end (the browser's would leave the article). */
export type TextUnit = 'paragraph' | 'sentence' | 'article';

/** The caret's offset (the selection's focus), or null when the article holds no selection. */
function focusOffset(root: HTMLElement): number | null {
  const sel = window.getSelection();
  if (!sel?.focusNode) return null;
  return offsetOfPoint(root, sel.focusNode, sel.focusOffset);
}

/**
 * Without a caret in the article, one is put first: at `fallback` (the
 * selected annotation) or else at the first character in view, so a key
 * never scrolls the reader away from what they see.
 */
export function ensureCaret(root: HTMLElement, fallback: number | null): void {
  if (selectedRange(root)) return;
  if (fallback !== null) {
    placeCaret(root, fallback);
    return;
  }
  const box = root.getBoundingClientRect();
  const view = scrollerOf(root)?.getBoundingClientRect() ?? box;
  const x = box.left + 2;
  const y = Math.max(box.top, view.top) + 2;
  const point = document.caretPositionFromPoint(x, y);
  const offset = point ? offsetOfPoint(root, point.offsetNode, point.offset) : null;
  placeCaret(root, offset ?? 0);
}

/** The nearest ancestor that scrolls the article. */
function scrollerOf(root: HTMLElement): HTMLElement | null {
  for (let el = root.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return null;
}

/** Scrolls the article just enough to show the caret (the selection's focus). */
export function revealCaret(root: HTMLElement): void {
  const sel = window.getSelection();
  const scroller = scrollerOf(root);
  if (!sel?.focusNode || !scroller) return;
  const range = document.createRange();
  range.setStart(sel.focusNode, sel.focusOffset);
  // The character after the caret: at a line's wrap, a collapsed range reports the line above.
  if (sel.focusNode.nodeType === Node.TEXT_NODE && sel.focusOffset < (sel.focusNode.textContent ?? '').length)
    range.setEnd(sel.focusNode, sel.focusOffset + 1);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  // A line of margin, so the line after the caret's shows too.
  const margin = rect.height || 24;
  if (rect.top < view.top + margin) scroller.scrollTop -= view.top + margin - rect.top;
  else if (rect.bottom > view.bottom - margin) scroller.scrollTop += rect.bottom - (view.bottom - margin);
}

/** Moves (or with `extend`, extends the selection) by a unit of the browser's layout. */
export function moveByLayout(
  root: HTMLElement,
  text: string,
  unit: LayoutUnit,
  direction: Direction,
  extend: boolean,
): void {
  const sel = window.getSelection();
  const before = selectedEnds(root);
  if (!sel || !before) return;
  // The article is not editable, so there is no native caret to move: the selection is moved instead.
  sel.modify(extend ? 'extend' : 'move', direction === 1 ? 'forward' : 'backward', unit);
  noteSelected();
  // Past the first or last line the browser leaves the article (for the panel beside it): stop at its edge.
  if (selectedEnds(root)) return;
  const edge = direction === 1 ? text.length : 0;
  if (extend) selectEnds(root, before.anchor, edge);
  else placeCaret(root, edge);
}

/** The screen box of the character at `at`, if it is drawn. */
function charBox(root: HTMLElement, at: number): DOMRect | null {
  // The run that holds the character's end holds the character.
  const end = at >= 0 ? pointOfOffset(root, at + 1) : null;
  if (!end || end.offset < 1) return null;
  const range = document.createRange();
  range.setStart(end.node, end.offset - 1);
  range.setEnd(end.node, end.offset);
  return range.getClientRects()[0] ?? null;
}

/** The screen box of the line the caret is on: that of the character after it, else the one before. */
const caretLineBox = (root: HTMLElement, offset: number): DOMRect | null =>
  charBox(root, offset) ?? charBox(root, offset - 1);

/**
 * To the start or end of the caret's line on screen. Worked out here, not by
 * Selection.modify: where a line wraps, its end and the next line's start
 * are one offset, and a caret moved there by a line key counts as on the
 * next line while the browser's line edge would take the line before. The
 * end is put before a space the line wraps after, so it stays on its line
 * (and Shift+End selects the line without it).
 */
export function moveToLineEdge(root: HTMLElement, text: string, direction: Direction, extend: boolean): void {
  const from = focusOffset(root);
  if (from === null) return;
  const line = caretLineBox(root, from);
  const box = root.getBoundingClientRect();
  if (!line) return;
  const x = direction === 1 ? box.right - 1 : box.left + 1;
  const point = document.caretPositionFromPoint(x, line.top + line.height / 2);
  let to = point ? offsetOfPoint(root, point.offsetNode, point.offset) : null;
  if (to === null) return;
  if (
    direction === 1 &&
    to > from &&
    /\s/.test(text[to - 1] ?? '') &&
    caretLineBox(root, to)?.top !== line.top
  )
    to--;
  moveTo(root, to, extend);
}

/** Moves the caret to `offset`, or extends the selection there with `extend`. */
function moveTo(root: HTMLElement, offset: number, extend: boolean): void {
  const sel = window.getSelection();
  const point = pointOfOffset(root, offset);
  if (!extend || !sel?.anchorNode || !point) {
    placeCaret(root, offset);
    return;
  }
  sel.extend(point.node, point.offset);
  noteSelected();
}

/** Moves or extends to the next (previous) paragraph's or sentence's start. */
export function moveByText(
  root: HTMLElement,
  text: string,
  unit: TextUnit,
  direction: Direction,
  extend: boolean,
): void {
  const from = focusOffset(root);
  if (from === null) return;
  const to =
    unit === 'paragraph'
      ? paragraphStep(text, from, direction)
      : unit === 'sentence'
        ? sentenceStep(text, from, direction)
        : null;
  // Past the last sentence: to the text's end (start), where a paragraph step would go too.
  moveTo(root, to ?? (direction === 1 ? text.length : 0), extend);
}

/** Selects the sentence or the clause the caret is in, exactly, ready for a label key. */
export function selectUnit(root: HTMLElement, text: string, unit: 'sentence' | 'clause'): boolean {
  const from = focusOffset(root);
  if (from === null) return false;
  const range = unit === 'sentence' ? sentenceAt(text, from) : clauseAt(text, from);
  if (!range) return false;
  selectRange(root, range.start, range.end);
  return true;
}
