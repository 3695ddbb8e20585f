import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { insertDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { corpusStats } from '../../../src-main/db/stats.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** The documents per status, counted row by row. */
const recount = (db: Db) => {
  const counts = { todo: 0, in_progress: 0, done: 0 };
  for (const { status, n } of db
    .prepare('SELECT status, count(*) AS n FROM documents GROUP BY status')
    .all() as { status: keyof typeof counts; n: number }[])
    counts[status] = n;
  return counts;
};

const kept = (db: Db) =>
  Object.fromEntries(
    (db.prepare('SELECT status, n FROM document_status_counts').all() as { status: string; n: number }[]).map(
      (r) => [r.status, r.n],
    ),
  );

describe('migration 12 (corpus counts)', () => {
  it('counts an older database’s documents per status, and keeps the counts through every change', () => {
    const path = join(tempDir(), 'v10.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 10) });
    insertDocument(old, documentRecord('a', 'Een.', { status: 'done' }));
    insertDocument(old, documentRecord('b', 'Twee.', { status: 'done' }));
    insertDocument(old, documentRecord('c', 'Drie.'));
    closeDatabase(old);

    const db = openDatabase(path);
    expect(kept(db)).toEqual({ todo: 1, in_progress: 0, done: 2 });
    const d = insertDocument(db, documentRecord('d', 'Vier.', { status: 'in_progress' }));
    changeStatus(db, 1, 'todo');
    changeStatus(db, d, 'in_progress');
    db.prepare("UPDATE documents SET status = 'done' WHERE id = 3").run();
    db.prepare('DELETE FROM documents WHERE id = 2').run();
    expect(kept(db)).toEqual(recount(db));
    expect(corpusStats(db).documents).toEqual({ todo: 1, in_progress: 1, done: 1, total: 3 });
    expect(listDocuments(db, { offset: 0, limit: 10 }).total).toBe(3);
    expect(listDocuments(db, { status: 'done', offset: 0, limit: 10 }).total).toBe(1);
    expect(() => db.prepare("UPDATE document_status_counts SET n = -1 WHERE status = 'done'").run()).toThrow(
      /CHECK/,
    );
    closeDatabase(db);
  });
});
