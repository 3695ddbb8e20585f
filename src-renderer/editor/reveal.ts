/** Scrolls the article so that (the start of) annotation `id` is in view. */
export function revealAnnotation(root: HTMLElement, id: number): void {
  root.querySelector(`[data-ids~="${id}"]`)?.scrollIntoView({ block: 'nearest' });
}
