import { pointOfOffset } from './dom-offsets.ts';
import { followJump } from './follow-jump.ts';

/**
 * Scrolls the article the least to show what `find` finds when it is near
 * the view, and to the middle when it is out of it: paragraphs shown by a
 * jump get their highlights and label badges only then (useDetailing.ts),
 * and the badges may wrap lines above it, which would push a target left at
 * the edge out of view again. After a jump, the target is followed while the
 * chunks around it settle (follow-jump.ts).
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
  followJump(() => {
    const target = find();
    if (target && outside(target)) target.scrollIntoView({ block: 'center' });
  });
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
