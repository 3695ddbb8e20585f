import { useEffect, useState } from 'react';

/**
 * A count that goes up one frame after the article may have moved under a
 * layer drawn over it (the role arcs, the candidate outlines): the article
 * re-laid out or scrolled; with `drawn`, also when runs are drawn in it or a
 * chunk is laid out or skipped (content-visibility). Watches only while
 * `active`; one count a frame however many changes come.
 */
export function useArticleRelayout(
  root: HTMLElement | null,
  scroller: HTMLElement | null,
  active: boolean,
  drawn: boolean,
): number {
  const [layout, setLayout] = useState(0);
  useEffect(() => {
    if (!root || !scroller || !active) return;
    let frame = 0;
    const relayout = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayout((n) => n + 1));
    };
    const resized = new ResizeObserver(relayout);
    resized.observe(root);
    const runs = drawn ? new MutationObserver(relayout) : null;
    runs?.observe(root, { childList: true, subtree: true });
    scroller.addEventListener('scroll', relayout, { passive: true });
    // Fired on a chunk as it is laid out or skipped, and not bubbling: caught on its way down.
    if (drawn) root.addEventListener('contentvisibilityautostatechange', relayout, true);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      runs?.disconnect();
      scroller.removeEventListener('scroll', relayout);
      root.removeEventListener('contentvisibilityautostatechange', relayout, true);
    };
  }, [root, scroller, active, drawn]);
  return layout;
}
