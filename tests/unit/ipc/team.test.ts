import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import type { Method, RequestInput, ResponseOf } from '../../../src-main/ipc/contract.ts';
import { openSettings } from '../../../src-main/settings/settings.ts';
import { createTestBackend, type TestBackend } from '../../helpers/backend.ts';
import { tempDir } from '../../helpers/tmp.ts';

const TEXT = 'De VS hebben 2.500 militairen in Irak.';
const span = (start: number, end: number, label: string, annotator: string) => ({
  start,
  end,
  label,
  text: TEXT.slice(start, end),
  annotator,
});

/** A corpus of one article that anna and bob annotated: they agree on "De VS" and differ on the number. */
async function twoAnnotators(): Promise<TestBackend & { dir: string }> {
  const dir = tempDir();
  const file = join(dir, 'team.jsonl');
  const record = {
    id: 'team',
    text: TEXT,
    spans: [
      span(0, 5, 'ACTOR', 'anna'),
      span(0, 5, 'ACTOR', 'bob'),
      span(13, 18, 'NUMBER', 'anna'),
      span(13, 29, 'NUMBER', 'bob'),
    ],
  };
  writeFileSync(file, `${JSON.stringify(record)}\n`);
  const backend = createTestBackend(join(dir, 'corpus.db'), {}, undefined, join(dir, 'settings.json'));
  backend.dialogAnswers.files = [file];
  await ask(backend, 'corpus.import', { from: 'files' });
  return { ...backend, dir };
}

async function ask<M extends Method>(
  b: TestBackend,
  method: M,
  payload: RequestInput<M>,
): Promise<ResponseOf<M>> {
  const reply = await dispatch(b.handlers, method, payload);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as ResponseOf<M>;
}

const refusal = async (b: TestBackend, method: Method, payload: unknown) => {
  const reply = await dispatch(b.handlers, method, payload);
  return reply.ok ? null : reply.error;
};

describe('the team calls', () => {
  it("opens the user's own layer only, and refuses changes to another annotator's", async () => {
    const b = await twoAnnotators();
    expect((await ask(b, 'documents.get', { id: 1 })).annotations).toEqual([]);
    expect((await ask(b, 'layers.list', { documentId: 1 })).map((l) => [l.name, l.spans])).toEqual([
      ['anna', 2],
      ['bob', 2],
    ]);
    const [annas] = (await ask(b, 'layers.get', { documentId: 1, layer: 'anna' })).annotations;
    expect(await refusal(b, 'annotations.delete', { id: annas?.id })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/in anna's layer, which is shown read-only/),
    });
  });

  it("checks the guidelines on the layer shown, not on another annotator's", async () => {
    const b = await twoAnnotators();
    b.db.exec("UPDATE attribute_defs SET required = 1 WHERE name = 'kind'");
    expect(await ask(b, 'documents.warnings', { documentId: 1 })).toEqual([]);
    await ask(b, 'settings.setAnnotator', { name: 'anna' });
    expect((await ask(b, 'documents.warnings', { documentId: 1 })).map((w) => w.message)).toEqual([
      expect.stringMatching(/kind/),
    ]);
  });

  it('stamps changes with the name chosen while the app runs', async () => {
    const b = await twoAnnotators();
    expect(await ask(b, 'settings.get', {})).toEqual({ name: 'tester', saved: false, suggested: 'tester' });
    expect(await refusal(b, 'settings.setAnnotator', { name: 'gold' })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/reserved/),
    });
    await ask(b, 'settings.setAnnotator', { name: 'anna' });
    // Now anna's layer is the one the editor opens and edits.
    expect((await ask(b, 'documents.get', { id: 1 })).annotations).toHaveLength(2);
    const created = await ask(b, 'annotations.create', { documentId: 1, labelId: 1, start: 19, end: 29 });
    expect(created.annotator).toBe('anna');
    expect(openSettings(join(b.dir, 'settings.json'), 'tester').annotator().name).toBe('anna');
  });

  it('curates into gold: agreed items in one command, a disagreement, undo of gold only', async () => {
    const b = await twoAnnotators();
    const listed = await ask(b, 'curation.list', { documentId: 1 });
    expect(listed.status).toBe('todo');
    expect(listed.items.map((i) => [i.kind === 'span' ? TEXT.slice(i.start, i.end) : '', i.layers])).toEqual([
      ['De VS', ['anna', 'bob']],
      ['2.500', ['anna']],
      ['2.500 militairen', ['bob']],
    ]);
    expect((await ask(b, 'curation.acceptAgreed', { documentId: 1 })).accepted).toBe(1);
    const bobs = listed.items[2]?.key ?? '';
    const annas = listed.items[1]?.key ?? '';
    await ask(b, 'curation.accept', { documentId: 1, key: bobs });
    const after = await ask(b, 'curation.reject', { documentId: 1, key: annas });
    expect(after.items.map((i) => i.state)).toEqual(['accepted', 'rejected', 'accepted']);
    const gold = await ask(b, 'documents.get', { id: 1, layer: 'gold' });
    expect(gold.annotations.map((a) => [a.annotator, a.start, a.end])).toEqual([
      ['gold', 0, 5],
      ['gold', 13, 29],
    ]);
    expect(gold.history).toEqual({ undo: 2, redo: 0 });
    // The user's own undo has nothing of gold's.
    expect(await refusal(b, 'history.undo', { documentId: 1 })).toMatchObject({ code: 'NOTHING_TO_UNDO' });
    await ask(b, 'history.undo', { documentId: 1, layer: 'gold' });
    expect((await ask(b, 'documents.get', { id: 1, layer: 'gold' })).annotations).toHaveLength(1);
    expect((await ask(b, 'curation.setStatus', { documentId: 1, status: 'done' })).status).toBe('done');
    expect(b.db.prepare("SELECT status FROM document_layers WHERE layer = 'gold'").pluck().get()).toBe(
      'done',
    );
  });
});
