import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('migration 10 (notes and flags on documents)', () => {
  it('gives existing documents no note and no flag, and keeps their annotations’ notes', () => {
    const path = join(tempDir(), 'v7.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 7) });
    old.exec(`
      INSERT INTO documents (external_id, list_title, text, text_length, text_sha256)
        VALUES ('a', 'A', 'Joe Biden kwam in 2021.', 23, '${'a'.repeat(64)}');
      INSERT INTO annotations (document_id, label_id, start, "end", uid, note, flag) VALUES (1, 3, 0, 9, 'T1', 'wie?', 'unsure');
    `);
    closeDatabase(old);
    const db = openDatabase(path);
    expect(db.prepare('SELECT note, flag FROM documents').get()).toEqual({ note: null, flag: null });
    expect(db.prepare('SELECT note, flag FROM annotations').get()).toEqual({ note: 'wie?', flag: 'unsure' });
    expect(() => db.prepare("UPDATE documents SET flag = '' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO document_note_history (document_id, after_flag) VALUES (1, 'unsure')").run();
    expect(() => db.prepare('DELETE FROM document_note_history').run()).toThrow(/append-only/);
    closeDatabase(db);
  });
});
