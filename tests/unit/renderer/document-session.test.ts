import { describe, expect, it } from 'vitest';
import { notInDocument, SessionCore } from '../../../src-renderer/state/document-session.ts';
import { documentRecord, FakeBridge, FakeWindow, spans, TEXT } from './fake-bridge.ts';

const A = documentRecord(1, 'doc_a');
const B = documentRecord(2, 'doc_b');
const ACTOR = 3;
const at = (word: string): [number, number] => {
  const start = TEXT.indexOf(word);
  return [start, start + word.length];
};

async function session() {
  const bridge = new FakeBridge(A, B);
  const window = new FakeWindow();
  const core = new SessionCore(bridge, window, window);
  await core.open(A.id);
  return { bridge, window, core };
}

describe('the document session against a fake bridge', () => {
  it('sends queued changes one at a time, in the order they were made', async () => {
    const { bridge, window, core } = await session();
    const release = bridge.holdReplies();
    const first = core.create(ACTOR, ...at('De VS'));
    const second = core.create(ACTOR, ...at('Joe Biden'));
    const draft = window.selectedId ?? 0;
    const moved = core.update(draft, (a) => ({ end: a.end - 6 }));
    // Drawn at once, before any reply.
    expect(spans(window.annotations)).toEqual(['De VS', 'Joe Biden']);
    expect(window.save).toEqual({ kind: 'saving' });
    release();
    expect(await Promise.all([first, second, moved])).toEqual(['stored', 'stored', 'stored']);
    expect(bridge.mostInFlight).toBe(1);
    expect(bridge.sent.slice(1)).toEqual([
      'annotations.create 1',
      'annotations.create 1',
      'annotations.update 2',
    ]);
    expect(spans(bridge.stored(A.id))).toEqual(['De VS', 'Joe']);
    expect(window.save).toEqual({ kind: 'saved' });
  });

  it('replaces a draft by the stored row, and keeps it selected', async () => {
    const { bridge, window, core } = await session();
    window.holdPaint = true;
    const created = core.create(ACTOR, ...at('Joe Biden'));
    const [draft] = window.annotations;
    expect(draft?.id).toBeLessThan(0);
    expect(window.selectedId).toBe(draft?.id);
    // Nothing is sent before the frame that shows the draft.
    expect(bridge.sent).toEqual(['documents.get 1']);
    await window.paint();
    expect(await created).toBe('stored');
    const [row] = bridge.stored(A.id);
    expect(window.annotations.map((a) => a.id)).toEqual([row?.id]);
    expect(window.selectedId).toBe(row?.id);
    expect(window.doc?.status).toBe('in_progress');
    expect(window.history).toEqual({ undo: 1, redo: 0 });
  });

  it('a failure on the open document removes the draft and says what failed', async () => {
    const { bridge, window, core } = await session();
    bridge.failNext('annotations.create', 'INTERNAL', 'attempt to write a readonly database');
    expect(await core.create(ACTOR, ...at('Joe Biden'))).toBe('failed');
    expect(window.annotations).toEqual([]);
    expect(window.selectedId).toBeNull();
    expect(window.save).toEqual({ kind: 'failed', message: 'attempt to write a readonly database' });
    // Read back from the database: the view keeps nothing it lacks.
    expect(bridge.sent.at(-1)).toBe('documents.get 1');
    expect(window.doc?.id).toBe(A.id);
  });

  it('a failure after the user opened another document leaves that one alone and names the first', async () => {
    const { bridge, window, core } = await session();
    window.holdPaint = true;
    const created = core.create(ACTOR, ...at('Joe Biden'));
    bridge.failNext('annotations.create', 'INTERNAL', 'attempt to write a readonly database');
    await core.open(B.id);
    await window.paint();
    expect(await created).toBe('failed-elsewhere');
    expect(window.doc?.id).toBe(B.id);
    expect(window.annotations).toEqual([]);
    expect(bridge.sent.filter((c) => c === 'documents.get 1')).toHaveLength(1);
    expect(window.hints).toEqual(['Not saved in doc_a: attempt to write a readonly database.']);
    expect(window.save).toEqual({ kind: 'saved' });
    // Opened again, the first document is what the database holds.
    await core.open(A.id);
    expect(window.annotations).toEqual([]);
  });

  it('a refusal after the user opened another document names the first one too', async () => {
    const { bridge, window, core } = await session();
    const release = bridge.holdReplies();
    const created = core.create(ACTOR, ...at('De VS'));
    bridge.failNext('annotations.create', 'CONFLICT', 'annotation exists');
    const opening = core.open(B.id);
    release();
    await opening;
    expect(await created).toBe('failed-elsewhere');
    expect(window.doc?.id).toBe(B.id);
    expect(window.hints).toEqual(['Not saved in doc_a: already tagged: ACTOR “De VS” exists.']);
  });

  it('a status change or undo queued on a document does not bring it back once another is open', async () => {
    const { bridge, window, core } = await session();
    await core.create(ACTOR, ...at('De VS'));
    const release = bridge.holdReplies();
    const done = core.setStatus('done');
    const undone = core.step('undo');
    const opening = core.open(B.id);
    release();
    await opening;
    expect(await Promise.all([done, undone])).toEqual(['stored', 'stored']);
    expect(window.doc?.id).toBe(B.id);
    expect(window.doc?.status).toBe('todo');
    expect(window.annotations).toEqual([]);
    // Both were still made where the user made them.
    expect(bridge.docs.get(A.id)?.document.status).toBe('done');
    expect(bridge.stored(A.id)).toEqual([]);
  });

  it('refuses to change or delete an annotation of a document no longer open, and sends nothing', async () => {
    const { bridge, window, core } = await session();
    await core.create(ACTOR, ...at('Joe Biden'));
    const id = window.selectedId ?? 0;
    await core.open(B.id);
    const sent = bridge.sent.length;
    expect(await core.remove(id)).toBe('failed');
    expect(await core.update(id, { labelId: ACTOR })).toBe('failed');
    expect(bridge.sent.length).toBe(sent);
    expect(window.hints).toEqual([notInDocument(), notInDocument()]);
    expect(spans(bridge.stored(A.id))).toEqual(['Joe Biden']);
    expect(window.save).toEqual({ kind: 'saved' });
  });

  it('undo and redo wait for the changes queued before them', async () => {
    const { bridge, window, core } = await session();
    const release = bridge.holdReplies();
    const created = core.create(ACTOR, ...at('Joe Biden'));
    const undone = core.step('undo');
    release();
    expect(await Promise.all([created, undone])).toEqual(['stored', 'stored']);
    // The reply says what the step put back: the document is not read again.
    expect(bridge.sent.slice(1)).toEqual(['annotations.create 1', 'history.undo 1']);
    expect(window.annotations).toEqual([]);
    expect(window.history).toEqual({ undo: 0, redo: 1 });
    expect(await core.step('redo')).toBe('stored');
    expect(spans(window.annotations)).toEqual(['Joe Biden']);
    expect(window.selectedId).toBe(bridge.stored(A.id)[0]?.id);
  });
});
