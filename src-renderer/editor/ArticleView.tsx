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
  type ParagraphNode,
} from 'lexical';
import type { Annotation, Label } from '../../src-main/db/model.ts';
import { buildParagraphs, type Paragraph } from './segments.ts';
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

function SyncPlugin({ text, annotations, labels, selectedId }: Omit<ArticleViewProps, 'onRoot'>) {
  const [editor] = useLexicalComposerContext();
  const rendered = useRef<{ text: string; signatures: string[] }>({ text: '', signatures: [] });
  const paragraphs = useMemo(() => buildParagraphs(text, annotations), [text, annotations]);

  useEffect(() => {
    const ctx: HighlightContext = {
      annotations: new Map(annotations.map((a) => [a.id, a])),
      labels: new Map(labels.map((l) => [l.id, l])),
      selectedId,
    };
    const signatures = paragraphs.map((p) => signature(p, ctx));
    const previous = rendered.current;
    const sameText = previous.text === text && previous.signatures.length === signatures.length;
    // Rebuilt paragraphs get new DOM nodes, which would drop a selection the
    // user is about to tag; it is kept by offsets and put back afterwards.
    const root = editor.getRootElement();
    const kept = root && sameText ? selectedRange(root) : null;
    editor.update(
      () => {
        const root = $getRoot();
        // Lexical mirrors the browser selection into its state; runs about to be
        // replaced must not stay referenced there. The DOM selection is left as it is.
        $setSelection(null);
        if (!sameText) root.clear();
        paragraphs.forEach((p, i) => {
          if (sameText && previous.signatures[i] === signatures[i]) return;
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
          if (sameText) root.getChildAtIndex<ParagraphNode>(i)?.replace(paragraph);
          else root.append(paragraph);
        });
      },
      { discrete: true },
    );
    rendered.current = { text, signatures };
    if (root && kept && !kept.collapsed) selectRange(root, kept.start, kept.end);
  }, [editor, text, paragraphs, annotations, labels, selectedId]);
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
