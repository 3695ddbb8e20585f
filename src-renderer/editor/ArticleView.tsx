import { useEffect, useMemo, useRef } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $getRoot,
  $setSelection,
  type LexicalNode,
} from 'lexical';
import type { Annotation, Label } from '../../src-main/db/model.ts';
import { buildParagraphs, paragraphOf, paragraphRanges, type Paragraph } from './segments.ts';
import { changedSpans, paragraphsUnder } from './dirty-paragraphs.ts';
import { $createSegmentNode, SegmentNode } from './SegmentNode.ts';
import { selectedRange, selectRange } from './dom-offsets.ts';
import { highlightHint, highlightStyle, type HighlightContext } from './highlight.ts';

export interface ArticleViewProps {
  text: string;
  annotations: readonly Annotation[];
  labels: readonly Label[];
  selectedId: number | null;
  onRoot: (root: HTMLElement | null) => void;
}

/** What a paragraph looks like; a paragraph is rebuilt only when this changes. */
function signature(p: Paragraph, ctx: HighlightContext): string {
  return p.pieces
    .map((x) => (x.kind === 'break' ? `b${x.at}` : `${x.start}-${x.end}:${highlightStyle(x.ids, ctx)}`))
    .join('|');
}

interface Rendered {
  text: string;
  annotations: readonly Annotation[];
  selectedId: number | null;
  /** Label ids, names and colours: any change there restyles every paragraph. */
  labelsKey: string;
  signatures: string[];
}

const labelsKeyOf = (labels: readonly Label[]) => labels.map((l) => `${l.id}:${l.name}:${l.color}`).join('|');

/** Past this many changed spans (a document read back after undo, say), every paragraph is compared. */
const MANY_CHANGES = 256;

/**
 * The paragraphs to look at again: a rebuild from scratch for a new text or
 * new label colours; otherwise those under the annotations that changed and
 * under the selection ring, wherever it was and is ('all' when that is most).
 */
function paragraphsToCheck(
  previous: Rendered,
  next: Omit<Rendered, 'signatures'>,
  ranges: readonly { start: number; end: number }[],
): number[] | 'all' | 'rebuild' {
  if (
    previous.text !== next.text ||
    previous.labelsKey !== next.labelsKey ||
    previous.signatures.length !== ranges.length
  ) {
    return 'rebuild';
  }
  const touched = changedSpans(previous.annotations, next.annotations);
  if (previous.selectedId !== next.selectedId) {
    const ring = (list: readonly Annotation[], id: number | null) => list.find((a) => a.id === id);
    for (const a of [
      ring(previous.annotations, previous.selectedId),
      ring(next.annotations, next.selectedId),
    ])
      if (a) touched.push(a);
  }
  return touched.length > MANY_CHANGES ? 'all' : paragraphsUnder(ranges, touched);
}

function SyncPlugin({ text, annotations, labels, selectedId }: Omit<ArticleViewProps, 'onRoot'>) {
  const [editor] = useLexicalComposerContext();
  const rendered = useRef<Rendered>({
    text: '',
    annotations: [],
    selectedId: null,
    labelsKey: '',
    signatures: [],
  });
  const ranges = useMemo(() => paragraphRanges(text), [text]);

  useEffect(() => {
    const previous = rendered.current;
    const next = { text, annotations, selectedId, labelsKey: labelsKeyOf(labels) };
    const check = paragraphsToCheck(previous, next, ranges);
    const whole = check === 'rebuild';
    const labelMap = new Map(labels.map((l) => [l.id, l]));
    const context = (spans: readonly Annotation[]): HighlightContext => ({
      annotations: new Map(spans.map((a) => [a.id, a])),
      labels: labelMap,
      selectedId,
    });
    // Each paragraph to rebuild, with the context its styles are worked out in.
    let work: { index: number; paragraph: Paragraph; ctx: HighlightContext }[];
    if (check === 'all' || check === 'rebuild') {
      const ctx = context(annotations);
      work = buildParagraphs(text, annotations).map((paragraph, index) => ({ index, paragraph, ctx }));
    } else {
      work = check.map((index) => {
        const paragraph = paragraphOf(text, ranges[index] ?? { start: 0, end: 0 }, annotations);
        return { index, paragraph, ctx: context(paragraph.spans) };
      });
    }
    const signatures = whole ? [] : [...previous.signatures];
    const changed = work.filter(({ index, paragraph, ctx }) => {
      const sig = signature(paragraph, ctx);
      signatures[index] = sig;
      return whole || previous.signatures[index] !== sig;
    });
    rendered.current = { ...next, signatures };
    if (changed.length === 0) return;

    // Rebuilt paragraphs get new DOM nodes, which would drop a selection the
    // user is about to tag; it is kept by offsets and put back afterwards.
    const root = editor.getRootElement();
    const kept = root && !whole ? selectedRange(root) : null;
    editor.update(
      () => {
        const root = $getRoot();
        // Lexical mirrors the browser selection into its state; runs about to be
        // replaced must not stay referenced there. The DOM selection is left as it is.
        $setSelection(null);
        if (whole) root.clear();
        const existing = whole ? [] : root.getChildren();
        for (const { index, paragraph: p, ctx } of changed) {
          const children: LexicalNode[] = p.pieces.map((piece) =>
            piece.kind === 'break'
              ? $createLineBreakNode()
              : $createSegmentNode(
                  text.slice(piece.start, piece.end),
                  piece.start,
                  piece.ids,
                  highlightHint(piece.ids, ctx),
                  highlightStyle(piece.ids, ctx),
                ),
          );
          const paragraph = $createParagraphNode();
          paragraph.append(...children);
          if (whole) root.append(paragraph);
          else existing[index]?.replace(paragraph);
        }
      },
      { discrete: true },
    );
    if (root && kept && !kept.collapsed) selectRange(root, kept.start, kept.end);
  }, [editor, text, ranges, annotations, labels, selectedId]);
  return null;
}

function RootPlugin({ onRoot }: Pick<ArticleViewProps, 'onRoot'>) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerRootListener((root) => onRoot(root)), [editor, onRoot]);
  return null;
}

/**
 * The article, rendered by Lexical read-only: the stored text character for
 * character, `\n\n` as paragraphs and `\n` as line breaks, with highlights.
 */
export function ArticleView(props: ArticleViewProps) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'annotator-article',
      editable: false,
      nodes: [SegmentNode],
      theme: { paragraph: 'article-paragraph' },
      onError: (error: Error) => {
        throw error;
      },
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ContentEditable
        tabIndex={0}
        className="article-text"
        aria-label="Article text"
        aria-readonly="true"
        spellCheck={false}
      />
      <SyncPlugin
        text={props.text}
        annotations={props.annotations}
        labels={props.labels}
        selectedId={props.selectedId}
      />
      <RootPlugin onRoot={props.onRoot} />
    </LexicalComposer>
  );
}
