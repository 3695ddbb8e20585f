import { useCallback, useEffect, useRef, useState, type UIEvent } from 'react';

/**
 * Rows drawn beyond each edge of the view, so a short scroll never shows a
 * gap. Four (224 px) cover a wheel step; every one is drawn again on each
 * filter keystroke, so no more than that.
 */
const OVERSCAN = 4;

/**
 * Windowing for a list of fixed-height rows in a scrolling viewport: which
 * rows are in view, and how to bring one into view. Only those rows go into
 * the DOM, so a list of 10,000 or 100,000 costs what a screenful does.
 */
export function useVisibleRows(count: number, rowHeight: number) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback((e: UIEvent<HTMLElement>) => setScrollTop(e.currentTarget.scrollTop), []);

  /** Scrolls just enough (centring it when it was out of view) to show row `index`. */
  const reveal = useCallback(
    (index: number) => {
      const el = viewport.current;
      if (!el) return;
      const top = index * rowHeight;
      if (top < el.scrollTop || top + rowHeight > el.scrollTop + el.clientHeight) {
        el.scrollTop = top - el.clientHeight / 2;
      }
    },
    [rowHeight],
  );

  return {
    /** The scrolling element the rows sit in. */
    viewport,
    first: Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN),
    last: Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN),
    /** Rows that fit in the view, for Page Up / Page Down. */
    perPage: Math.max(1, Math.floor(height / rowHeight)),
    onScroll,
    reveal,
  };
}
