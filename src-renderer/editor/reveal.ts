/** Scrolls the article so that (the start of) annotation `id` is in view. */
export function revealAnnotation(root: HTMLElement, id: number): void {
  root.querySelector(`[data-ids~="${id}"]`)?.scrollIntoView({ block: 'nearest' });
}

/** The same for suggestion `id`. */
export function revealSuggestion(root: HTMLElement, id: number): void {
  root.querySelector(`[data-sids~="${id}"]`)?.scrollIntoView({ block: 'nearest' });
}
