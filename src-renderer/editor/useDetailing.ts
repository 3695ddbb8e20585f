import { useEffect } from 'react';
import type { LexicalEditor } from 'lexical';
import { CHUNK } from './segments.ts';
import { useLatest } from '../state/useLatest.ts';
import type { Press } from './usePress.ts';

/** The paragraphs of chunk `c` still drawn plain. */
function plainIn(detailed: Uint8Array, c: number): number[] {
  const found: number[] = [];
  for (let i = c * CHUNK; i < Math.min(detailed.length, (c + 1) * CHUNK); i++)
    if (!detailed[i]) found.push(i);
  return found;
}

/** The nearest ancestor that scrolls, or null for the window. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(e).overflowY)) return e;
  }
  return null;
}

/**
 * Draws the highlights of the paragraphs a new document showed as plain
 * text (sync-plan.ts), a chunk at a time, as chunks come within a window's
 * height of the view: they are detailed before they are seen, and a chunk
 * nobody scrolls to costs nothing. Not while a mouse button is down
 * (usePress.ts): then on release.
 * Restarts when the text or the labels' colours or names change, which draw the article anew.
 */
export function useDetailing(
  editor: LexicalEditor,
  text: string,
  /** sync-plan.ts labelsKeyOf: the labels as far as drawing goes (their list is reloaded after every save). */
  labelsKey: string,
  press: Press,
  detailed: () => Uint8Array,
  widen: (paragraphs: number[]) => void,
): void {
  const calls = useLatest({ detailed, widen });

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const near = new Set<number>();
    const detailNear = () => {
      if (press.down()) {
        press.afterRelease('detail', detailNear);
        return;
      }
      const paragraphs = [...near].flatMap((chunk) => plainIn(calls.current.detailed(), chunk));
      near.clear();
      if (paragraphs.length) calls.current.widen(paragraphs);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const chunk = Array.prototype.indexOf.call(root.children, entry.target) as number;
          if (entry.isIntersecting && chunk !== -1) near.add(chunk);
        }
        detailNear();
      },
      // The margin counts only around the observer's root, so that is the scroller itself.
      { root: scrollerOf(root), rootMargin: '100% 0px' },
    );
    for (const chunk of root.children) observer.observe(chunk);
    // A plain chunk becomes a ChunkNode, with an element of its own, when an
    // edit or the selection details one of its paragraphs: the rest of them
    // are still to be detailed as it nears the view.
    const added = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) observer.observe(node);
        for (const node of record.removedNodes) if (node instanceof Element) observer.unobserve(node);
      }
    });
    added.observe(root, { childList: true });
    return () => {
      observer.disconnect();
      added.disconnect();
    };
  }, [editor, text, labelsKey, press, calls]);
}
