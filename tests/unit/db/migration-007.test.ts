import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { historyDepth, undo } from '../../../src-main/db/annotations.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('migration 7 (curation)', () => {
  it("keeps the undo steps a database had as the user's own", () => {
    const path = join(tempDir(), 'v6.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 6) });
    old.exec(`
      INSERT INTO documents (external_id, list_title, text, text_length, text_sha256)
        VALUES ('a', 'A', 'Joe Biden kwam in 2021.', 23, '${'a'.repeat(64)}');
      INSERT INTO annotations (id, document_id, label_id, start, "end", uid, annotator) VALUES (1, 1, 3, 0, 9, 'T1', 'anna');
      INSERT INTO annotation_history (annotation_id, document_id, action, before, after)
        VALUES (1, 1, 'create', NULL, (SELECT json_object('id', 1, 'uid', 'T1', 'documentId', 1, 'labelId', 3, 'start', 0, 'end', 9, 'annotator', 'anna')));
      INSERT INTO undo_stack (document_id, history_id, stack) VALUES (1, 1, 'undo');
    `);
    closeDatabase(old);
    const db = openDatabase(path);
    expect(historyDepth(db, 1)).toEqual({ undo: 1, redo: 0 });
    expect(historyDepth(db, 1, 'gold')).toEqual({ undo: 0, redo: 0 });
    undo(db, 1);
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    db.prepare("INSERT INTO curation_rejections (document_id, item_key) VALUES (1, 'S|3|0|9|')").run();
    expect(() =>
      db.prepare("INSERT INTO curation_rejections (document_id, item_key) VALUES (1, 'S|3|0|9|')").run(),
    ).toThrow(/UNIQUE/);
    closeDatabase(db);
  });
});
