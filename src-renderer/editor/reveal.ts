/**
 * Scrolls the article the least to show `target` when it is near the view,
 * and to the middle when it is out of it: paragraphs shown by a jump get
 * their highlights and label badges only then (useDetailing.ts), and the
 * badges may wrap lines above it, which would push a target left at the
 * edge out of view again.
 */
function show(root: HTMLElement, target: Element | null): void {
  if (!target) return;
  const view = (root.closest('.article-scroll') ?? root).getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const outside = box.bottom < view.top || box.top > view.bottom;
  target.scrollIntoView({ block: outside ? 'center' : 'nearest' });
}

/** Scrolls the article so that (the start of) annotation `id` is in view. */
export function revealAnnotation(root: HTMLElement, id: number): void {
  show(root, root.querySelector(`[data-ids~="${id}"]`));
}

/** The same for suggestion `id`. */
export function revealSuggestion(root: HTMLElement, id: number): void {
  show(root, root.querySelector(`[data-sids~="${id}"]`));
}
