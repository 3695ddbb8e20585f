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
});
