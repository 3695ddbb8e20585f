/**
 * Canary: what the article view assumes of Lexical beyond its documented
 * use (src-renderer/editor/README.md), checked on a headless editor with our
 * own node classes. A Lexical upgrade that breaks one fails here by name.
 * What needs a real DOM is checked in tests/e2e/lexical-canary.spec.ts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $isRootOrShadowRoot,
  createEditor,
  type ParagraphNode,
  type LexicalEditor,
} from 'lexical';
import { $createChunkNode, ChunkNode } from '../../../src-renderer/editor/ChunkNode.ts';
import { $createSegmentNode, $isSegmentNode, SegmentNode } from '../../../src-renderer/editor/SegmentNode.ts';
import type { Highlight } from '../../../src-renderer/editor/highlight.ts';

const broke = (assumption: string) =>
  `Lexical upgrade broke assumption "${assumption}": see src-renderer/editor/README.md`;

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PLAIN: Highlight = {
  ids: [],
  hint: '',
  tone: '',
  style: '',
  label: '',
  labelTone: '',
  sids: [],
  outline: '',
  badge: '',
};
const EVENT: Highlight = { ...PLAIN, ids: [7], hint: 'EVENT', tone: 'tone-1' };

function articleEditor(): LexicalEditor {
  return createEditor({
    namespace: 'canary',
    nodes: [ChunkNode, SegmentNode],
    onError: (error) => {
      throw error;
    },
  });
}

/** One chunk holding one paragraph of `runs` (text, start), committed at once. */
function draw(editor: LexicalEditor, runs: [string, number][], highlight = PLAIN): string {
  let paragraphKey = '';
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append(
        ...runs.map(([text, start]) => $createSegmentNode(text, start, highlight)),
      );
      paragraphKey = paragraph.getKey();
      $getRoot().clear().append($createChunkNode(100).append(paragraph));
    },
    { discrete: true },
  );
  return paragraphKey;
}

const runsOf = (editor: LexicalEditor, paragraphKey: string) =>
  editor.getEditorState().read(() => {
    const paragraph = $getNodeByKey<ParagraphNode>(paragraphKey);
    return (paragraph?.getChildren() ?? []).map((node) =>
      $isSegmentNode(node) ? { key: node.getKey(), start: node.__start, ids: node.__ids } : null,
    );
  });

describe('Lexical canary', () => {
  it('installs one Lexical: every lexical and @lexical/* package at one version, no nested copy', () => {
    const version = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const lexical = version(join(ROOT, 'node_modules', 'lexical'));
    const scoped = join(ROOT, 'node_modules', '@lexical');
    for (const name of readdirSync(scoped)) {
      const dir = join(scoped, name);
      expect(version(dir), broke(`@lexical/${name} is at lexical's version`)).toBe(lexical);
      expect(existsSync(join(dir, 'node_modules', 'lexical')), broke(`@lexical/${name} shares lexical`)).toBe(
        false,
      );
    }
  });

  it('registers our node types and commits a discrete update before update() returns', () => {
    const editor = articleEditor();
    const paragraph = draw(editor, [['Het kabinet ', 0]]);
    expect(runsOf(editor, paragraph), broke('update({ discrete: true }) commits synchronously')).toEqual([
      expect.objectContaining({ start: 0 }),
    ]);
  });

  it('never merges adjacent runs that look the same', () => {
    const editor = articleEditor();
    const paragraph = draw(editor, [
      ['Het ', 0],
      ['kabinet', 4],
    ]);
    // Normalization runs at the start of every update: one more must leave both runs.
    editor.update(() => $getRoot().markDirty(), { discrete: true });
    expect(
      runsOf(editor, paragraph).map((r) => r?.start),
      broke('isSimpleText() false keeps a TextNode from being merged with its neighbour'),
    ).toEqual([0, 4]);
  });

  it('restyles a run in place: same node key, same offset, new ids', () => {
    const editor = articleEditor();
    const paragraph = draw(editor, [['kabinet', 4]]);
    const [before] = runsOf(editor, paragraph);
    editor.update(
      () => {
        const run = $getNodeByKey(before?.key ?? '');
        if ($isSegmentNode(run)) run.setHighlight(EVENT);
      },
      { discrete: true },
    );
    expect(
      runsOf(editor, paragraph),
      broke('getWritable() clones a node with our clone(), keeping its key'),
    ).toEqual([{ key: before?.key, start: 4, ids: [7] }]);
  });

  it('keeps the paragraph node when its runs are spliced', () => {
    const editor = articleEditor();
    const paragraph = draw(editor, [['Het kabinet valt', 0]]);
    editor.update(
      () => {
        const node = $getNodeByKey<ParagraphNode>(paragraph);
        node?.splice(0, 1, [
          $createSegmentNode('Het ', 0, PLAIN),
          $createSegmentNode('kabinet', 4, EVENT),
          $createSegmentNode(' valt', 11, PLAIN),
        ]);
      },
      { discrete: true },
    );
    expect(
      runsOf(editor, paragraph).map((r) => r?.start),
      broke('ElementNode.splice() replaces children and keeps the element'),
    ).toEqual([0, 4, 11]);
  });

  it('builds no article text of its own: the runs give Lexical none', () => {
    const editor = articleEditor();
    draw(editor, [
      ['Het kabinet ', 0],
      ['valt', 12],
    ]);
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(text, broke('ElementNode.getTextContent() joins its children’s getTextContent()')).not.toMatch(
      /\S/,
    );
  });

  it('lets the text of plain TextNodes through, so the test above means something', () => {
    const editor = articleEditor();
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('kabinet'))), {
      discrete: true,
    });
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('kabinet');
  });

  it('treats a chunk as a shadow root, so its paragraphs are top-level blocks', () => {
    const editor = articleEditor();
    const paragraph = draw(editor, [['kabinet', 0]]);
    editor.getEditorState().read(() => {
      const node = $getNodeByKey<ParagraphNode>(paragraph);
      expect($isRootOrShadowRoot(node?.getParent() ?? null), broke('isShadowRoot() makes a root')).toBe(true);
      expect(node?.getTopLevelElement()?.getKey(), broke('a shadow root’s children are top-level')).toBe(
        paragraph,
      );
    });
  });
});
