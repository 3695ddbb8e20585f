import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { createAnnotation, getAnnotation, undo } from '../../../src-main/db/annotations.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CHANGE_ID = /^[0-9a-f]{32}-[as][1-9][0-9]*$/;

/** A version-7 database: one span made in the app (logged), one imported (not logged), a relation between them. */
function version7(path: string): void {
  const old = openDatabase(path, { migrations: migrations.slice(0, 7) });
  old.exec(`
    INSERT INTO documents (external_id, list_title, text, text_length, text_sha256)
      VALUES ('a', 'A', 'Joe Biden kwam in 2021.', 23, '${'a'.repeat(64)}');
    INSERT INTO annotations (id, document_id, label_id, start, "end", uid, annotator) VALUES (1, 1, 3, 0, 9, 'T1', 'anna');
    INSERT INTO annotation_history (annotation_id, document_id, action, before, after)
      VALUES (1, 1, 'create', NULL, (SELECT json_object('id', 1, 'uid', 'T1', 'documentId', 1, 'labelId', 3, 'start', 0, 'end', 9, 'annotator', 'anna')));
    INSERT INTO undo_stack (document_id, history_id, stack) VALUES (1, 1, 'undo');
    INSERT INTO annotations (id, document_id, label_id, start, "end", uid, annotator, attributes)
      VALUES (2, 1, 1, 10, 14, 'T2', 'anna', '{"tense":"past"}');
    INSERT INTO relations (id, document_id, role_id, head_id, child_id) VALUES (1, 1, 1, 2, 1);
    INSERT INTO status_history (document_id, before, after) VALUES (1, 'todo', 'in_progress');
  `);
  closeDatabase(old);
}

describe('migration 8 (sync)', () => {
  it('gives every old change row a unique change id and logs the imported state', () => {
    const path = join(tempDir(), 'v7.db');
    version7(path);
    const db = openDatabase(path);
    const client = db.prepare('SELECT client_id FROM sync_client').pluck().get() as string;
    expect(client).toMatch(/^[0-9a-f]{32}$/);
    const rows = db
      .prepare('SELECT id, entity, action, origin, after, change_id FROM annotation_history ORDER BY id')
      .all() as {
      id: number;
      entity: string;
      action: string;
      origin: string;
      after: string;
      change_id: string;
    }[];
    // The old row, then the imported span and the relation, each with its state.
    expect(rows.map((r) => [r.entity, r.action, r.origin])).toEqual([
      ['annotation', 'create', 'edit'],
      ['annotation', 'create', 'import'],
      ['relation', 'create', 'import'],
    ]);
    for (const r of rows) expect(r.change_id).toBe(`${client}-a${r.id}`);
    expect(JSON.parse(rows[1]?.after ?? 'null')).toEqual(getAnnotation(db, 2));
    expect(JSON.parse(rows[2]?.after ?? 'null')).toMatchObject({ id: 1, roleId: 1, headId: 2, childId: 1 });
    expect(db.prepare('SELECT change_id FROM status_history').pluck().get()).toBe(`${client}-s1`);
    // The old undo step still works.
    undo(db, 1);
    expect(db.prepare('SELECT count(*) FROM annotations WHERE id = 1').pluck().get()).toBe(0);
    closeDatabase(db);
  });

  it('gives new change rows their ids and keeps the logs append-only', () => {
    const path = join(tempDir(), 'v7.db');
    version7(path);
    const db = openDatabase(path);
    const created = createAnnotation(db, {
      documentId: 1,
      labelId: 2,
      start: 18,
      end: 22,
      annotator: 'anna',
    });
    changeStatus(db, 1, 'done', 'anna');
    const ids = [
      ...(db.prepare('SELECT change_id FROM annotation_history').pluck().all() as string[]),
      ...(db.prepare('SELECT change_id FROM status_history').pluck().all() as string[]),
    ];
    for (const id of ids) expect(id).toMatch(CHANGE_ID);
    expect(new Set(ids).size).toBe(ids.length);
    expect(created.id).toBe(3);
    expect(() => db.prepare("UPDATE annotation_history SET after = '{}' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare("UPDATE annotation_history SET change_id = 'x' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare("UPDATE status_history SET change_id = 'x' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM status_history').run()).toThrow(/append-only/);
    // A pulled row keeps the id it was made with.
    db.prepare(
      "INSERT INTO annotation_history (annotation_id, document_id, action, after, change_id) VALUES (3, 1, 'update', '{}', 'elsewhere-a7')",
    ).run();
    expect(
      db.prepare("SELECT count(*) FROM annotation_history WHERE change_id = 'elsewhere-a7'").pluck().get(),
    ).toBe(1);
    closeDatabase(db);
  });

  it('gives two databases different client ids', () => {
    const dir = tempDir();
    const ids = ['one.db', 'two.db'].map((name) => {
      const db = openDatabase(join(dir, name));
      const id = db.prepare('SELECT client_id FROM sync_client').pluck().get();
      closeDatabase(db);
      return id;
    });
    expect(ids[0]).not.toBe(ids[1]);
  });
});
