import { useEffect, useRef } from 'react';
import type { ReadingPlace } from '../../src-main/db/place.ts';
import { offsetOfPoint, pointOfOffset } from '../editor/dom-offsets.ts';
import { api, call } from './api.ts';

/** Scrolling that has stopped this long is a place worth keeping. */
const SAVE_AFTER_MS = 400;
/** How far below the view's top edge the place is read and put back: inside its first line. */
const INSET = 4;
/** How many frames a reopened article gets to show its text before the place is given up. */
const MAX_FRAMES = 120;

/** The text offset at the top of the article's view. */
function topOffset(root: HTMLElement, scroller: HTMLElement): number {
  if (scroller.scrollTop === 0) return 0;
  const view = scroller.getBoundingClientRect();
  const text = root.getBoundingClientRect();
  const caret = document.caretPositionFromPoint(text.left + 2, view.top + INSET);
  return (caret && offsetOfPoint(root, caret.offsetNode, caret.offset)) ?? 0;
}

/** Scrolls the line that holds `offset` to the top of the view; false while the text is not there yet. */
function scrollToOffset(root: HTMLElement, scroller: HTMLElement, offset: number): boolean {
  if (offset === 0) return true;
  const point = pointOfOffset(root, offset);
  if (!point) return false;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  range.setEnd(point.node, Math.min(point.offset + 1, point.node.textContent?.length ?? point.offset));
  const top = range.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += top - INSET;
  return true;
}

/** A place not kept costs the user a scroll, none of their work; failing writes that matter are reported. */
const keep = (place: ReadingPlace) => void call(api().place.set(place)).catch(() => undefined);

interface Options {
  docId: number | null;
  open: (id: number) => Promise<void>;
  /** The article's text root and the element that scrolls it. */
  root: HTMLElement | null;
  scroller: HTMLElement | null;
}

/**
 * Where the user was: the open document and the text at the top of its view,
 * kept in the database as they read, and reopened there when the window
 * loads (a reload or a restart).
 */
export function useReadingPlace({ docId, open, root, scroller }: Options): void {
  const restoring = useRef<ReadingPlace | null>(null);
  const openId = useRef(docId);
  openId.current = docId;

  useEffect(() => {
    let current = true;
    void call(api().place.get({}))
      .then((place) => {
        // A document the user opened meanwhile wins.
        if (!current || !place || openId.current !== null) return;
        restoring.current = place;
        void open(place.documentId);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [open]);

  // Back to the place once the article shows its text.
  useEffect(() => {
    const place = restoring.current;
    if (!place || !root || !scroller || docId !== place.documentId) return;
    let frames = 0;
    let frame = requestAnimationFrame(function tick() {
      if (scrollToOffset(root, scroller, place.offset) || ++frames > MAX_FRAMES) {
        // Once more after the next layout: chunks near the view may have taken their real height.
        frame = requestAnimationFrame(() => {
          scrollToOffset(root, scroller, place.offset);
          restoring.current = null;
        });
      } else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [docId, root, scroller]);

  // Another document opens at its top, not where the last one was scrolled to.
  const shown = useRef<number | null>(null);
  useEffect(() => {
    if (docId === null || !scroller || shown.current === docId) return;
    shown.current = docId;
    if (!restoring.current) scroller.scrollTop = 0;
  }, [docId, scroller]);

  // Kept when a document opens and whenever scrolling stops.
  useEffect(() => {
    if (docId === null || !root || !scroller) return;
    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (!restoring.current) keep({ documentId: docId, offset: topOffset(root, scroller) });
      }, SAVE_AFTER_MS);
    };
    later();
    scroller.addEventListener('scroll', later, { passive: true });
    return () => {
      window.clearTimeout(timer);
      scroller.removeEventListener('scroll', later);
    };
  }, [docId, root, scroller]);
}
