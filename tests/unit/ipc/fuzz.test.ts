import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { methods, requests, type Method } from '../../../src-main/ipc/contract.ts';
import { createTestBackend, type TestBackend } from '../../helpers/backend.ts';
import { databaseDigest } from '../../helpers/digest.ts';

const MISSING = 9_999_999;

/** Well-formed requests that name things which do not exist. */
const missing: Partial<Record<Method, unknown[]>> = {
  'documents.get': [{ id: MISSING }],
  'documents.setStatus': [{ id: MISSING, status: 'done' }],
  'documents.mark': [{ id: MISSING, flag: 'unsure' }],
  'documents.warnings': [{ documentId: MISSING }],
  'annotations.create': [
    { documentId: MISSING, labelId: 1, start: 0, end: 3 },
    { documentId: 1, labelId: MISSING, start: 0, end: 3 },
  ],
  'annotations.update': [{ id: MISSING, labelId: 1 }],
  'annotations.delete': [{ id: MISSING }],
  'relations.create': [
    { roleId: MISSING, headId: 1, childId: 2 },
    { roleId: 1, headId: MISSING, childId: 2 },
    { roleId: 1, headId: 1, childId: MISSING },
  ],
  'relations.update': [{ id: MISSING, roleId: 1 }],
  'relations.delete': [{ id: MISSING }],
  'history.undo': [{ documentId: MISSING }],
  'history.redo': [{ documentId: MISSING }],
  'labels.update': [{ id: MISSING, name: 'NEW' }],
  'suggestions.list': [{ documentId: MISSING }],
  'suggestions.compute': [{ documentId: MISSING }],
  'suggestions.accept': [{ id: MISSING }],
  'suggestions.reject': [{ id: MISSING }],
  'suggestions.acceptAll': [
    { documentId: MISSING, labelId: 1 },
    { documentId: 1, labelId: MISSING },
  ],
  'suggestions.mentions': [{ annotationId: MISSING, scope: 'corpus' }],
  'search.annotate': [{ query: { text: 'Biden' }, labelId: MISSING, as: 'suggestions', dryRun: true }],
  'place.set': [{ documentId: MISSING, offset: 0 }],
  'labels.delete': [{ id: MISSING }],
  'attributes.create': [{ labelId: MISSING, name: 'x', type: 'text' }],
  'attributes.update': [{ id: MISSING, name: 'x' }],
  'attributes.delete': [{ id: MISSING, clearValues: true }],
  'roles.create': [
    { name: 'cause', from: [MISSING], to: [1] },
    { name: 'cause', from: [1], to: [MISSING] },
  ],
  'roles.update': [{ id: MISSING, name: 'x' }],
  'roles.delete': [{ id: MISSING }],
};

