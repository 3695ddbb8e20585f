/**
 * Maps DOM selection points in the article to offsets in the stored text, and
 * back. The article root holds chunks of paragraphs (ChunkNode); every run of
 * text is a span with `data-start`; line breaks are <br>. A long article has
 * tens of thousands of runs, so lookups go to the chunk and the paragraph
 * first (binary searches) and only then through the paragraph's runs.
 */
import { noteSelected } from './selection-state.ts';

const RUN = '[data-start]';

function segmentOf(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>(RUN) ?? null;
}

const startOf = (run: HTMLElement) => Number(run.dataset.start);
const endOf = (run: HTMLElement) => startOf(run) + (run.textContent ?? '').length;

const runsIn = (el: Element) => el.querySelectorAll<HTMLElement>(RUN);

/** The offset where the last run before child `index` of `parent` ends, or null. */
function endBefore(parent: Node, index: number): number | null {
  for (let i = Math.min(index, parent.childNodes.length) - 1; i >= 0; i--) {
    const child = parent.childNodes[i];
    if (!(child instanceof HTMLElement)) continue;
    const runs = child.matches(RUN) ? [child] : [...runsIn(child)];
    const last = runs[runs.length - 1];
    if (last) return endOf(last);
  }
  return null;
}

/** The text offset of a DOM point inside `root`, or null when it is outside the article. */
export function offsetOfPoint(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const segment = segmentOf(node);
  if (segment && node.nodeType === Node.TEXT_NODE) return startOf(segment) + offset;
  if (segment) return startOf(segment) + (offset > 0 ? (segment.textContent ?? '').length : 0);
  // An element point (paragraph, root): the run right after it, else where the run before it ends.
  const after = node.childNodes[offset];
  if (after instanceof HTMLElement && after.matches(RUN)) return startOf(after);
  let parent: Node = node;
  let index = offset;
  for (;;) {
    const end = endBefore(parent, index);
    if (end !== null) return end;
    const up: Node | null = parent.parentNode;
    if (parent === root || !up) return 0;
    index = Array.prototype.indexOf.call(up.childNodes, parent) as number;
    parent = up;
  }
}

/** The selected range of the article in text offsets, or null when nothing in it is selected. */
export function selectedRange(root: HTMLElement): { start: number; end: number; collapsed: boolean } | null {
  // Anchor and focus only: isCollapsed makes the browser lay out a
  // just-changed article first even when a selection is there to read.
  const sel = window.getSelection();
  if (!sel?.anchorNode || !sel.focusNode) return null;
  const a = offsetOfPoint(root, sel.anchorNode, sel.anchorOffset);
  const b = offsetOfPoint(root, sel.focusNode, sel.focusOffset);
  if (a === null || b === null) return null;
  // Collapsed in text: a selection from the end of one run to the start of the next holds no character.
  return { start: Math.min(a, b), end: Math.max(a, b), collapsed: a === b };
}

/** The selection's anchor and focus in text offsets (the focus is the caret), or null outside the article. */
export function selectedEnds(root: HTMLElement): { anchor: number; focus: number } | null {
  const sel = window.getSelection();
  if (!sel?.anchorNode || !sel.focusNode) return null;
  const anchor = offsetOfPoint(root, sel.anchorNode, sel.anchorOffset);
  const focus = offsetOfPoint(root, sel.focusNode, sel.focusOffset);
  return anchor === null || focus === null ? null : { anchor, focus };
}

/** Of `blocks` (in text order), the index of the last whose first run starts at or before `offset`. */
function lastStartingAtOrBefore(blocks: HTMLCollection, offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An empty block has no run: judge it by the next one that has.
    let probe = mid;
    let first: HTMLElement | null = null;
    while (probe <= hi && !(first = blocks[probe]?.querySelector<HTMLElement>(RUN) ?? null)) probe++;
    if (first && startOf(first) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The paragraph that holds `offset` and the one after it (an offset at a paragraph's end may be either's). */
function paragraphsAround(root: HTMLElement, offset: number): Element[] {
  const chunk = root.children[lastStartingAtOrBefore(root.children, offset)];
  if (!chunk) return [];
  const paragraph = chunk.children[lastStartingAtOrBefore(chunk.children, offset)];
  if (!paragraph) return [];
  const next = paragraph.nextElementSibling ?? chunk.nextElementSibling?.firstElementChild;
  return next ? [paragraph, next] : [paragraph];
}

/** The DOM point for a text offset: inside the run that holds it. */
export function pointOfOffset(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const paragraph of paragraphsAround(root, offset)) {
    for (const run of runsIn(paragraph)) {
      const start = startOf(run);
      const text = run.firstChild;
      if (offset >= start && offset <= endOf(run) && text) return { node: text, offset: offset - start };
    }
  }
  return null;
}

/** Places a collapsed caret (a browsing caret: the text is not editable) at `offset`. */
export function placeCaret(root: HTMLElement, offset: number): void {
  const point = pointOfOffset(root, offset);
  const sel = window.getSelection();
  if (!point || !sel) return;
  sel.collapse(point.node, point.offset);
  noteSelected();
}

/** Selects from `anchor` to `focus` (either way round), unless that is already what is selected. */
export function selectEnds(root: HTMLElement, anchor: number, focus: number): void {
  const current = selectedEnds(root);
  if (current && current.anchor === anchor && current.focus === focus) return;
  const from = pointOfOffset(root, anchor);
  const to = pointOfOffset(root, focus);
  const sel = window.getSelection();
  if (!from || !to || !sel) return;
  sel.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  noteSelected();
}

/** Selects [start, end) of the text, unless that is already what is selected. */
export function selectRange(root: HTMLElement, start: number, end: number): void {
  const current = selectedRange(root);
  if (current && current.start === start && current.end === end) return;
  selectEnds(root, start, end);
}
