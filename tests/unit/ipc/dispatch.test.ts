import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { methods, type Method, type OpenedDocument } from '../../../src-main/ipc/contract.ts';
import type { Annotation } from '../../../src-main/db/model.ts';
import { createTestBackend } from '../../helpers/backend.ts';
import { databaseDigest } from '../../helpers/digest.ts';

const huge = 'x'.repeat(1_000_000);

/** For every call, payloads a compromised or buggy renderer might send. */
const malformed: Record<Method, unknown[]> = {
  'documents.list': [
    null,
    'x',
    { limit: 0 },
    { limit: 5000 },
    { offset: -1 },
    { status: 'finished' },
    { search: huge },
    { extra: 1 },
  ],
  'documents.get': [
    undefined,
    {},
    { id: '1' },
    { id: 1.5 },
    { id: -1 },
    { id: NaN },
    { id: Infinity },
    { id: 1, x: 1 },
  ],
  'documents.setStatus': [{ id: 1 }, { id: 1, status: 'DONE' }, { id: 1, status: null }, { status: 'done' }],
  'documents.mark': [
    { id: 1 },
    { id: 1, flag: '' },
    { id: 1, note: 3 },
    { note: 'x' },
    { id: 1, note: 'x', colour: 1 },
  ],
  'documents.warnings': [{}, { id: 1 }, { documentId: '1' }, { documentId: 0 }, { documentId: 1, all: true }],
  'annotations.create': [
    {},
    { documentId: 1, labelId: 1, start: 5, end: 5 },
    { documentId: 1, labelId: 1, start: 6, end: 5 },
    { documentId: 1, labelId: 1, start: -1, end: 5 },
    { documentId: 1, labelId: 1, start: 0.5, end: 5 },
    { documentId: 1, labelId: 1, start: 0, end: 5, annotator: 'mallory' },
    { documentId: '1', labelId: 1, start: 0, end: 5 },
    { documentId: 1, labelId: 1, start: 0, end: 5, fragments: null },
    { documentId: 1, labelId: 1, start: 0, end: 5, attributes: { polarity: null } },
    JSON.parse('{"documentId":1,"labelId":1,"start":0,"end":5,"__proto__":{"admin":true}}'),
  ],
  'annotations.update': [
    {},
    { id: 1 },
    { id: 1, labelId: 'EVENT' },
    { id: 1, start: -3 },
    { id: 1, end: Infinity },
    { id: 1, fragments: [[0, 3]] },
    { id: 1, fragments: [[0, 3], [5]] },
    { id: 1, attributes: { '': 'x' } },
    { id: 1, attributes: { polarity: ['positive'] } },
    { id: 1, attributes: { value: NaN } },
    { id: 1, flag: '' },
    { id: 1, note: 7 },
    { id: 1, note: undefined },
  ],
  'annotations.delete': [{}, { id: 0 }, { id: [1] }, 7],
  'relations.create': [
    {},
    { roleId: 1, headId: 1 },
    { roleId: 'agent', headId: 1, childId: 2 },
    { roleId: 1, headId: 1, childId: 2, documentId: 1 },
  ],
  'relations.update': [{}, { id: 1 }, { id: 1, headId: 2 }, { id: 1, roleId: 0 }],
  'relations.delete': [{}, { id: -1 }, { id: 1, cascade: true }],
  'history.undo': [{}, { documentId: 'all' }, { documentId: 1, steps: 3 }],
  'history.redo': [{}, { documentId: null }, []],
  'labels.list': [null, { all: true }],
  'labels.create': [
    {},
    { name: '' },
    { name: 'has space' },
    { name: 'X'.repeat(65) },
    { name: 'PLACE', color: 'red' },
    { name: 'PLACE', hotkey: '12' },
    { name: 'PLACE', hotkey: ' ' },
  ],
  'labels.update': [
    {},
    { id: 1, color: '#12345' },
    { id: 1, name: '<b>' },
    { id: 'x', name: 'A' },
    { id: 1, description: 7 },
  ],
  'corpus.import': [
    {},
    { from: '/etc/passwd' },
    { from: 'files', paths: ['/etc/passwd'] },
    { from: 'files', skipInvalid: 'yes' },
  ],
  'corpus.export': [{ status: 'all' }, { path: '/tmp/x.jsonl' }, 'done'],
  'corpus.stats': [null, { verbose: true }],
  'place.get': [null, { documentId: 1 }],
  'place.set': [{}, { documentId: 1 }, { documentId: 1, offset: -1 }, { documentId: 0, offset: 0 }],
  'app.language': [{}, { language: 'de' }, { language: 'nl', extra: 1 }],
  'scheme.get': [null, { labelId: 1 }],
  'labels.delete': [{}, { id: 'EVENT' }, { id: 1, force: true }],
  'attributes.create': [
    {},
    { labelId: 1, name: 'x' },
    { labelId: 1, name: 'x', type: 'list' },
    { labelId: 1, name: 'has space', type: 'text' },
    { labelId: 1, name: 'x', type: 'number', default: Infinity },
    { labelId: 1, name: 'x', type: 'number', default: [1] },
    { labelId: 1, name: 'x', type: 'choice', values: 'a,b' },
  ],
  'attributes.update': [{}, { id: 1 }, { id: 1, type: 'int' }, { id: 1, values: [1, 2] }],
  'attributes.delete': [{}, { id: 1, clearValues: 'yes' }, { id: 1, cascade: true }],
  'roles.create': [
    {},
    { name: 'agent2', from: [], to: [3] },
    { name: 'agent2', from: [1], to: ['ACTOR'] },
    { name: 'agent2', from: [1], to: [3], hotkey: 'ab' },
    { name: 'agent2', from: [1], to: [3], many: 'yes' },
  ],
  'roles.update': [{}, { id: 1 }, { id: 1, from: [] }, { id: 1, description: 'x'.repeat(20_001) }],
  'roles.delete': [{}, { id: 0 }, { name: 'agent' }],
  'scheme.export': [null, { path: '/tmp/scheme.json' }],
  'scheme.import': [
    {},
    { from: 'file', path: '/etc/passwd' },
    { from: 'bundled' },
    { from: 'bundled', name: '../../etc/passwd' },
    { from: '/tmp/scheme.json' },
  ],
  'agreement.get': [
    null,
    { annotators: ['anna'] },
    { annotators: 'anna,bob' },
    { labels: [] },
    { annotators: ['', 'bob'] },
    { db: '/tmp/x.db' },
  ],
  'settings.get': [{ name: 'x' }, null],
  'settings.setAnnotator': [{}, { name: 7 }, { name: huge }, { name: 'anna', layer: 'gold' }],
  'layers.list': [{}, { documentId: 0 }],
  'layers.corpus': [{ all: true }, null],
  'layers.get': [{ documentId: 1 }, { documentId: 1, layer: '' }, { documentId: 1, layer: huge }],
  'curation.list': [{}, { documentId: 'x' }],
  'curation.accept': [{ documentId: 1 }, { documentId: 1, key: '' }, { documentId: 1, key: huge }],
  'curation.reject': [{ documentId: 1 }, { documentId: 1, key: 5 }],
  'curation.acceptAgreed': [{}, { documentId: 1, all: true }],
  'curation.setStatus': [{ documentId: 1 }, { documentId: 1, status: 'gold' }],
  'suggestions.list': [{}, { id: 1 }, { documentId: '1' }],
  'suggestions.compute': [
    {},
    { documentId: 1, labels: [] },
    { documentId: 1, labels: ['EVENT'] },
    { documentId: 1, labels: 'NUMBER' },
    { documentId: 1, labels: ['NUMBER', 'NUMBER', 'TIME', 'ACTOR'] },
  ],
  'suggestions.accept': [{}, { id: 0 }, { id: '1' }, { id: 1, annotator: 'mallory' }],
  'suggestions.reject': [{}, { id: -1 }, { id: 1.5 }],
  'suggestions.acceptAll': [{ documentId: 1 }, { documentId: 1, label: 'NUMBER' }, { labelId: 1 }],
  'suggestions.mentions': [{ annotationId: 1 }, { annotationId: 1, scope: 'world' }, { scope: 'document' }],
  'search.corpus': [{}, { text: '' }, { text: '   ' }, { text: 'x', label: 'some' }, { text: 'x', limit: 0 }],
  'search.annotate': [
    { query: { text: 'x' }, labelId: 1, as: 'suggestions' },
    { query: { text: 'x' }, labelId: 1, as: 'guesses', dryRun: true },
    { query: {}, labelId: 1, as: 'annotations', dryRun: true },
  ],
  'sync.setting': [{ server: 'x' }],
  'sync.configure': [
    {},
    { server: '', user: 'anna', password: 'p', remember: false, every: 60 },
    { server: 'postgres://h/db', user: 'anna', password: 'p', remember: 'yes', every: 60 },
    { server: 'postgres://h/db', user: 'anna', password: 'p', remember: false, every: 61 },
  ],
  'sync.status': [null],
  'sync.now': [{ force: true }],
};

