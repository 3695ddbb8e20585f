import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
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
import { useDetailing } from './useDetailing.ts';
import { usePress, type Press } from './usePress.ts';
import { useLatest } from '../state/useLatest.ts';
import { selectedEnds, selectEnds } from './dom-offsets.ts';
import { mayHoldSelection, watchSelection } from './selection-state.ts';
import { CHUNK, paragraphHeightEstimate, paragraphRanges } from './segments.ts';
import { $createChunkNode } from './ChunkNode.ts';
import { $createSegmentNode, $isSegmentNode } from './SegmentNode.ts';
import {
  labelsKeyOf,
  NOTHING_DRAWN,
  planSync,
  type Drawn,
  type DrawnParagraph,
  type DrawnPiece,
  type SyncPlan,
  type SyncState,
} from './sync-plan.ts';

function $runsOf(text: string, drawn: DrawnParagraph): LexicalNode[] {
  return drawn.pieces.map((piece) =>
    piece.kind === 'break'
      ? $createLineBreakNode()
      : $createSegmentNode(text.slice(piece.start, piece.end), piece.start, piece),
  );
}

const estimate = (paragraphs: readonly DrawnParagraph[]) =>
  paragraphs.reduce((sum, p) => sum + paragraphHeightEstimate(p.length), 0);

/** The paragraphs as chunks of CHUNK, each paragraph with its runs. */
function $chunksOf(text: string, paragraphs: readonly DrawnParagraph[]): LexicalNode[] {
  const chunks: LexicalNode[] = [];
  for (let i = 0; i < paragraphs.length; i += CHUNK) {
    const group = paragraphs.slice(i, i + CHUNK);
    chunks.push(
      $createChunkNode(estimate(group)).append(
        ...group.map((p) => $createParagraphNode().append(...$runsOf(text, p))),
      ),
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

/** Applies `plan` to the editor, keeping a selection the user is about to tag, and the caret. */
function applyPlan(editor: LexicalEditor, text: string, plan: SyncPlan): void {
  if (plan.replace.length === 0 && plan.restyle.length === 0) return;
  // Replaced runs get new DOM nodes, which would drop a selection the
  // user is about to tag, or the caret the keys move (a chunk is detailed as
  // the caret scrolls it into view); both are kept by offsets and put back afterwards.
  const root = editor.getRootElement();
  const kept = root && !plan.rebuild && plan.replace.length && mayHoldSelection() ? selectedEnds(root) : null;
  editor.update(
    () => {
      const root = $getRoot();
      // Lexical mirrors the browser selection into its state; runs about to be
      // replaced must not stay referenced there. The DOM selection is left as it is.
      $setSelection(null);
      if (plan.rebuild) {
        root.clear();
        root.append(
          ...$chunksOf(
            text,
            plan.replace.map(({ paragraph }) => paragraph),
          ),
        );
        return;
      }
      // A paragraph keeps its node and gets new runs where they changed:
      // replacing the node itself would make Lexical reconcile every
      // paragraph of its chunk, and the browser restyle every one after it.
      for (const { index, paragraph, before } of plan.replace) {
        const node = $paragraphAt(index);
        if ($isElementNode(node)) $replaceRuns(text, node, before, paragraph);
      }
      for (const { index, paragraph } of plan.restyle) {
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

/** Whether applying `plan` gives runs new DOM nodes (which a drag under way would lose). */
const replacesRuns = (plan: SyncPlan) => plan.rebuild || plan.replace.length > 0;

interface Target {
  state: SyncState;
  ranges: readonly { start: number; end: number }[];
}

/**
 * Brings the editor from what `drawn` holds to the latest state (and
 * `widen`'s paragraphs to their highlights). New runs under a pressed mouse
 * wait for its release, and are then drawn from the state of that moment.
 */
function redraw(
  editor: LexicalEditor,
  drawn: { current: Drawn },
  latest: RefObject<Target>,
  press: Press,
  widen?: readonly number[],
): void {
  const { state, ranges } = latest.current;
  const plan = planSync(drawn.current, state, ranges, widen);
  if (press.down() && replacesRuns(plan)) {
    press.afterRelease('redraw', () => redraw(editor, drawn, latest, press));
    return;
  }
  drawn.current = plan.drawn;
  applyPlan(editor, state.text, plan);
}

/** Keeps the editor showing `text` with its annotations, redrawing only what changed. */
export function SyncPlugin(props: SyncState) {
  const { text, annotations, labels, selectedId, suggestions, selectedSuggestionId, suggestedHint } = props;
  const [editor] = useLexicalComposerContext();
  const drawn = useRef(NOTHING_DRAWN);
  const ranges = useMemo(() => paragraphRanges(text), [text]);
  const labelsKey = useMemo(() => labelsKeyOf(labels), [labels]);
  const press = usePress(editor);
  const latest = useLatest<Target>({
    state: { text, annotations, labels, selectedId, suggestions, selectedSuggestionId, suggestedHint },
    ranges,
  });
  useEffect(() => watchSelection(), []);

  // Before the browser paints: a highlight drawn from a keypress belongs in that keypress's frame.
  useLayoutEffect(() => {
    redraw(editor, drawn, latest, press);
  }, [
    editor,
    latest,
    press,
    text,
    ranges,
    annotations,
    labels,
    selectedId,
    suggestions,
    selectedSuggestionId,
    suggestedHint,
  ]);

  useDetailing(
    editor,
    text,
    labelsKey,
    press,
    () => drawn.current.detailed,
    (widen) => redraw(editor, drawn, latest, press, widen),
  );
  return null;
}
