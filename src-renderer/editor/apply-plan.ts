/**
 * Applies a SyncPlan (sync-plan.ts) to the editor: the article as root →
 * chunks of CHUNK paragraphs → paragraph → SegmentNode runs and line breaks.
 * A chunk whose paragraphs are all drawn plain is one PlainChunkNode, which
 * draws them itself; it becomes a ChunkNode when one of them is detailed.
 */
import {
  $createLineBreakNode,
  $createParagraphNode,
  $getRoot,
  $isElementNode,
  $setSelection,
  SKIP_DOM_SELECTION_TAG,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { selectedEnds, selectEnds } from './dom-offsets.ts';
import { mayHoldSelection } from './selection-state.ts';
import { CHUNK, paragraphHeightEstimate } from './segments.ts';
import { $createChunkNode } from './ChunkNode.ts';
import { $createPlainChunkNode, $isPlainChunkNode } from './PlainChunkNode.ts';
import { $createSegmentNode, $isSegmentNode } from './SegmentNode.ts';
import type { Drawn, DrawnParagraph, DrawnPiece, SyncPlan } from './sync-plan.ts';

const chunkIndexOf = (paragraph: number) => Math.floor(paragraph / CHUNK);

function $runsOf(text: string, drawn: DrawnParagraph): LexicalNode[] {
  return drawn.pieces.map((piece) =>
    piece.kind === 'break'
      ? $createLineBreakNode()
      : $createSegmentNode(text.slice(piece.start, piece.end), piece.start, piece),
  );
}

const estimate = (paragraphs: readonly DrawnParagraph[]) =>
  paragraphs.reduce((sum, p) => sum + paragraphHeightEstimate(p.length), 0);

/** A chunk of `paragraphs`, each with its runs as nodes of their own. */
const $chunkOf = (text: string, paragraphs: readonly DrawnParagraph[]): ElementNode =>
  $createChunkNode(estimate(paragraphs)).append(
    ...paragraphs.map((p) => $createParagraphNode().append(...$runsOf(text, p))),
  );

/** The paragraphs as chunks of CHUNK: plain ones where none of its paragraphs is `detailed`. */
function $chunksOf(text: string, paragraphs: readonly DrawnParagraph[], detailed: Uint8Array): LexicalNode[] {
  const chunks: LexicalNode[] = [];
  for (let i = 0; i < paragraphs.length; i += CHUNK) {
    const group = paragraphs.slice(i, i + CHUNK);
    chunks.push(
      detailed.subarray(i, i + CHUNK).includes(1)
        ? $chunkOf(text, group)
        : $createPlainChunkNode(text, group, estimate(group)),
    );
  }
  return chunks;
}

/** The paragraph node at `index` (in text order). */
function $paragraphAt(index: number): LexicalNode | null {
  const chunk = $getRoot().getChildAtIndex(Math.floor(index / CHUNK));
  return $isElementNode(chunk) ? chunk.getChildAtIndex(index % CHUNK) : null;
}

/** Gives the runs of `paragraph` (same places as `drawn`) their new ids, tooltips and styles. */
function $restyle(paragraph: ElementNode, pieces: readonly DrawnPiece[], from = 0): void {
  const children = paragraph.getChildren();
  pieces.forEach((piece, i) => {
    const node = children[from + i];
    if (piece.kind === 'text' && $isSegmentNode(node)) node.setHighlight(piece);
  });
}

const samePlace = (a: DrawnPiece | undefined, b: DrawnPiece | undefined) =>
  !!a &&
  !!b &&
  (a.kind === 'break'
    ? b.kind === 'break' && a.at === b.at
    : b.kind === 'text' && a.start === b.start && a.end === b.end);

/**
 * Gives `paragraph` the runs of `after`: those at the same places at its
 * start and end are kept (restyled), only the ones between are new. A new
 * annotation splits a run or two, not the whole paragraph.
 */
function $replaceRuns(
  text: string,
  paragraph: ElementNode,
  before: DrawnParagraph | undefined,
  after: DrawnParagraph,
): void {
  const old = before?.pieces ?? [];
  const next = after.pieces;
  if (paragraph.getChildrenSize() !== old.length) {
    paragraph.clear().append(...$runsOf(text, after));
    return;
  }
  let head = 0;
  while (head < old.length && head < next.length && samePlace(old[head], next[head])) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < next.length - head &&
    samePlace(old[old.length - 1 - tail], next[next.length - 1 - tail])
  )
    tail++;
  $restyle(paragraph, next.slice(0, head));
  $restyle(paragraph, next.slice(next.length - tail), old.length - tail);
  paragraph.splice(
    head,
    old.length - head - tail,
    $runsOf(text, { ...after, pieces: next.slice(head, next.length - tail) }),
  );
}

