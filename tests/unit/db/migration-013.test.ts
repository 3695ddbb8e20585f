import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('migration 13 (span ends checked through a covering index)', () => {
  it('still refuses spans and suggestions past the end of a document made before it', () => {
    const path = join(tempDir(), 'v12.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 12) });
    old.exec(`
      INSERT INTO documents (external_id, list_title, text, text_length, text_sha256)
        VALUES ('a', 'A', 'Joe Biden kwam in 2021.', 23, '${'a'.repeat(64)}');
      INSERT INTO annotations (document_id, label_id, start, "end", uid) VALUES (1, 3, 0, 9, 'T1');
    `);
    closeDatabase(old);
    const db = openDatabase(path);
    const span = (start: number, end: number, uid: string) =>
      db
        .prepare('INSERT INTO annotations (document_id, label_id, start, "end", uid) VALUES (1, 1, ?, ?, ?)')
        .run(start, end, uid);
    expect(() => span(10, 24, 'T2')).toThrow('annotation ends past the end of its document');
    span(10, 23, 'T3');
    expect(() => db.prepare('UPDATE annotations SET "end" = 30 WHERE uid = ?').run('T1')).toThrow(
      'annotation ends past the end of its document',
    );
    const suggest = (end: number) =>
      db
        .prepare(
          'INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule) VALUES (1, 2, 18, ?, ?, ?)',
        )
        .run(end, `S${end}`, 'number.digits');
    expect(() => suggest(24)).toThrow('suggestion ends past the end of its document');
    suggest(22);
    expect(db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM suggestions').get()).toEqual({ n: 1 });
    closeDatabase(db);
  });
});
