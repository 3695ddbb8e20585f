import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { createTestBackend } from '../../helpers/backend.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe("'documents.warnings' and the list's warning counts", () => {
  it('answers the open document’s warnings and counts them in the list and the status reply', async () => {
    const { handlers, db } = createTestBackend(join(tempDir(), 'corpus.db'));
    expect(await dispatch(handlers, 'corpus.import', { from: 'samples' })).toMatchObject({ ok: true });
    const text = db.prepare('SELECT text FROM documents WHERE id = 1').pluck().get() as string;
    const event = db.prepare("SELECT id FROM labels WHERE name = 'EVENT'").pluck().get() as number;
    const start = text.indexOf('zullen');
    const created = await dispatch(handlers, 'annotations.create', {
      documentId: 1,
      labelId: event,
      start,
      end: start + 'zullen'.length,
    });
    if (!created.ok) throw new Error(created.error.message);

    // Nothing required yet: no warnings, and the list counts none.
    expect(await dispatch(handlers, 'documents.warnings', { documentId: 1 })).toEqual({
      ok: true,
      value: [],
    });
    db.prepare("UPDATE roles SET required = 1 WHERE name = 'agent'").run();

    const id = (created.value as { id: number }).id;
    expect(await dispatch(handlers, 'documents.warnings', { documentId: 1 })).toEqual({
      ok: true,
      value: [
        {
          annotationId: id,
          kind: 'missing-role',
          label: 'EVENT',
          role: 'agent',
          message: "EVENT 'zullen' has no agent",
        },
      ],
    });
    const page = await dispatch(handlers, 'documents.list', { limit: 2 });
    expect(page).toMatchObject({ ok: true, value: { items: [{ id: 1, warnings: 1 }, { warnings: 0 }] } });
    expect(await dispatch(handlers, 'documents.setStatus', { id: 1, status: 'done' })).toMatchObject({
      ok: true,
      value: { status: 'done', warnings: 1 },
    });
    expect(await dispatch(handlers, 'documents.warnings', { documentId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'document 99 does not exist' },
    });
  });

  it('follows relations, attributes, fragments and undo made through the real writers', async () => {
    const { handlers, db } = createTestBackend(join(tempDir(), 'corpus.db'));
    expect(await dispatch(handlers, 'corpus.import', { from: 'samples' })).toMatchObject({ ok: true });
    const text = db.prepare('SELECT text FROM documents WHERE id = 1').pluck().get() as string;
    const label = (name: string) =>
      db.prepare('SELECT id FROM labels WHERE name = ?').pluck().get(name) as number;
    const role = (name: string) =>
      db.prepare('SELECT id FROM roles WHERE name = ?').pluck().get(name) as number;
    db.exec(`UPDATE roles SET required = 1 WHERE name = 'agent';
      UPDATE attribute_defs SET required = 1 WHERE name = 'polarity'`);
    const send = async <T>(method: Parameters<typeof dispatch>[1], payload: unknown): Promise<T> => {
      const reply = await dispatch(handlers, method, payload);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.value as T;
    };
    const messages = async () =>
      (await send<{ message: string }[]>('documents.warnings', { documentId: 1 })).map((w) => w.message);
    const listed = async () =>
      (await send<{ items: { warnings: number }[] }>('documents.list', { limit: 1 })).items[0]?.warnings;

    // "Dat heeft … gezegd": a discontinuous event.
    const heeft = text.indexOf('heeft');
    const gezegd = text.indexOf('gezegd');
    const event = await send<{ id: number }>('annotations.create', {
      documentId: 1,
      labelId: label('EVENT'),
      start: heeft,
      end: gezegd + 6,
      fragments: [
        [heeft, heeft + 5],
        [gezegd, gezegd + 6],
      ],
    });
    const biden = text.indexOf('Joe Biden');
    const actor = await send<{ id: number }>('annotations.create', {
      documentId: 1,
      labelId: label('ACTOR'),
      start: biden,
      end: biden + 9,
    });
    expect(await messages()).toEqual([
      "EVENT 'heeft … gezegd' has no agent",
      "EVENT 'heeft … gezegd' has no value for polarity",
    ]);
    expect(await listed()).toBe(2);

    await send('annotations.update', { id: event.id, attributes: { polarity: 'positive' } });
    await send('relations.create', { roleId: role('agent'), headId: event.id, childId: actor.id });
    expect(await messages()).toEqual([]);
    expect(await listed()).toBe(0);

    // Undo takes the relation away again, redo brings it back.
    await send('history.undo', { documentId: 1 });
    expect(await messages()).toEqual(["EVENT 'heeft … gezegd' has no agent"]);
    await send('history.redo', { documentId: 1 });
    expect(await messages()).toEqual([]);
    // Deleting the agent takes its relation along.
    await send('annotations.delete', { id: actor.id });
    expect(await messages()).toEqual(["EVENT 'heeft … gezegd' has no agent"]);
    expect(await listed()).toBe(1);
  });
});
