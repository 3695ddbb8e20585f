/**
 * The editor tree a plan builds (apply-plan.ts), on a headless Lexical editor
 * with the app's node classes: what Lexical has to create and reconcile when
 * a long article opens, and where each paragraph's runs are afterwards.
 */
import { describe, expect, it } from 'vitest';
import { $getRoot, $isElementNode, createEditor, type LexicalEditor, type LexicalNode } from 'lexical';
import type { AnnotationView, Label } from '../../../src-main/db/model.ts';
import { ChunkNode } from '../../../src-renderer/editor/ChunkNode.ts';
import { PlainChunkNode } from '../../../src-renderer/editor/PlainChunkNode.ts';
import { $isSegmentNode, SegmentNode } from '../../../src-renderer/editor/SegmentNode.ts';
import { applyPlan, replacesRuns } from '../../../src-renderer/editor/apply-plan.ts';
import { CHUNK, paragraphRanges } from '../../../src-renderer/editor/segments.ts';
import {
  DETAILED_AT_FIRST,
  NOTHING_DRAWN,
  planSync,
  type Drawn,
  type SyncState,
} from '../../../src-renderer/editor/sync-plan.ts';
import { annotationRow } from './annotation-row.ts';

const LABELS: Label[] = [
  { id: 1, name: 'EVENT', color: '#f2a93b', hotkey: '1', position: 0, description: '' },
];
const PARAGRAPH = 'Het kabinet heeft 2.500 militairen naar Irak gestuurd.\nDe Kamer stemde in.';
// 3,000 paragraphs, 150 chunks: a long article's shape.
const TEXT = Array.from({ length: 3000 }, () => PARAGRAPH).join('\n\n');
const RANGES = paragraphRanges(TEXT);
const at = (paragraph: number, offset: number) => (RANGES[paragraph]?.start ?? 0) + offset;

const annotation = (id: number, start: number, end: number): AnnotationView =>
  annotationRow({ id, start, end });

// One annotation in every paragraph's first word.
const ANNOTATIONS = RANGES.map((r, i) => annotation(i + 1, r.start, r.start + 3));

function articleEditor(): LexicalEditor {
  return createEditor({
    namespace: 'apply-plan',
    nodes: [ChunkNode, PlainChunkNode, SegmentNode],
    theme: { paragraph: 'article-paragraph' },
    onError: (error) => {
      throw error;
    },
  });
}

const state = (selectedId: number | null = null): SyncState => ({
  text: TEXT,
  annotations: ANNOTATIONS,
  selectedId,
  labels: LABELS,
  suggestions: [],
  selectedSuggestionId: null,
});

/** Opens the article in `editor`, as SyncPlugin does; what was drawn. */
function open(editor: LexicalEditor): Drawn {
  const plan = planSync(NOTHING_DRAWN, state(), RANGES);
  applyPlan(editor, TEXT, plan);
  return plan.drawn;
}

function countNodes(editor: LexicalEditor): number {
  return editor.getEditorState().read(() => {
    const count = (node: LexicalNode): number =>
      1 + ($isElementNode(node) ? node.getChildren().reduce((n, c) => n + count(c), 0) : 0);
    return count($getRoot());
  });
}

/** The runs of paragraph `index` as (start, text, ids), read from the editor. */
const runsAt = (editor: LexicalEditor, index: number) =>
  editor.getEditorState().read(() => {
    const chunk = $getRoot().getChildAtIndex(Math.floor(index / CHUNK));
    const paragraph = $isElementNode(chunk) ? chunk.getChildAtIndex(index % CHUNK) : null;
    return $isElementNode(paragraph)
      ? paragraph
          .getChildren()
          .flatMap((n) => ($isSegmentNode(n) ? [[n.__start, n.__text, n.__ids.join()]] : []))
      : null;
  });

describe('the editor tree of a long article', () => {
  it('is a node per chunk past the first ones when it opens, not a node per paragraph and run', () => {
    const editor = articleEditor();
    open(editor);
    const chunks = Math.ceil(RANGES.length / CHUNK);
    // The first chunks' paragraphs, with their runs (an annotation makes two or three a line), and one node per far chunk.
    const detailedNodes = DETAILED_AT_FIRST * (1 + 6);
    expect(countNodes(editor)).toBeLessThanOrEqual(1 + chunks + detailedNodes);
    expect(runsAt(editor, 0)).toEqual([
      [at(0, 0), 'Het', '1'],
      [at(0, 3), PARAGRAPH.slice(3, PARAGRAPH.indexOf('\n')), ''],
      [at(0, PARAGRAPH.indexOf('\n') + 1), 'De Kamer stemde in.', ''],
    ]);
  });

  it('builds a far chunk whole, at the exact offsets, once a paragraph in it is detailed', () => {
    const editor = articleEditor();
    const opened = open(editor);
    const last = RANGES.length - 1;
    // Selecting the last paragraph's annotation details that paragraph (sync-plan.ts).
    const plan = planSync(opened, state(last + 1), RANGES);
    applyPlan(editor, TEXT, plan);
    expect(runsAt(editor, last)).toEqual([
      [at(last, 0), 'Het', String(last + 1)],
      [at(last, 3), PARAGRAPH.slice(3, PARAGRAPH.indexOf('\n')), ''],
      [at(last, PARAGRAPH.indexOf('\n') + 1), 'De Kamer stemde in.', ''],
    ]);
    // Its neighbours in the chunk are there too, plain until they are detailed.
    expect(runsAt(editor, last - 1)).toEqual([
      [at(last - 1, 0), PARAGRAPH.slice(0, PARAGRAPH.indexOf('\n')), ''],
      [at(last - 1, PARAGRAPH.indexOf('\n') + 1), 'De Kamer stemde in.', ''],
    ]);
    // Detailing the rest of the chunk as it scrolls into view gives them their highlights.
    const chunk = Math.floor(last / CHUNK);
    const rest = Array.from({ length: CHUNK }, (_, i) => chunk * CHUNK + i).filter((i) => i < last);
    applyPlan(editor, TEXT, planSync(plan.drawn, state(last + 1), RANGES, rest));
    expect(runsAt(editor, last - 1)?.[0]).toEqual([at(last - 1, 0), 'Het', String(last)]);
  });
});

describe('a far chunk restyled without new runs', () => {
  it('is drawn anew with the highlight, and counts as replacing runs (a drag waits for it)', () => {
    const editor = articleEditor();
    const opened = open(editor);
    const last = RANGES.length - 1;
    // An annotation over the paragraph's whole second line: its runs keep their places, only their look changes.
    const line = PARAGRAPH.indexOf('\n') + 1;
    const whole = annotation(99_999, at(last, line), at(last, PARAGRAPH.length));
    const plan = planSync(
      opened,
      // (Its first word's annotation left out, which would cut a run.)
      { ...state(whole.id), annotations: [...ANNOTATIONS.slice(0, last), whole] },
      RANGES,
    );
    expect(plan.replace.filter((r) => r.index === last)).toEqual([]);
    expect(replacesRuns(opened, plan)).toBe(true);
    applyPlan(editor, TEXT, plan);
    expect(runsAt(editor, last)?.at(-1)).toEqual([at(last, line), 'De Kamer stemde in.', String(whole.id)]);
  });
});
