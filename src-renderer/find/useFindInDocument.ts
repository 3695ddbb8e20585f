import { useCallback, useEffect, useMemo, useState } from 'react';
import { findAll, foldForFind } from '../../src-main/text/find-fold.ts';
import { selectRange } from '../editor/dom-offsets.ts';
import { clearMatches, paintMatches, scrollToMatch } from './find-highlights.ts';

export interface FindInDocument {
  open: boolean;
  query: string;
  /** Where the matches start, in text order. */
  starts: readonly number[];
  /** The current match's index, or -1 when there is none. */
  current: number;
  /** Opens the bar (again), with the article's selected text as the query if some is selected. */
  show: (selected: string | null) => void;
  setQuery: (query: string) => void;
  /** To the next (1) or previous (-1) match, round the end. */
  move: (direction: 1 | -1) => void;
  /** Closes the bar, selects the current match and puts focus back in the article. */
  close: () => void;
}

/**
 * The find bar's state (Ctrl + F): matches of the query in the open
 * document, ignoring case and accents (text/find-fold.ts, as the corpus
 * search and the document filter do), drawn in place (find-highlights.ts).
 */
export function useFindInDocument(
  root: HTMLElement | null,
  scroller: HTMLElement | null,
  text: string | null,
): FindInDocument {
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  // The index chosen among these very matches; a new query or document starts at the first.
  const [pick, setPick] = useState<{ of: readonly number[]; index: number }>({ of: [], index: -1 });
  // Folded once per document while the bar is open (a million characters take ~20 ms, a
  // keystroke's search ~2), not on every opening of a document, where it held up the first paint.
  const folded = useMemo(() => (!open || text === null ? '' : foldForFind(text)), [open, text]);
  const needle = useMemo(() => foldForFind(query), [query]);
  const starts = useMemo(() => (open ? findAll(folded, needle) : []), [open, folded, needle]);
  const length = needle.length;
  const current = pick.of === starts ? pick.index : starts.length > 0 ? 0 : -1;

  useEffect(() => {
    if (!open || !root || !scroller) return;
    let frame = 0;
    const paint = () => {
      frame = 0;
      paintMatches(root, scroller, folded.length, { starts, length, current });
    };
    const later = () => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    paint();
    // Runs are redrawn as chunks are detailed and annotations change: ranges over removed text nodes go stale.
    const observer = new MutationObserver(later);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    scroller.addEventListener('scroll', later, { passive: true });
    return () => {
      observer.disconnect();
      scroller.removeEventListener('scroll', later);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [open, root, scroller, folded, starts, length, current]);

  useEffect(() => {
    if (!open) clearMatches();
    return clearMatches;
  }, [open]);

  useEffect(() => {
    const start = starts[current];
    if (open && root && scroller && start !== undefined)
      return scrollToMatch(root, scroller, start, start + length);
  }, [open, root, scroller, starts, current, length]);

  const show = useCallback((selected: string | null) => {
    setOpen(true);
    if (selected) setQueryState(selected);
  }, []);

  const move = useCallback(
    (direction: 1 | -1) => {
      if (starts.length === 0) return;
      setPick({ of: starts, index: (current + direction + starts.length) % starts.length });
    },
    [starts, current],
  );

  const close = useCallback(() => {
    setOpen(false);
    if (!root) return;
    root.focus({ preventScroll: true });
    const start = starts[current];
    if (start !== undefined) selectRange(root, start, start + length);
  }, [root, starts, current, length]);

  return { open, query, starts, current, show, setQuery: setQueryState, move, close };
}
