/**
 * Maps DOM selection points in the article to offsets in the stored text, and
 * back. Every run of text is a span with `data-start`; line breaks are <br>.
 */
function segmentOf(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>('[data-start]') ?? null;
}

/** The text offset of a DOM point inside `root`, or null when it is outside the article. */
export function offsetOfPoint(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const segment = segmentOf(node);
  if (segment && node.nodeType === Node.TEXT_NODE) return Number(segment.dataset.start) + offset;
  if (segment) return Number(segment.dataset.start) + (offset > 0 ? (segment.textContent ?? '').length : 0);
  // An element point (paragraph, root): take the run just before or after it.
  const el = node as Element;
  const after = el.childNodes[offset];
  const runs = root.querySelectorAll<HTMLElement>('[data-start]');
  if (after) {
    const next = after instanceof HTMLElement && after.dataset.start ? after : segmentOf(after);
    if (next) return Number(next.dataset.start);
  }
  let best: number | null = null;
  for (const run of runs) {
    const position = run.compareDocumentPosition(node);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING || run.contains(node)) {
      best = Number(run.dataset.start) + (run.textContent ?? '').length;
    }
  }
  return best ?? 0;
}

/** The selected range of the article in text offsets, or null when nothing in it is selected. */
export function selectedRange(root: HTMLElement): { start: number; end: number; collapsed: boolean } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  const a = offsetOfPoint(root, sel.anchorNode, sel.anchorOffset);
  const b = offsetOfPoint(root, sel.focusNode, sel.focusOffset);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b), collapsed: sel.isCollapsed };
}

/** The DOM point for a text offset: inside the run that holds it. */
export function pointOfOffset(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const run of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(run.dataset.start);
    const text = run.firstChild;
    const length = (run.textContent ?? '').length;
    if (offset >= start && offset <= start + length && text) return { node: text, offset: offset - start };
  }
  return null;
}

/** Places a collapsed caret (a browsing caret: the text is not editable) at `offset`. */
export function placeCaret(root: HTMLElement, offset: number): void {
  const point = pointOfOffset(root, offset);
  const sel = window.getSelection();
  if (!point || !sel) return;
  sel.collapse(point.node, point.offset);
}

/** Selects [start, end) of the text, unless that is already what is selected. */
export function selectRange(root: HTMLElement, start: number, end: number): void {
  const current = selectedRange(root);
  if (current && current.start === start && current.end === end) return;
  const from = pointOfOffset(root, start);
  const to = pointOfOffset(root, end);
  const sel = window.getSelection();
  if (!from || !to || !sel) return;
  sel.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