describe('dispatch', () => {
  it('covers every call of the contract', () => {
    expect(Object.keys(malformed).sort()).toEqual([...methods].sort());
  });

  it.each(methods)('%s rejects malformed payloads with VALIDATION and changes nothing', async (method) => {
    const { db, handlers } = createTestBackend();
    const before = databaseDigest(db);
    for (const payload of malformed[method]) {
      const reply = await dispatch(handlers, method, payload);
      expect(reply, JSON.stringify(payload)?.slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(databaseDigest(db)).toBe(before);
  });

  it('rejects unknown calls', async () => {
    const { handlers } = createTestBackend();
    expect(await dispatch(handlers, 'db.exec', { sql: 'DROP TABLE documents' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'unknown call "db.exec"' },
    });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('answers NOT_FOUND for ids that do not exist', async () => {
    const { handlers } = createTestBackend();
    expect(await dispatch(handlers, 'documents.get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'document 42 does not exist' },
    });
    expect(await dispatch(handlers, 'annotations.delete', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await dispatch(handlers, 'labels.update', { id: 42, name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('runs a whole annotation session through the handler table', async () => {
    const { handlers, db } = createTestBackend();
    const imported = await dispatch(handlers, 'corpus.import', { from: 'samples' });
    expect(imported).toMatchObject({ ok: true, value: { imported: 5, committed: true } });

    const page = await dispatch(handlers, 'documents.list', { limit: 10 });
    if (!page.ok) throw new Error(page.error.message);
    const { items } = page.value as { items: { id: number }[] };
    const first = items[0];
    if (!first) throw new Error('no documents after import');
    const labels = await dispatch(handlers, 'labels.list', {});
    if (!labels.ok) throw new Error(labels.error.message);
    const actor = (labels.value as { id: number; name: string }[]).find((l) => l.name === 'ACTOR');
    if (!actor) throw new Error('ACTOR label missing');

    const created = await dispatch(handlers, 'annotations.create', {
      documentId: first.id,
      labelId: actor.id,
      start: 0,
      end: 2,
    });
    expect(created).toMatchObject({ ok: true, value: { annotator: 'tester', start: 0, end: 2 } });
    const opened = await dispatch(handlers, 'documents.get', { id: first.id });
    expect(opened).toMatchObject({
      ok: true,
      value: { document: { status: 'in_progress' }, history: { undo: 1, redo: 0 } },
    });
    // The window gets what it draws of each annotation, not the bookkeeping.
    if (!opened.ok || !created.ok) throw new Error('documents.get or annotations.create failed');
    expect((opened.value as OpenedDocument).annotations).toEqual([
      {
        id: (created.value as Annotation).id,
        uid: 'T1',
        labelId: actor.id,
        start: 0,
        end: 2,
        annotator: 'tester',
        attributes: {},
        fragments: null,
        origin: { kind: 'manual', rule: null },
        note: null,
        flag: null,
      },
    ]);
    expect(await dispatch(handlers, 'history.undo', { documentId: first.id })).toMatchObject({
      ok: true,
      value: { action: 'delete', annotation: null },
    });
    expect(await dispatch(handlers, 'history.undo', { documentId: first.id })).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_UNDO' },
    });
    expect(await dispatch(handlers, 'documents.setStatus', { id: first.id, status: 'done' })).toMatchObject({
      ok: true,
      value: { status: 'done' },
    });
    expect(await dispatch(handlers, 'corpus.stats', {})).toMatchObject({
      ok: true,
      value: { documents: { total: 5, done: 1, todo: 4 } },
    });
    expect(db.open).toBe(true);
  });

  it('reports a cancelled dialog as cancelled, not as an error', async () => {
    const { handlers } = createTestBackend();
    expect(await dispatch(handlers, 'corpus.import', { from: 'files' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await dispatch(handlers, 'corpus.export', {})).toEqual({ ok: true, value: { cancelled: true } });
  });
});
