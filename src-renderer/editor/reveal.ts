import { pointOfOffset } from './dom-offsets.ts';

/** How many frames a revealed target is followed while the chunks around it settle. */
const FOLLOW_FRAMES = 4;

/**
 * Scrolls the article the least to show what `find` finds when it is near
 * the view, and to the middle when it is out of it: paragraphs shown by a
 * jump get their highlights and label badges only then (useDetailing.ts),
 * and the badges may wrap lines above it, which would push a target left at
 * the edge out of view again. Chunks that jump lays out for the first time
 * may be taller or shorter than their estimate (article.css), and a plain
 * paragraph's runs are replaced when it is detailed: the target is found
 * again and followed for a few frames, until it stays in view.
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
  first.scrollIntoView({ block: outside(first) ? 'center' : 'nearest' });
  let frames = FOLLOW_FRAMES;
  const follow = () => {
    const target = find();
    if (!target || !outside(target)) return;
    target.scrollIntoView({ block: 'center' });
    if (--frames > 0) requestAnimationFrame(follow);
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
