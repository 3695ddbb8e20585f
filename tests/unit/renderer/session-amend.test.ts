import { describe, expect, it } from 'vitest';
import { SessionCore } from '../../../src-renderer/state/document-session.ts';
import { withFragment } from '../../../src-renderer/editor/fragments.ts';
import { documentRecord, FakeBridge, FakeWindow, TEXT } from './fake-bridge.ts';

const A = documentRecord(1, 'doc_a');
const EVENT = 1;
const at = (word: string): [number, number] => {
  const start = TEXT.indexOf(word);
  return [start, start + word.length];
};

async function withEvent() {
  const bridge = new FakeBridge(A);
  const window = new FakeWindow();
  const core = new SessionCore(bridge, window, window);
  await core.open(A.id);
  await core.create(EVENT, ...at('hebben'));
  const id = window.annotations[0]?.id ?? 0;
  return { bridge, window, core, id };
}

describe('attributes, fragments, note and flag from the session', () => {
  it('shows a set attribute at once, stores it, and unsets it with null', async () => {
    const { bridge, window, core, id } = await withEvent();
    const release = bridge.holdReplies();
    const set = core.amend(id, { attributes: { polarity: 'negative', tense: 'past' } });
    // Drawn before the reply.
    expect(window.annotations[0]?.attributes).toEqual({ polarity: 'negative', tense: 'past' });
    expect(window.save).toEqual({ kind: 'saving' });
    release();
    expect(await set).toBe('stored');
    expect(bridge.stored(A.id)[0]?.attributes).toEqual({ polarity: 'negative', tense: 'past' });
    expect(await core.amend(id, { attributes: { tense: null } })).toBe('stored');
    expect(window.annotations[0]?.attributes).toEqual({ polarity: 'negative' });
    expect(bridge.stored(A.id)[0]?.attributes).toEqual({ polarity: 'negative' });
    expect(window.save).toEqual({ kind: 'saved' });
  });

  it('a refused value goes away again and the refusal is said with its reason', async () => {
    const { bridge, window, core, id } = await withEvent();
    bridge.failNext('annotations.update', 'VALIDATION', '"maybe" is not a valid polarity');
    expect(await core.amend(id, { attributes: { polarity: 'maybe' } })).toBe('failed');
    expect(window.annotations[0]?.attributes).toEqual({});
    expect(window.hints.at(-1)).toBe('"maybe" is not a valid polarity.');
    expect(window.save).toEqual({ kind: 'saved' });
  });

  it('a fragment added shows the annotation in two pieces; undo makes it whole again', async () => {
    const { bridge, window, core, id } = await withEvent();
    const current = window.annotations[0];
    if (!current) throw new Error('no annotation');
    const shape = withFragment(current, ...at('militairen'));
    if (!shape) throw new Error('no shape');
    expect(await core.amend(id, shape)).toBe('stored');
    expect(window.annotations[0]).toMatchObject({
      start: at('hebben')[0],
      end: at('militairen')[1],
      fragments: [at('hebben'), at('militairen')],
    });
    expect(bridge.stored(A.id)[0]?.fragments).toEqual([at('hebben'), at('militairen')]);
    expect(await core.step('undo')).toBe('stored');
    expect(window.annotations[0]).toMatchObject({
      start: at('hebben')[0],
      end: at('hebben')[1],
      fragments: null,
    });
    expect(window.selectedId).toBe(id);
    expect(await core.step('redo')).toBe('stored');
    expect(window.annotations[0]?.fragments).toEqual([at('hebben'), at('militairen')]);
  });

  it('a fragment that makes it a copy of another annotation is refused in the words of its fragments', async () => {
    const { bridge, window, core, id } = await withEvent();
    const current = window.annotations[0];
    const shape = current && withFragment(current, ...at('militairen'));
    if (!shape) throw new Error('no shape');
    bridge.failNext('annotations.update', 'CONFLICT', 'duplicate annotation');
    expect(await core.amend(id, shape)).toBe('failed');
    expect(window.hints.at(-1)).toBe('Already tagged: EVENT “hebben … militairen” exists.');
    expect(window.annotations[0]).toMatchObject({
      start: at('hebben')[0],
      end: at('hebben')[1],
      fragments: null,
    });
  });

  it('keeps a note and the unsure flag', async () => {
    const { bridge, core, id } = await withEvent();
    expect(await core.amend(id, { note: 'tense unclear', flag: 'unsure' })).toBe('stored');
    expect(bridge.stored(A.id)[0]).toMatchObject({ note: 'tense unclear', flag: 'unsure' });
  });
});
