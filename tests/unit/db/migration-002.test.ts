import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, schemaVersion, type Db } from '../../../src-main/db/connection.ts';
import { initial } from '../../../src-main/db/migrations/001-initial.ts';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/db/migrations/index.ts';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  undo,
  updateAnnotation,
} from '../../../src-main/db/annotations.ts';
import { tempDir } from '../../helpers/tmp.ts';

const counts = (db: Db) => ({
  document: (db.prepare('SELECT annotation_count AS n FROM documents WHERE id = 1').get() as { n: number }).n,
  // Read from the labels themselves: the stats also read tables of later schemas.
  labels: (
    db.prepare('SELECT name, annotation_count AS n FROM labels ORDER BY position, id').all() as {
      name: string;
      n: number;
    }[]
  ).map((l) => [l.name, l.n]),
});

/** A schema-1 database with work in it, written the way version 1 wrote it (its triggers kept the counts). */
function schemaOneDatabase(path: string): void {
  const db = openDatabase(path, { migrations: [initial] });
  db.exec(`
    INSERT INTO documents (external_id, list_title, text, text_length, text_sha256)
      VALUES ('a', 'Joe Biden kwam', 'Joe Biden kwam in 2021 naar Den Haag.', 36, '${'a'.repeat(64)}');
    INSERT INTO annotations (document_id, label_id, start, "end") VALUES (1, 3, 0, 9), (1, 2, 17, 21), (1, 1, 10, 14);
    DELETE FROM annotations WHERE id = 3;
  `);
  expect(counts(db)).toEqual({
    document: 2,
    labels: [
      ['EVENT', 0],
      ['NUMBER', 1],
      ['ACTOR', 1],
    ],
  });
  closeDatabase(db);
}

describe('migration 2 (lean writes)', () => {
  it('keeps every annotation, its id and the counts, and never reuses a deleted id', () => {
    const path = join(tempDir(), 'v1.db');
    schemaOneDatabase(path);
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(listAnnotations(db, 1).map((a) => [a.id, a.labelId, a.start, a.end])).toEqual([
      [1, 3, 0, 9],
      [2, 2, 17, 21],
    ]);
    expect(counts(db).document).toBe(2);
    // Annotation 3 was deleted before the migration; its id stays retired.
    const created = createAnnotation(db, { documentId: 1, labelId: 1, start: 10, end: 14 });
    expect(created.id).toBe(4);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    closeDatabase(db);
  });

  it('keeps the counts right through edits, now that the writers keep them instead of triggers', () => {
    const path = join(tempDir(), 'v1.db');
    schemaOneDatabase(path);
    const db = openDatabase(path);
    const event = createAnnotation(db, { documentId: 1, labelId: 1, start: 10, end: 14 });
    updateAnnotation(db, event.id, { labelId: 2 });
    deleteAnnotation(db, 1);
    undo(db, 1);
    undo(db, 1);
    const recount = db
      .prepare('SELECT label_id AS id, count(*) AS n FROM annotations GROUP BY label_id ORDER BY label_id')
      .all();
    expect(recount).toEqual([
      { id: 1, n: 1 },
      { id: 2, n: 1 },
      { id: 3, n: 1 },
    ]);
    expect(counts(db)).toEqual({
      document: 3,
      labels: [
        ['EVENT', 1],
        ['NUMBER', 1],
        ['ACTOR', 1],
      ],
    });
    closeDatabase(db);
  });

  it('still refuses the same label twice on exactly the same span, and spans past the text', () => {
    const path = join(tempDir(), 'v1.db');
    schemaOneDatabase(path);
    const db = openDatabase(path);
    expect(() => createAnnotation(db, { documentId: 1, labelId: 3, start: 0, end: 9 })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() =>
      db.prepare('INSERT INTO annotations (document_id, label_id, start, "end") VALUES (1, 1, 0, 37)').run(),
    ).toThrow(/past the end of its document/);
    // Spans of a document come in reading order from the uniqueness index itself.
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM annotations WHERE document_id = ? ORDER BY start, "end"')
      .all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
    expect(counts(db).document).toBe(2);
    closeDatabase(db);
  });
});