/** A valid request per call, as the starting point for mutations. */
const valid: Record<Method, Record<string, unknown>> = {
  'documents.list': { search: 'Biden', status: 'todo', offset: 0, limit: 10 },
  'documents.get': { id: 1 },
  'documents.setStatus': { id: 1, status: 'done' },
  'documents.mark': { id: 1, note: 'bron?', flag: 'unsure' },
  'documents.warnings': { documentId: 1 },
  'annotations.create': { documentId: 1, labelId: 1, start: 0, end: 3 },
  'annotations.update': {
    id: 1,
    labelId: 2,
    attributes: { polarity: 'positive', tense: null },
    fragments: [
      [0, 1],
      [2, 3],
    ],
    note: 'check',
    flag: 'unsure',
  },
  'annotations.delete': { id: 1 },
  'relations.create': { roleId: 1, headId: 1, childId: 2 },
  'relations.update': { id: 1, roleId: 2 },
  'relations.delete': { id: 1 },
  'history.undo': { documentId: 1 },
  'history.redo': { documentId: 1 },
  'labels.list': {},
  'labels.create': { name: 'PLACE', color: '#aabbcc', hotkey: '4' },
  'labels.update': { id: 1, name: 'EVT' },
  'corpus.import': { from: 'samples', skipInvalid: false, createLabels: false },
  'corpus.export': { status: 'done' },
  'corpus.stats': {},
  'place.get': {},
  'place.set': { documentId: 1, offset: 0 },
  'app.language': { language: 'nl' },
  'scheme.get': {},
  'labels.delete': { id: 4 },
  'attributes.create': { labelId: 1, name: 'certainty', type: 'choice', values: ['certain', 'probable'] },
  'attributes.update': { id: 1, name: 'polarity2', required: true },
  'attributes.delete': { id: 1, clearValues: false },
  'roles.create': { name: 'cause', hotkey: 'c', from: [1], to: [1], many: false },
  'roles.update': { id: 1, name: 'agent2', to: [3] },
  'roles.delete': { id: 1 },
  'scheme.export': {},
  'scheme.import': { from: 'bundled', name: 'news-events' },
  'agreement.get': { annotators: ['anna', 'bob'], labels: ['EVENT'] },
  'settings.get': {},
  'settings.setAnnotator': { name: 'anna' },
  'layers.list': { documentId: 1 },
  'layers.corpus': {},
  'layers.get': { documentId: 1, layer: 'anna' },
  'curation.list': { documentId: 1 },
  'curation.accept': { documentId: 1, key: 'S|1|0|5|', from: 'anna' },
  'curation.reject': { documentId: 1, key: 'S|1|0|5|' },
  'curation.acceptAgreed': { documentId: 1 },
  'curation.setStatus': { documentId: 1, status: 'done' },
  'suggestions.list': { documentId: 1 },
  'suggestions.compute': { documentId: 1, labels: ['NUMBER'] },
  'suggestions.accept': { id: 1 },
  'suggestions.reject': { id: 1 },
  'suggestions.acceptAll': { documentId: 1, labelId: 1 },
  'suggestions.mentions': { annotationId: 1, scope: 'document' },
  'search.corpus': { text: 'Biden', label: 'all', status: 'todo', limit: 10 },
  'search.annotate': { query: { text: 'Biden' }, labelId: 1, as: 'suggestions', dryRun: true },
  'sync.setting': {},
  'sync.configure': {
    server: 'postgres://127.0.0.1:1/team?sslmode=disable',
    user: 'anna',
    password: 'secret-pass',
    remember: false,
    every: 60,
  },
  'sync.status': {},
  'sync.now': {},
};

const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e300, -1, 0.5, 2 ** 53, '', null, undefined, [], {}),
  fc.string({ minLength: 100_000, maxLength: 100_001 }),
  fc.constant('x'.repeat(2_000_000)),
);
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
  fc.string(),
);

/** A valid request with one field replaced, one key added, or the whole payload swapped. */
function mutated(method: Method): fc.Arbitrary<unknown> {
  const base = valid[method];
  const keys = Object.keys(base);
  const replaceField =
    keys.length === 0
      ? fc.constant<unknown>(base)
      : fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => ({ ...base, [k]: v }));
  // defineProperty makes `__proto__` an own key, as JSON.parse would, instead of changing the prototype.
  const extraKey = fc.tuple(hostileKey, hostileValue).map(([k, v]) =>
    Object.defineProperty({ ...base }, k, {
      value: v,
      enumerable: true,
      configurable: true,
      writable: true,
    }),
  );
  return fc.oneof(replaceField, extraKey, hostileValue, fc.array(hostileValue, { maxLength: 3 }));
}

describe('IPC fuzzing', () => {
  let backend: TestBackend;
  let digest: string;

  beforeAll(async () => {
    backend = createTestBackend();
    const imported = await dispatch(backend.handlers, 'corpus.import', { from: 'samples' });
    if (!imported.ok) throw new Error(imported.error.message);
    const created = await dispatch(backend.handlers, 'annotations.create', valid['annotations.create']);
    if (!created.ok) throw new Error(created.error.message);
    digest = databaseDigest(backend.db);
  });

  it.each(methods)('%s: malformed payloads are refused as VALIDATION and change nothing', async (method) => {
    await fc.assert(
      fc.asyncProperty(mutated(method), async (payload) => {
        fc.pre(!requests[method].safeParse(payload).success);
        const reply = await dispatch(backend.handlers, method, payload);
        expect(reply.ok).toBe(false);
        if (!reply.ok) expect(reply.error.code).toBe('VALIDATION');
      }),
      { numRuns: 150, seed: 20261122 },
    );
    expect(databaseDigest(backend.db)).toBe(digest);
  });

  it.each(Object.keys(missing) as Method[])(
    '%s: ids that do not exist answer NOT_FOUND and change nothing',
    async (method) => {
      for (const payload of missing[method] ?? []) {
        const reply = await dispatch(backend.handlers, method, payload);
        expect(reply, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      }
      expect(databaseDigest(backend.db)).toBe(digest);
    },
  );
});
