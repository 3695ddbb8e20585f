import { afterEach, describe, expect, it, vi } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { compactWhenIdle } from '../../../src-renderer/editor/compact-when-idle.ts';

/** Idle callbacks queued by the code under test, run when the test says the browser is idle. */
function fakeIdle(): () => void {
  const queued = new Map<number, () => void>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    queued.set(next, run);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => queued.delete(id));
  return () => {
    const runs = [...queued.values()];
    queued.clear();
    for (const run of runs) run();
  };
}

const addParagraphs = (editor: LexicalEditor, count: number, word: string) =>
  editor.update(
    () => {
      for (let i = 0; i < count; i++)
        $getRoot().append($createParagraphNode().append($createTextNode(`${word} ${i}`)));
    },
    { discrete: true },
  );

/** A headless editor holding a document large enough for Lexical to keep its node map copy-on-write (1,000 nodes and more). */
function largeEditor(): LexicalEditor {
  const editor = createEditor({
    onError: (e) => {
      throw e;
    },
  });
  addParagraphs(editor, 1500, 'woord');
  return editor;
}

/** The writes Lexical's node map holds apart since it last folded them in (its copy-on-write young map). */
const young = (editor: LexicalEditor): number => {
  const map: object = editor.getEditorState()._nodeMap;
  return '_nursery' in map && map._nursery instanceof Map ? map._nursery.size : 0;
};

describe('compactWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('folds the node map of a large document once the browser is idle, and the document stays as it was', () => {
    const idle = fakeIdle();
    const editor = largeEditor();
    const stop = compactWhenIdle(editor);
    addParagraphs(editor, 400, 'nieuw');
    // Every update copies these before its first write: a keypress would pay for all of them.
    expect(young(editor)).toBeGreaterThanOrEqual(800);
    const before = editor.getEditorState().read(() => $getRoot().getTextContent());
    idle();
    expect(young(editor)).toBe(0);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(before);
    // Later updates still land, on top of the folded map.
    addParagraphs(editor, 1, 'daarna');
    expect(editor.getEditorState().read(() => $getRoot().getLastChild()?.getTextContent())).toBe('daarna 0');
    stop();
  });

  it('stops folding once unregistered', () => {
    const idle = fakeIdle();
    const editor = largeEditor();
    compactWhenIdle(editor)();
    addParagraphs(editor, 400, 'nieuw');
    idle();
    expect(young(editor)).toBeGreaterThanOrEqual(800);
  });
});
