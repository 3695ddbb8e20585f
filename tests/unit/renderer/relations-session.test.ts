import { describe, expect, it } from 'vitest';
import { SessionCore } from '../../../src-renderer/state/document-session.ts';
import { documentRecord, FakeBridge, FakeWindow, TEXT } from './fake-bridge.ts';

const A = documentRecord(1, 'doc_a');
const EVENT = 1;
const NUMBER = 2;
const ACTOR = 3;
const AGENT = 1;
const QUANTITY = 3;
const at = (word: string): [number, number] => {
  const start = TEXT.indexOf(word);
  return [start, start + word.length];
};

/** A session on a document with an event, an actor and a number, all stored. */
async function session() {
  const bridge = new FakeBridge(A);
  const window = new FakeWindow();
  const core = new SessionCore(bridge, window, window);
  await core.open(A.id);
  await core.create(EVENT, ...at('hebben'));
  await core.create(ACTOR, ...at('Joe Biden'));
  await core.create(NUMBER, ...at('2.500'));
  const id = (word: string) => window.annotations.find((a) => a.start === at(word)[0])?.id ?? 0;
  return { bridge, window, core, event: id('hebben'), actor: id('Joe Biden'), number: id('2.500') };
}

/** The window's relations as `role head→child`, in the order shown. */
const shown = (window: FakeWindow) => window.relations.map((r) => `${r.roleId} ${r.headId}→${r.childId}`);

describe('relations in the document session', () => {
  it('draws a link at once and keeps it under the stored id once saved', async () => {
    const { bridge, window, core, event, actor } = await session();
    const release = bridge.holdReplies();
    const linked = core.link(AGENT, event, actor);
    // Painted before any reply: a role key must not wait for the database.
    expect(shown(window)).toEqual([`${AGENT} ${event}→${actor}`]);
    expect(window.relations[0]?.id).toBeLessThan(0);
    expect(window.save).toEqual({ kind: 'saving' });
    release();
    expect(await linked).toBe('stored');
    expect(window.relations[0]?.id).toBeGreaterThan(0);
    expect(bridge.storedRelations(A.id)).toEqual(window.relations);
    expect(window.history.undo).toBe(4);
    expect(window.save).toEqual({ kind: 'saved' });
  });

  it('stores a link only after the frame that shows it', async () => {
    const { bridge, window, core, event, actor } = await session();
    window.holdPaint = true;
    const sentBefore = bridge.sent.length;
    const linked = core.link(AGENT, event, actor);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The database's work would compete with drawing the link for the CPU.
    expect(bridge.sent.slice(sentBefore)).toEqual([]);
    expect(shown(window)).toEqual([`${AGENT} ${event}→${actor}`]);
    await window.paint();
    expect(await linked).toBe('stored');
    expect(bridge.storedRelations(A.id)).toEqual(window.relations);
  });

  it('links spans drawn but not yet stored, by the ids they are stored under', async () => {
    const { bridge, window, core, event } = await session();
    const release = bridge.holdReplies();
    void core.create(ACTOR, ...at('De VS'));
    const draft = window.selectedId ?? 0;
    expect(draft).toBeLessThan(0);
    const linked = core.link(AGENT, event, draft);
    release();
    expect(await linked).toBe('stored');
    const stored = window.annotations.find((a) => a.start === 0)?.id;
    expect(bridge.storedRelations(A.id)).toEqual([
      { id: expect.any(Number), roleId: AGENT, headId: event, childId: stored },
    ]);
    expect(shown(window)).toEqual([`${AGENT} ${event}→${stored}`]);
  });

  it('takes a refused link away and says why; the spans stay', async () => {
    const { bridge, window, core, event, number } = await session();
    bridge.failNext('relations.create', 'CONFLICT', 'this event has its quantity already');
    expect(await core.link(QUANTITY, event, number)).toBe('failed');
    expect(window.relations).toEqual([]);
    expect(window.annotations).toHaveLength(3);
    expect(window.hints).toContain('This event has its quantity already.');
    expect(window.save).toEqual({ kind: 'saved' });
  });

  it('a failed write keeps the reason on screen and shows what is stored', async () => {
    const { bridge, window, core, event, number } = await session();
    bridge.failNext('relations.create', 'INTERNAL', 'disk full');
    expect(await core.link(QUANTITY, event, number)).toBe('failed');
    expect(window.save).toEqual({ kind: 'failed', message: 'disk full' });
    expect(window.relations).toEqual([]);
  });

  it('deleting a span takes its relations off screen; undo and redo show both again', async () => {
    const { core, window, event, actor, number } = await session();
    await core.link(AGENT, event, actor);
    await core.link(QUANTITY, event, number);
    expect(await core.remove(event)).toBe('stored');
    expect(window.relations).toEqual([]);
    await core.step('undo');
    expect(window.annotations.map((a) => a.id)).toContain(event);
    expect(shown(window).sort()).toEqual([`${AGENT} ${event}→${actor}`, `${QUANTITY} ${event}→${number}`]);
    await core.step('redo');
    expect(window.relations).toEqual([]);
  });

  it('unlinks a relation, and undo links it again', async () => {
    const { bridge, core, window, event, actor } = await session();
    await core.link(AGENT, event, actor);
    const id = window.relations[0]?.id ?? 0;
    expect(await core.unlink(id)).toBe('stored');
    expect(window.relations).toEqual([]);
    expect(bridge.storedRelations(A.id)).toEqual([]);
    await core.step('undo');
    expect(shown(window)).toEqual([`${AGENT} ${event}→${actor}`]);
    await core.step('redo');
    expect(window.relations).toEqual([]);
  });
});
