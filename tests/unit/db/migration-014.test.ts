import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { listOpenSuggestions, suggestForDocument } from '../../../src-main/db/suggestions.ts';
import { deleteLabel } from '../../../src-main/scheme/edit-labels.ts';
import { tempDir } from '../../helpers/tmp.ts';

const TEXT = 'Premier Mark Rutte zei maandag dat 2.500 mensen kwamen.';

describe('migration 14 (suggestions without the label index)', () => {
  it('keeps every stored suggestion with its state, and deleting a label still takes its suggestions', () => {
    const path = join(tempDir(), 'v13.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 13) });
    old.exec(`
      INSERT INTO documents (external_id, list_title, text, text_length, text_sha256, published)
        VALUES ('a', 'A', '${TEXT}', ${TEXT.length}, '${'a'.repeat(64)}', '2021-07-26');
      INSERT INTO labels (name, color) VALUES ('EXTRA', '#123456');
      INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule, attributes, state, created_at)
        SELECT 1, id, 8, 18, 'S1', 'actor.title', '{"kind":"person"}', 'open', '2026-01-02T03:04:05.000Z'
        FROM labels WHERE name = 'ACTOR';
      INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule, attributes, state, created_at)
        SELECT 1, id, 35, 40, 'S2', 'number.digits', '{"value":2500}', 'rejected', '2026-01-02T03:04:06.000Z'
        FROM labels WHERE name = 'NUMBER';
      INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule)
        SELECT 1, id, 0, 7, 'S3', 'search' FROM labels WHERE name = 'EXTRA';
    `);
    const rows = (db: typeof old) => db.prepare('SELECT * FROM suggestions ORDER BY id').all();
    const before = rows(old);
    closeDatabase(old);

    const db = openDatabase(path);
    expect(rows(db)).toEqual(before);
    expect(
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'suggestions'")
        .pluck()
        .all(),
    ).not.toContain('suggestions_label');
    expect(listOpenSuggestions(db, 1).map((s) => [s.uid, s.state])).toEqual([
      ['S3', 'open'],
      ['S1', 'open'],
    ]);
    // The rejected number is not suggested again after the upgrade.
    const run = suggestForDocument(db, 1, ['NUMBER']);
    expect(run.added).toBe(0);
    const extra = db.prepare("SELECT id FROM labels WHERE name = 'EXTRA'").pluck().get() as number;
    deleteLabel(db, extra);
    expect(listOpenSuggestions(db, 1).map((s) => s.uid)).toEqual(['S1']);
    expect(db.prepare('SELECT count(*) FROM suggestions').pluck().get()).toBe(2);
    closeDatabase(db);
  });
});
