import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import {
  createAnnotation,
  deleteAnnotation,
  historyDepth,
  listAnnotations,
  listAnnotationViews,
  redo,
  undo,
  updateAnnotation,
} from '../../../src-main/db/annotations.ts';
import { getDocument, insertDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { createLabel, findLabelByName, listLabels, updateLabel } from '../../../src-main/db/labels.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { corpusStats } from '../../../src-main/db/stats.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** Counts the statements `db` compiles from now on: a spy on the real connection, not a fake one. */
function countPrepares(db: Db): () => number {
  const prepare = db.prepare.bind(db);
  let prepared = 0;
  db.prepare = ((sql: string) => {
    prepared++;
    return prepare(sql);
  }) as Db['prepare'];
  return () => prepared;
}

function open(): { db: Db; documentId: number; labelId: number } {
  const db = openDatabase(join(tempDir(), 'corpus.db'));
  const documentId = insertDocument(db, documentRecord('doc-1', 'De VS hebben 2.500 militairen in Irak.'));
  const labelId = findLabelByName(db, 'ACTOR')?.id ?? 0;
  return { db, documentId, labelId };
}

describe('prepared statements', () => {
  it('an annotation create compiles nothing after the first one', () => {
    const { db, documentId, labelId } = open();
    createAnnotation(db, { documentId, labelId, start: 0, end: 5 });
    const prepared = countPrepares(db);
    createAnnotation(db, { documentId, labelId, start: 6, end: 12 });
    expect(prepared()).toBe(0);
    closeDatabase(db);
  });

  it('a second round of every edit and read compiles no statement', () => {
    const { db, documentId, labelId } = open();
    let round = 0;
    const everything = (): void => {
      round++;
      const created = createAnnotation(db, { documentId, labelId, start: round, end: round + 4 });
      updateAnnotation(db, created.id, { end: round + 5 });
      deleteAnnotation(db, created.id);
      undo(db, documentId);
      redo(db, documentId);
      changeStatus(db, documentId, round % 2 ? 'done' : 'in_progress');
      undo(db, documentId);
      historyDepth(db, documentId);
      listAnnotations(db, documentId);
      listAnnotationViews(db, documentId);
      getDocument(db, documentId);
      listDocuments(db, { offset: 0, limit: 10 });
      listDocuments(db, { status: 'done', offset: 0, limit: 10 });
      const label = createLabel(db, { name: `L${round}` });
      updateLabel(db, label.id, { name: `M${round}`, hotkey: null });
      listLabels(db);
      corpusStats(db);
    };
    everything();
    const prepared = countPrepares(db);
    everything();
    expect(prepared()).toBe(0);
    closeDatabase(db);
  });
});
