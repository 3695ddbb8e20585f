import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../src-main/db/connection.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import type { Method, Reply, RequestInput, ResponseOf } from '../../../src-main/ipc/contract.ts';
import { createTestBackend, type TestBackend } from '../../helpers/backend.ts';
import { createSeedDatabase } from './seed.ts';

describe('IPC: relations, attributes, fragments, note and flag', () => {
  let dir: string;
  let backend: TestBackend;
  const send = async <M extends Method>(method: M, payload: RequestInput<M>) =>
    (await dispatch(backend.handlers, method, payload)) as Reply<ResponseOf<M>>;
  const value = async <M extends Method>(method: M, payload: RequestInput<M>): Promise<ResponseOf<M>> => {
    const reply = await send(method, payload);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    return reply.value;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'annotator-relations-ipc-'));
    backend = createTestBackend(await createSeedDatabase(dir));
  });
  afterAll(() => {
    closeDatabase(backend.db);
    rmSync(dir, { recursive: true, force: true });
  });

  /** The seed's `plain` document, its spans by text, and the role ids by name. */
  async function plain() {
    const page = await value('documents.list', { search: 'Kazimi' });
    const id = page.items[0]?.id ?? 0;
    const opened = await value('documents.get', { id });
    const text = opened.document.text;
    const span = (part: string) => {
      const found = opened.annotations.find((a) => text.slice(a.start, a.end) === part);
      if (!found) throw new Error(`no span "${part}"`);
      return found.id;
    };
    const roles = backend.db.prepare('SELECT name, id FROM roles').all() as { name: string; id: number }[];
    const role = (name: string) => roles.find((r) => r.name === name)?.id ?? 0;
    return { id, text, span, role };
  }

  it('links, lists with the document, undoes and redoes, and refuses with a reason', async () => {
    const doc = await plain();
    const request = {
      roleId: doc.role('agent'),
      headId: doc.span('sprak met Biden'),
      childId: doc.span('Biden'),
    };
    const relation = await value('relations.create', request);
    expect(relation).toMatchObject(request);
    expect((await value('documents.get', { id: doc.id })).relations).toEqual([
      { id: relation.id, ...request },
    ]);

    expect(await send('relations.create', { ...request, childId: doc.span('2.500') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'agent links EVENT to ACTOR, not to NUMBER' },
    });
    expect(await send('relations.create', request)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    expect(await value('relations.update', { id: relation.id, roleId: doc.role('patient') })).toMatchObject({
      roleId: doc.role('patient'),
    });
    expect(await value('history.undo', { documentId: doc.id })).toMatchObject({
      entity: 'relation',
      action: 'update',
      relationId: relation.id,
      relation: { roleId: doc.role('agent') },
      annotationId: request.headId,
      annotation: { id: request.headId },
    });
    expect(await value('relations.delete', { id: relation.id })).toMatchObject({ id: relation.id });
    expect((await value('documents.get', { id: doc.id })).relations).toEqual([]);
    expect(await value('history.undo', { documentId: doc.id })).toMatchObject({
      entity: 'relation',
      action: 'create',
      relation: { id: relation.id },
    });

    // Deleting the argument takes the relation along; undo brings both back in one step.
    await value('annotations.delete', { id: request.childId });
    expect((await value('documents.get', { id: doc.id })).relations).toEqual([]);
    expect(await value('history.undo', { documentId: doc.id })).toMatchObject({
      entity: 'annotation',
      action: 'create',
      annotationId: request.childId,
      relations: [{ id: relation.id }],
    });
    expect((await value('documents.get', { id: doc.id })).relations).toHaveLength(1);
  });

  it('sets attributes, fragments, note and flag, and says what was wrong', async () => {
    const doc = await plain();
    const id = doc.span('sprak met Biden');
    expect(
      await value('annotations.update', { id, attributes: { tense: 'past' }, flag: 'unsure' }),
    ).toMatchObject({
      attributes: { tense: 'past' },
      flag: 'unsure',
    });
    expect(await send('annotations.update', { id, attributes: { tense: 'yesterday' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('"yesterday" is not a valid tense') },
    });
    const first = doc.text.indexOf('sprak');
    const second = doc.text.indexOf('Biden', first);
    const split = await value('annotations.update', {
      id,
      fragments: [
        [first, first + 5],
        [second, second + 5],
      ],
      note: 'zonder "met"',
    });
    expect(split).toMatchObject({ start: first, end: second + 5, note: 'zonder "met"' });
    const view = (await value('documents.get', { id: doc.id })).annotations.find((a) => a.id === id);
    expect(view).toMatchObject({
      attributes: { tense: 'past' },
      fragments: [
        [first, first + 5],
        [second, second + 5],
      ],
      note: 'zonder "met"',
      flag: 'unsure',
    });
    expect(await send('annotations.update', { id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('nothing to change') },
    });
  });
});