/**
 * Plain chunks holding a paragraph the plan changes become ChunkNodes drawn
 * from the plan (with all their paragraphs); returns their indexes.
 */
function $unfoldPlainChunks(text: string, plan: SyncPlan): Set<number> {
  const unfolded = new Set<number>();
  const root = $getRoot();
  for (const { index } of [...plan.replace, ...plan.restyle]) {
    const c = chunkIndexOf(index);
    const chunk = root.getChildAtIndex(c);
    if (unfolded.has(c) || !$isPlainChunkNode(chunk)) continue;
    chunk.replace($chunkOf(text, plan.drawn.paragraphs.slice(c * CHUNK, (c + 1) * CHUNK)));
    unfolded.add(c);
  }
  return unfolded;
}

/** Whether chunk `c` was drawn with no paragraph detailed: a PlainChunkNode. */
const wasPlain = (previous: Drawn, c: number) =>
  !previous.detailed.subarray(c * CHUNK, (c + 1) * CHUNK).includes(1);

/**
 * Whether applying `plan` over `previous` gives runs new DOM nodes (which a
 * drag under way would lose): a new text, runs that start or end elsewhere,
 * or a restyle in a plain chunk, which is drawn anew as a ChunkNode.
 */
export const replacesRuns = (previous: Drawn, plan: SyncPlan): boolean =>
  plan.rebuild ||
  plan.replace.length > 0 ||
  plan.restyle.some(({ index }) => wasPlain(previous, chunkIndexOf(index)));

/** Applies `plan` to the editor, keeping a selection the user is about to tag, and the caret. */
export function applyPlan(
  editor: LexicalEditor,
  text: string,
  plan: SyncPlan,
  /** replacesRuns(previous, plan): a restyle keeps the runs, unless it draws a plain chunk anew. */
  replaces = plan.rebuild || plan.replace.length > 0,
): void {
  if (plan.replace.length === 0 && plan.restyle.length === 0) return;
  // Replaced runs get new DOM nodes, which would drop a selection the
  // user is about to tag, or the caret the keys move (a chunk is detailed as
  // the caret scrolls it into view); both are kept by offsets and put back afterwards.
  const root = editor.getRootElement();
  const kept = root && !plan.rebuild && replaces && mayHoldSelection() ? selectedEnds(root) : null;
  editor.update(
    () => {
      const root = $getRoot();
      // Lexical mirrors the browser selection into its state; runs about to be
      // replaced must not stay referenced there. The DOM selection is left as it is.
      $setSelection(null);
      if (plan.rebuild) {
        root.clear();
        root.append(...$chunksOf(text, plan.drawn.paragraphs, plan.drawn.detailed));
        return;
      }
      const unfolded = $unfoldPlainChunks(text, plan);
      const drawnAlready = (index: number) => unfolded.has(chunkIndexOf(index));
      // A paragraph keeps its node and gets new runs where they changed:
      // replacing the node itself would make Lexical reconcile every
      // paragraph of its chunk, and the browser restyle every one after it.
      for (const { index, paragraph, before } of plan.replace) {
        if (drawnAlready(index)) continue;
        const node = $paragraphAt(index);
        if ($isElementNode(node)) $replaceRuns(text, node, before, paragraph);
      }
      for (const { index, paragraph } of plan.restyle) {
        if (drawnAlready(index)) continue;
        const node = $paragraphAt(index);
        if ($isElementNode(node)) $restyle(node, paragraph.pieces);
      }
    },
    // Lexical would read the DOM selection (a forced layout of the whole
    // article) and clear it; the selection is kept, or put back, by offsets here.
    { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
  );
  if (root && kept) selectEnds(root, kept.anchor, kept.focus);
}
