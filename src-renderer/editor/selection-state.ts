/**
 * Whether the page may hold a selection (a caret included), known without
 * asking the browser. Asking, even for `anchorNode`, when nothing is selected
 * makes Chromium lay the page out first: right after a keypress has changed
 * the article that is a layout of the whole article (1–5 ms of a
 * million-character one) spent on learning that there is nothing to keep.
 *
 * Events keep it true to the page: a user's selection starts with
 * `selectstart` (fired before the selection changes, drag, double click or
 * select-all alike), the app's own changes go through clearSelection and
 * noteSelected, and every `selectionchange` sets it to what is really there.
 * It errs on the side of "maybe": that only costs the look.
 */
let present = true;

/** False only when no selection, not even a caret, can be on the page. */
export const mayHoldSelection = (): boolean => present;

/** Removes the page's selection. */
export function clearSelection(): void {
  window.getSelection()?.removeAllRanges();
  present = false;
}

/** The app has just selected something (or put the caret) itself. */
export function noteSelected(): void {
  present = true;
}

/** Follows the user's selection from now until the returned function is called. */
export function watchSelection(): () => void {
  const onStart = () => {
    present = true;
  };
  const onChange = () => {
    present = !!window.getSelection()?.anchorNode;
  };
  document.addEventListener('selectstart', onStart, { capture: true });
  document.addEventListener('selectionchange', onChange);
  return () => {
    document.removeEventListener('selectstart', onStart, { capture: true });
    document.removeEventListener('selectionchange', onChange);
  };
}
