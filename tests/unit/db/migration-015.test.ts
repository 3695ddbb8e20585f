import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { deleteAnnotation } from '../../../src-main/db/annotations.ts';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const TEXT = 'De VS hebben 2.500 militairen in het land.';

describe('migration 15 (index of deleted spans)', () => {
  it('indexes the deletes an older database logged, and a merge still never gives out a deleted span id', () => {
    const dir = tempDir();
    const path = join(dir, 'v14.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 14) });
    const anna = writeJsonl(dir, 'anna.jsonl', [
      {
        id: 'd1',
        text: TEXT,
        spans: [
          { id: 'T1', start: 0, end: 5, label: 'ACTOR' },
          { id: 'T2', start: 13, end: 18, label: 'NUMBER' },
        ],
      },
    ]);
    expect(importPaths(old, [anna], { annotator: 'anna' }).committed).toBe(true);
    const t2 = old.prepare("SELECT id FROM annotations WHERE uid = 'T2'").pluck().get() as number;
    deleteAnnotation(old, t2);
    closeDatabase(old);

    const db = openDatabase(path);
    const indexed = db
      .prepare(
        `SELECT count(*) FROM annotation_history INDEXED BY annotation_history_deleted
         WHERE document_id = 1 AND action = 'delete'`,
      )
      .pluck()
      .get();
    expect(indexed).toBe(1);
    // bob's T1 clashes with anna's; T2 was anna's deleted span, so it becomes T3.
    const bob = writeJsonl(dir, 'bob.jsonl', [
      { id: 'd1', text: TEXT, spans: [{ id: 'T1', start: 6, end: 12, label: 'EVENT' }] },
    ]);
    const report = importPaths(db, [bob], { annotator: 'bob' });
    expect(report.merged[0]?.renumbered).toEqual([{ from: 'T1', to: 'T3' }]);
    expect(db.prepare("SELECT uid FROM annotations WHERE annotator = 'bob'").pluck().all()).toEqual(['T3']);
    closeDatabase(db);
  });
});
