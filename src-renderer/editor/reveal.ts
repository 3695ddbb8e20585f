import { pointOfOffset } from './dom-offsets.ts';

/**
 * How long a revealed target is followed while the chunks around it settle:
 * detailing them waits for an observer and a redraw, later on a busy machine.
 */
const FOLLOW_MS = 800;

/**
 * Scrolls the article the least to show what `find` finds when it is near
 * the view, and to the middle when it is out of it: paragraphs shown by a
 * jump get their highlights and label badges only then (useDetailing.ts),
 * and the badges may wrap lines above it, which would push a target left at
 * the edge out of view again. Chunks that jump lays out for the first time
 * may be taller or shorter than their estimate (article.css), and a plain
 * paragraph's runs are replaced when it is detailed: after a jump, the
 * target is found again each frame and brought back while it settles,
 * until the user scrolls, clicks or presses a key.
 */
function show(root: HTMLElement, find: () => Element | null): void {
  const scroller = root.closest('.article-scroll') ?? root;
  const outside = (target: Element) => {
    const view = scroller.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    return box.bottom < view.top || box.top > view.bottom;
  };
  const first = find();
  if (!first) return;
  if (!outside(first)) {
    first.scrollIntoView({ block: 'nearest' });
    return;
  }
  first.scrollIntoView({ block: 'center' });
  const until = performance.now() + FOLLOW_MS;
  const moved = new AbortController();
  const stop = () => moved.abort();
  for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart'])
    window.addEventListener(type, stop, { capture: true, passive: true, signal: moved.signal });
  const follow = () => {
    if (moved.signal.aborted) return;
    if (performance.now() > until) {
      stop();
      return;
    }
    const target = find();
    if (target && outside(target)) target.scrollIntoView({ block: 'center' });
    requestAnimationFrame(follow);
  };
  requestAnimationFrame(follow);
}

/** Scrolls the article so that (the start of) annotation `id` is in view. */
export function revealAnnotation(root: HTMLElement, id: number): void {
  show(root, () => root.querySelector(`[data-ids~="${id}"]`));
}

/**
 * The same for annotation `id` starting at `start`, which may still be in a
 * paragraph drawn plain (without its highlights): then the run holding `start`.
 */
export function revealAnnotationAt(root: HTMLElement, id: number, start: number): void {
  show(
    root,
    () => root.querySelector(`[data-ids~="${id}"]`) ?? pointOfOffset(root, start)?.node.parentElement ?? null,
  );
}

/** The same for suggestion `id`. */
export function revealSuggestion(root: HTMLElement, id: number): void {
  show(root, () => root.querySelector(`[data-sids~="${id}"]`));
}
