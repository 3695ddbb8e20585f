import { useLayoutEffect, useMemo, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $getRoot,
  $isElementNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { selectedRange, selectRange } from './dom-offsets.ts';
import { paragraphRanges } from './segments.ts';
import { $createSegmentNode, $isSegmentNode } from './SegmentNode.ts';
import { NOTHING_DRAWN, planSync, type DrawnParagraph, type SyncState } from './sync-plan.ts';

function $runsOf(text: string, drawn: DrawnParagraph): LexicalNode[] {
  return drawn.pieces.map((piece) =>
    piece.kind === 'break'
      ? $createLineBreakNode()
      : $createSegmentNode(
          text.slice(piece.start, piece.end),
          piece.start,
          piece.ids,
          piece.hint,
          piece.style,
        ),
  );
}

/** Gives the runs of `paragraph` (same places as `drawn`) their new ids, tooltips and styles. */
function $restyle(paragraph: ElementNode, drawn: DrawnParagraph): void {
  const children = paragraph.getChildren();
  drawn.pieces.forEach((piece, i) => {
    const node = children[i];
    if (piece.kind === 'text' && $isSegmentNode(node)) node.setHighlight(piece.ids, piece.hint, piece.style);
  });
}

/** Keeps the editor showing `text` with its annotations, redrawing only what changed. */
export function SyncPlugin(props: SyncState) {
  const { text, annotations, labels, selectedId } = props;
  const [editor] = useLexicalComposerContext();
  const drawn = useRef(NOTHING_DRAWN);
  const ranges = useMemo(() => paragraphRanges(text), [text]);

  // Before the browser paints: a highlight drawn from a keypress belongs in that keypress's frame.
  useLayoutEffect(() => {
    const plan = planSync(drawn.current, { text, annotations, labels, selectedId }, ranges);
    drawn.current = plan.drawn;
    if (plan.replace.length === 0 && plan.restyle.length === 0) return;
    // Replaced runs get new DOM nodes, which would drop a selection the
    // user is about to tag; it is kept by offsets and put back afterwards.
    const root = editor.getRootElement();
    const kept = root && !plan.rebuild && plan.replace.length ? selectedRange(root) : null;
    editor.update(
      () => {
        const root = $getRoot();
        // Lexical mirrors the browser selection into its state; runs about to be
        // replaced must not stay referenced there. The DOM selection is left as it is.
        $setSelection(null);
        if (plan.rebuild) {
          root.clear();
          root.append(
            ...plan.replace.map(({ paragraph }) =>
              $createParagraphNode().append(...$runsOf(text, paragraph)),
            ),
          );
          return;
        }
        // A paragraph keeps its node and gets new runs: replacing the node itself
        // would make Lexical reconcile every paragraph of the article, and the
        // browser restyle every one after it.
        const existing = root.getChildren();
        for (const { index, paragraph } of plan.replace) {
          const node = existing[index];
          if ($isElementNode(node)) node.clear().append(...$runsOf(text, paragraph));
        }
        for (const { index, paragraph } of plan.restyle) {
          const node = existing[index];
          if ($isElementNode(node)) $restyle(node, paragraph);
        }
      },
      { discrete: true },
    );
    if (root && kept && !kept.collapsed) selectRange(root, kept.start, kept.end);
  }, [editor, text, ranges, annotations, labels, selectedId]);
  return null;
}
