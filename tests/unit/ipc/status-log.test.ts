import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { createTestBackend } from '../../helpers/backend.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { problemsSince, readImportState, writeSeedCorpus } from './seed.ts';

describe('the status log', () => {
  it('records the start of a document by its first annotation, which stays one undo step', async () => {
    const dir = tempDir();
    const { db, handlers, dialogAnswers } = createTestBackend(`${dir}/corpus.db`);
    dialogAnswers.files = [writeSeedCorpus(dir)];
    expect(await dispatch(handlers, 'corpus.import', { from: 'files' })).toMatchObject({ ok: true });
    const imported = readImportState(db);
    const empty = 4; // 'empty': a `todo` document without spans
    expect(imported.statuses.get(empty)).toBe('todo');

    await dispatch(handlers, 'annotations.create', { documentId: empty, labelId: 1, start: 0, end: 2 });
    await dispatch(handlers, 'documents.setStatus', { id: empty, status: 'done' });
    expect(db.prepare('SELECT origin, before, after FROM status_history ORDER BY id').all()).toEqual([
      { origin: 'edit', before: 'todo', after: 'in_progress' },
      { origin: 'edit', before: 'in_progress', after: 'done' },
    ]);
    expect(await dispatch(handlers, 'documents.get', { id: empty })).toMatchObject({
      ok: true,
      value: { history: { undo: 2, redo: 0 } },
    });
    expect(problemsSince(db, imported)).toEqual([]);
  });
});
