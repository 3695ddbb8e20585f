import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { createAnnotation, updateAnnotation } from '../../../src-main/db/annotations.ts';
import { markDocument } from '../../../src-main/db/document-notes.ts';
import { getDocument, insertDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { exportToFile } from '../../../src-main/corpus/export.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { readFileSync } from 'node:fs';

const TEXT = 'De Amerikaanse troepen trokken zich vorig jaar terug uit Irak, meldde het leger.';

function corpus(): Db {
  return openDatabase(join(tempDir(), 'corpus.db'));
}

const labelId = (db: Db, name: string): number =>
  (db.prepare('SELECT id FROM labels WHERE name = ?').get(name) as { id: number }).id;

function addDocuments(db: Db, n: number): number[] {
  return Array.from({ length: n }, (_, i) => insertDocument(db, documentRecord(`d${i + 1}`, `${TEXT} ${i}`)));
}

const listed = (db: Db, query: Partial<Parameters<typeof listDocuments>[1]> = {}) =>
  listDocuments(db, { offset: 0, limit: 50, ...query });

describe('notes and flags on documents', () => {
  it('stores a note and a flag, clears them, and logs every change with whose it was', () => {
    const db = corpus();
    const [id = 0] = addDocuments(db, 1);
    expect(markDocument(db, id, { note: '  bron nakijken ', flag: 'unsure' }, 'anna')).toMatchObject({
      note: 'bron nakijken',
      flag: 'unsure',
    });
    // The same values again are no change and log nothing.
    markDocument(db, id, { note: 'bron nakijken' }, 'anna');
    expect(markDocument(db, id, { note: '   ' }, 'anna')).toMatchObject({ note: null, flag: 'unsure' });
    expect(markDocument(db, id, { flag: null }, 'anna')).toMatchObject({ note: null, flag: null });
    const log = db
      .prepare(
        'SELECT layer, before_note, before_flag, after_note, after_flag FROM document_note_history ORDER BY id',
      )
      .all();
    expect(log).toEqual([
      {
        layer: 'anna',
        before_note: null,
        before_flag: null,
        after_note: 'bron nakijken',
        after_flag: 'unsure',
      },
      {
        layer: 'anna',
        before_note: 'bron nakijken',
        before_flag: 'unsure',
        after_note: null,
        after_flag: 'unsure',
      },
      { layer: 'anna', before_note: null, before_flag: 'unsure', after_note: null, after_flag: null },
    ]);
  });

  it('filters the list to flagged or noted documents, their own marks or their spans’, with status and search', () => {
    const db = corpus();
    const [a = 0, b = 0, c = 0] = addDocuments(db, 4);
    markDocument(db, a, { flag: 'unsure' });
    const span = createAnnotation(db, { documentId: b, labelId: labelId(db, 'ACTOR'), start: 3, end: 14 });
    updateAnnotation(db, span.id, { note: 'welke troepen?' });
    markDocument(db, c, { note: 'later' });
    const ids = (q: Parameters<typeof listed>[1]) => listed(db, q).items.map((d) => d.externalId);
    expect(ids({ mark: 'flagged' })).toEqual(['d1']);
    expect(ids({ mark: 'noted' })).toEqual(['d2', 'd3']);
    expect(listed(db, { mark: 'noted' }).total).toBe(2);
    expect(ids({ mark: 'noted', status: 'in_progress' })).toEqual(['d2']);
    expect(ids({ mark: 'noted', search: 'troepen' })).toEqual(['d2', 'd3']);
    updateAnnotation(db, span.id, { flag: 'unsure' });
    expect(ids({ mark: 'flagged' })).toEqual(['d1', 'd2']);
    expect(listed(db).items[0]).toMatchObject({ flag: 'unsure', note: null });
  });

  it('reads the mark filters from the partial indexes, not by scanning documents or spans', () => {
    const db = corpus();
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT count(*) FROM documents d WHERE d.id IN (SELECT id FROM documents WHERE flag IS NOT NULL
    UNION SELECT document_id FROM annotations WHERE flag IS NOT NULL)`,
        )
        .all() as { detail: string }[]
    )
      .map((p) => p.detail)
      .join('\n');
    expect(plan).toMatch(/documents_flagged/);
    expect(plan).toMatch(/annotations_flagged/);
  });

  it('counts each visible document’s annotations per label', () => {
    const db = corpus();
    const [a = 0, b = 0] = addDocuments(db, 2);
    const actor = labelId(db, 'ACTOR');
    const event = labelId(db, 'EVENT');
    createAnnotation(db, { documentId: a, labelId: actor, start: 0, end: 2 });
    createAnnotation(db, { documentId: a, labelId: actor, start: 3, end: 14 });
    createAnnotation(db, { documentId: a, labelId: event, start: 23, end: 30 });
    const [first, second] = listed(db).items;
    expect(first?.labelCounts.sort((x, y) => x.labelId - y.labelId)).toEqual(
      [
        { labelId: actor, count: 2 },
        { labelId: event, count: 1 },
      ].sort((x, y) => x.labelId - y.labelId),
    );
    expect(second).toMatchObject({ id: b, labelCounts: [] });
  });
});

describe('document notes and flags in our JSONL', () => {
  it('imports meta.note and meta.flag and exports them back', async () => {
    const dir = tempDir();
    const db = corpus();
    const file = writeJsonl(dir, 'in.jsonl', [
      { id: 'x', text: TEXT, meta: { note: 'NOS of ANP?', flag: 'unsure' } },
      { id: 'y', text: `${TEXT}!` },
    ]);
    expect(importPaths(db, [file])).toMatchObject({ committed: true, imported: 2 });
    const out = join(dir, 'out.jsonl');
    await exportToFile(db, out, {});
    const [x, y] = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { meta: object });
    expect(x?.meta).toMatchObject({ status: 'todo', note: 'NOS of ANP?', flag: 'unsure' });
    expect(y?.meta).toMatchObject({ note: null, flag: null });
  });

  it('fills a merged document’s missing note and lists a different one as a conflict', () => {
    const dir = tempDir();
    const db = corpus();
    const [id = 0] = addDocuments(db, 1);
    markDocument(db, id, { note: 'eigen notitie' });
    const file = writeJsonl(dir, 'again.jsonl', [
      { id: 'other', text: `${TEXT} 0`, meta: { note: 'hun notitie', flag: 'unsure' } },
    ]);
    const report = importPaths(db, [file]);
    expect(getDocument(db, id)).toMatchObject({ note: 'eigen notitie', flag: 'unsure' });
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        existingId: 'd1',
        reason: 'meta.note "hun notitie" not applied: the document has its own note "eigen notitie"',
      }),
    ]);
  });

  it('refuses a meta.note that is not a string, naming the key', () => {
    const dir = tempDir();
    const db = corpus();
    const file = writeJsonl(dir, 'bad.jsonl', [{ id: 'x', text: TEXT, meta: { flag: 1 } }]);
    expect(importPaths(db, [file]).invalid).toEqual([
      expect.objectContaining({ reason: 'meta.flag must be a string' }),
    ]);
  });
});
