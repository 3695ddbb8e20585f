import { pointOfOffset, selectRange } from '../editor/dom-offsets.ts';
import { scrollToMatch } from './find-highlights.ts';

/** How many frames a just-opened article gets to show its text. */
const MAX_FRAMES = 120;

/**
 * Selects [start, end) of the open article, scrolls it into the middle of the
 * view and puts focus in the article, as soon as the article shows that
 * text (a document just opened is drawn a frame or more later): `ready`
 * says when the article shows the right document.
 */
export function revealTextRange(
  ready: () => boolean,
  root: () => HTMLElement | null,
  scroller: () => HTMLElement | null,
  start: number,
  end: number,
): void {
  let frames = 0;
  const attempt = () => {
    const r = root();
    const s = scroller();
    if (r && s && ready() && pointOfOffset(r, end)) {
      r.focus({ preventScroll: true });
      selectRange(r, start, end);
      scrollToMatch(r, s, start, end);
      return;
    }
    if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
