import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, schemaVersion, type Db } from '../../../src-main/db/connection.ts';
import {
  createAnnotation,
  historyDepth,
  listAnnotations,
  redo,
  undo,
} from '../../../src-main/db/annotations.ts';
import { getDocument, insertDocument } from '../../../src-main/db/documents.ts';
import { initial } from '../../../src-main/db/migrations/001-initial.ts';
import { leanWrites } from '../../../src-main/db/migrations/002-lean-writes.ts';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/db/migrations/index.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

const TEXT = 'De VS hebben momenteel 2.500 militairen in het land.';
const statusOf = (db: Db) => getDocument(db, 1).status;
const spans = (db: Db) => listAnnotations(db, 1).map((a) => [a.start, a.end]);

function corpus(path: string): Db {
  const db = openDatabase(path);
  insertDocument(db, documentRecord('doc-1', TEXT));
  return db;
}

describe('status changes in the undo history', () => {
  it('undoes the status change the user made last, not the annotation before it, also after a restart', () => {
    const path = join(tempDir(), 'corpus.db');
    let db = corpus(path);
    createAnnotation(db, { documentId: 1, labelId: 3, start: 0, end: 5 });
    expect(statusOf(db)).toBe('in_progress');
    changeStatus(db, 1, 'done');
    expect(historyDepth(db, 1)).toEqual({ undo: 2, redo: 0 });

    expect(undo(db, 1)).toEqual({ action: 'status', documentId: 1, status: 'in_progress', previous: 'done' });
    expect(statusOf(db)).toBe('in_progress');
    expect(spans(db)).toEqual([[0, 5]]);
    expect(redo(db, 1)).toMatchObject({ action: 'status', status: 'done' });
    expect(statusOf(db)).toBe('done');

    // Persisted like annotation undo: the stacks survive closing the database.
    closeDatabase(db);
    db = openDatabase(path);
    undo(db, 1);
    expect(statusOf(db)).toBe('in_progress');
    expect(undo(db, 1)).toMatchObject({ action: 'delete' });
    expect(spans(db)).toEqual([]);
    expect(() => undo(db, 1)).toThrow(/nothing to undo/);
    redo(db, 1);
    redo(db, 1);
    expect(statusOf(db)).toBe('done');
    expect(spans(db)).toEqual([[0, 5]]);
    closeDatabase(db);
  });

  it('logs every status change and undo in an append-only history', () => {
    const db = corpus(':memory:');
    changeStatus(db, 1, 'done');
    changeStatus(db, 1, 'done');
    expect(historyDepth(db, 1)).toEqual({ undo: 1, redo: 0 });
    undo(db, 1);
    // A new change after an undo drops what could be redone.
    changeStatus(db, 1, 'in_progress');
    expect(historyDepth(db, 1)).toEqual({ undo: 1, redo: 0 });
    expect(db.prepare('SELECT origin, before, after FROM status_history ORDER BY id').all()).toEqual([
      { origin: 'edit', before: 'todo', after: 'done' },
      { origin: 'undo', before: 'done', after: 'todo' },
      { origin: 'edit', before: 'todo', after: 'in_progress' },
    ]);
    expect(() => db.prepare('DELETE FROM status_history').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE status_history SET after = 'todo'").run()).toThrow(/append-only/);
  });

  it('keeps the undo stacks of an older database through the migration', () => {
    const path = join(tempDir(), 'v2.db');
    let db = openDatabase(path, { migrations: [initial, leanWrites] });
    insertDocument(db, documentRecord('doc-1', TEXT));
    // As version 2 wrote them: ACTOR "De VS" created; NUMBER "2.500" created, then undone.
    const state = (id: number, labelId: number, start: number, end: number) =>
      JSON.stringify({
        id,
        documentId: 1,
        labelId,
        start,
        end,
        annotator: null,
        createdAt: 'x',
        updatedAt: 'x',
      });
    db.exec(`
      INSERT INTO annotations (id, document_id, label_id, start, "end") VALUES (1, 1, 3, 0, 5);
      UPDATE documents SET annotation_count = 1 WHERE id = 1;
      UPDATE labels SET annotation_count = 1 WHERE id = 3;
      INSERT INTO annotation_history (annotation_id, document_id, action, before, after) VALUES
        (1, 1, 'create', NULL, '${state(1, 3, 0, 5)}'),
        (2, 1, 'create', NULL, '${state(2, 2, 23, 28)}'),
        (2, 1, 'delete', '${state(2, 2, 23, 28)}', NULL);
      INSERT INTO undo_stack (document_id, history_id, stack) VALUES (1, 1, 'undo'), (1, 2, 'redo');
    `);
    closeDatabase(db);

    db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(historyDepth(db, 1)).toEqual({ undo: 1, redo: 1 });
    redo(db, 1);
    expect(spans(db)).toEqual([
      [0, 5],
      [23, 28],
    ]);
    changeStatus(db, 1, 'done');
    undo(db, 1);
    undo(db, 1);
    undo(db, 1);
    expect(spans(db)).toEqual([]);
    expect(statusOf(db)).toBe('todo');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    closeDatabase(db);
  });
});
