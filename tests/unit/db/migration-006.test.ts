import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { annotatorNameProblem } from '../../../src-main/db/annotator-name.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { nextSpanUid } from '../../../src-main/db/span-uid.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('migration 6 (team layers)', () => {
  it("starts each existing layer's status at its document's status", () => {
    const path = join(tempDir(), 'v5.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 5) });
    old.exec(`
      INSERT INTO documents (external_id, list_title, text, text_length, text_sha256, status)
        VALUES ('a', 'A', 'Joe Biden kwam in 2021.', 23, '${'a'.repeat(64)}', 'done'),
               ('b', 'B', 'Niemand kwam.', 13, '${'b'.repeat(64)}', 'in_progress');
      INSERT INTO annotations (document_id, label_id, start, "end", uid, annotator) VALUES
        (1, 3, 0, 9, 'T1', 'anna'), (1, 3, 0, 9, 'T2', 'bob'), (1, 1, 10, 14, 'T3', 'anna'),
        (2, 3, 0, 7, 'T1', NULL);
    `);
    closeDatabase(old);
    const db = openDatabase(path);
    expect(db.prepare('SELECT document_id, layer, status FROM document_layers ORDER BY 1, 2').all()).toEqual([
      { document_id: 1, layer: 'anna', status: 'done' },
      { document_id: 1, layer: 'bob', status: 'done' },
    ]);
    closeDatabase(db);
  });

  it('never gives a new span the id a suggestion holds', () => {
    const db = openDatabase(join(tempDir(), 'new.db'));
    db.exec(`
      INSERT INTO documents (external_id, list_title, text, text_length, text_sha256)
        VALUES ('a', 'A', 'Joe Biden kwam in 2021.', 23, '${'a'.repeat(64)}');
      INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule) VALUES (1, 3, 0, 9, 'T7', 'actor.title');
    `);
    expect(nextSpanUid(db, 1)).toBe('T8');
    expect(() =>
      db.exec(
        `INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule) VALUES (1, 3, 20, 40, 'T9', 'x')`,
      ),
    ).toThrow(/past the end/);
    closeDatabase(db);
  });
});

describe('annotator names', () => {
  it('refuses the reserved layer names, blanks and control characters', () => {
    expect(annotatorNameProblem('anna')).toBeNull();
    expect(annotatorNameProblem('Gold')).toMatch(/reserved/);
    expect(annotatorNameProblem('all')).toMatch(/reserved/);
    expect(annotatorNameProblem(' anna')).toMatch(/white space/);
    expect(annotatorNameProblem('')).toMatch(/empty/);
    expect(annotatorNameProblem('a\u0000b')).toMatch(/control/);
  });
});
