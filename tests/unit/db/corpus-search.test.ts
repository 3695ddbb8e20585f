import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { createAnnotation, undo } from '../../../src-main/db/annotations.ts';
import { searchCorpus, SCAN_CAP } from '../../../src-main/db/corpus-search.ts';
import { insertDocument, setDocumentStatus } from '../../../src-main/db/documents.ts';
import { annotateMatches } from '../../../src-main/db/search-annotate.ts';
import { listOpenSuggestions } from '../../../src-main/db/suggestion-rows.ts';
import { documentRecord } from '../../helpers/documents.ts';

const EVENT = 1;
const ACTOR = 3;

function corpus(): Db {
  const db = openDatabase(':memory:');
  insertDocument(db, documentRecord('a', 'Premier Mustafa al-Kazimi sprak. Later zei Kazimi niets.'));
  insertDocument(db, documentRecord('b', 'Geen naam hier.'));
  insertDocument(db, documentRecord('c', 'KAZIMI reisde naar Washington.'));
  return db;
}

const where = (db: Db, text: string, extra: Omit<Parameters<typeof searchCorpus>[1], 'text'> = {}) =>
  searchCorpus(db, { text, ...extra }, 100).hits.map((h) => `${h.externalId}:${h.start}:${h.match}`);

describe('the corpus search', () => {
  it('lists every hit with its context, in document and text order, ignoring case', () => {
    const db = corpus();
    const result = searchCorpus(db, { text: 'kazimi' }, 100);
    expect(result.hits.map((h) => `${h.externalId}:${h.start}:${h.match}`)).toEqual([
      'a:19:Kazimi',
      'a:43:Kazimi',
      'c:0:KAZIMI',
    ]);
    expect(result.hits[0]).toMatchObject({
      before: 'Premier Mustafa al-',
      after: ' sprak. Later zei Kazimi niets.',
    });
    expect(result).toMatchObject({ documents: 2, more: false, scanned: null });
  });

  it('shows the labels on each hit and filters by label and by status', () => {
    const db = corpus();
    createAnnotation(db, { documentId: 1, labelId: ACTOR, start: 8, end: 25 });
    createAnnotation(db, { documentId: 3, labelId: ACTOR, start: 0, end: 6 });
    const hits = searchCorpus(db, { text: 'kazimi' }, 100).hits;
    expect(hits.map((h) => h.labels)).toEqual([
      [{ labelId: ACTOR, exact: false }],
      [],
      [{ labelId: ACTOR, exact: true }],
    ]);
    expect(where(db, 'kazimi', { label: 'unannotated' })).toEqual(['a:43:Kazimi']);
    expect(where(db, 'kazimi', { label: ACTOR })).toEqual(['a:19:Kazimi', 'c:0:KAZIMI']);
    expect(where(db, 'kazimi', { label: EVENT })).toEqual([]);
    setDocumentStatus(db, 3, 'done');
    expect(where(db, 'kazimi', { status: 'done' })).toEqual(['c:0:KAZIMI']);
  });

  it('stops at the limit and says there is more', () => {
    const db = corpus();
    expect(searchCorpus(db, { text: 'kazimi' }, 2)).toMatchObject({ documents: 1, more: true });
    expect(searchCorpus(db, { text: 'kazimi' }, 3)).toMatchObject({ documents: 2, more: false });
  });

  it('scans at most SCAN_CAP documents for a query too short for the index', () => {
    const db = openDatabase(':memory:');
    db.transaction(() => {
      for (let i = 0; i < SCAN_CAP + 5; i++)
        insertDocument(db, documentRecord(`d${i}`, `Tekst ${i} met Xq.`));
    })();
    const result = searchCorpus(db, { text: 'xq' }, 10_000);
    expect(result.scanned).toBe(SCAN_CAP);
    expect(result.hits).toHaveLength(SCAN_CAP);
  });
});

describe('annotate all matches', () => {
  it('counts first, then makes suggestions the skip rules let through', () => {
    const db = corpus();
    createAnnotation(db, { documentId: 3, labelId: ACTOR, start: 0, end: 6 });
    const ask = { query: { text: 'Kazimi' }, labelId: ACTOR, annotator: null };
    expect(annotateMatches(db, { ...ask, as: 'suggestions', dryRun: true })).toEqual({
      matches: 2,
      documents: 1,
      added: 0,
    });
    expect(listOpenSuggestions(db, 1)).toEqual([]);
    expect(annotateMatches(db, { ...ask, as: 'suggestions', dryRun: false })).toMatchObject({ added: 2 });
    expect(listOpenSuggestions(db, 1).map((s) => [s.start, s.end, s.rule])).toEqual([
      [19, 25, 'search'],
      [43, 49, 'search'],
    ]);
  });

  it('makes annotations in the given layer, never twice on one span', () => {
    const db = corpus();
    const ask = { query: { text: 'kazimi' }, labelId: ACTOR, annotator: 'ans', as: 'annotations' as const };
    expect(annotateMatches(db, { ...ask, dryRun: false })).toEqual({ matches: 3, documents: 2, added: 3 });
    expect(annotateMatches(db, { ...ask, dryRun: true })).toEqual({ matches: 0, documents: 0, added: 0 });
    const rows = db.prepare('SELECT document_id, start, "end", annotator FROM annotations ORDER BY id').all();
    expect(rows).toEqual([
      { document_id: 1, start: 19, end: 25, annotator: 'ans' },
      { document_id: 1, start: 43, end: 49, annotator: 'ans' },
      { document_id: 3, start: 0, end: 6, annotator: 'ans' },
    ]);
    // One undo in a document takes back all it got.
    undo(db, 1, null);
    expect(db.prepare('SELECT document_id FROM annotations').pluck().all()).toEqual([3]);
  });
});
