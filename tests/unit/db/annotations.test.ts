import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { insertDocument, getDocument } from '../../../src-main/db/documents.ts';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  redo,
  undo,
  updateAnnotation,
} from '../../../src-main/db/annotations.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import { sha256Hex } from '../../../src-main/text/hash.ts';

const TEXT = 'De VS hebben momenteel 2.500 militairen in het land 🇺🇸.';

function setup() {
  const db = openDatabase(':memory:');
  const documentId = insertDocument(db, {
    externalId: 'doc-1',
    title: null,
    published: '2021-07',
    source: null,
    text: TEXT,
    textSha256: sha256Hex(TEXT),
    meta: {},
    status: 'todo',
  });
  const label = (name: string) => {
    const found = findLabelByName(db, name);
    if (!found) throw new Error(`seeded label ${name} missing`);
    return found.id;
  };
  return { db, documentId, label };
}

describe('annotations', () => {
  it('creates nested spans and moves a todo document to in progress', () => {
    const { db, documentId, label } = setup();
    createAnnotation(db, { documentId, labelId: label('EVENT'), start: 0, end: 51 });
    createAnnotation(db, { documentId, labelId: label('ACTOR'), start: 0, end: 5 });
    createAnnotation(db, { documentId, labelId: label('NUMBER'), start: 23, end: 28 });
    const spans = listAnnotations(db, documentId).map((a) => TEXT.slice(a.start, a.end));
    expect(spans).toEqual(['De VS', 'De VS hebben momenteel 2.500 militairen in het land', '2.500']);
    expect(getDocument(db, documentId).status).toBe('in_progress');
  });

  it('rejects spans that are reversed, out of range, duplicated or split a surrogate pair', () => {
    const { db, documentId, label } = setup();
    const labelId = label('ACTOR');
    expect(() => createAnnotation(db, { documentId, labelId, start: 5, end: 5 })).toThrow(
      /greater than start/,
    );
    expect(() => createAnnotation(db, { documentId, labelId, start: -1, end: 2 })).toThrow(/negative/);
    expect(() => createAnnotation(db, { documentId, labelId, start: 0, end: TEXT.length + 1 })).toThrow(
      /past the end/,
    );
    const flag = TEXT.indexOf('🇺🇸');
    expect(() => createAnnotation(db, { documentId, labelId, start: flag, end: flag + 1 })).toThrow(
      /surrogate/,
    );
    createAnnotation(db, { documentId, labelId, start: 0, end: 5 });
    expect(() => createAnnotation(db, { documentId, labelId, start: 0, end: 5 })).toThrow(/already covers/);
    expect(listAnnotations(db, documentId)).toHaveLength(1);
  });

  it('undoes and redoes create, relabel, resize and delete in order', () => {
    const { db, documentId, label } = setup();
    const a = createAnnotation(db, { documentId, labelId: label('ACTOR'), start: 0, end: 5 });
    updateAnnotation(db, a.id, { labelId: label('EVENT') });
    updateAnnotation(db, a.id, { end: 12 });
    deleteAnnotation(db, a.id);
    expect(listAnnotations(db, documentId)).toEqual([]);

    expect(undo(db, documentId).action).toBe('create');
    expect(listAnnotations(db, documentId)[0]).toMatchObject({ id: a.id, end: 12, labelId: label('EVENT') });
    undo(db, documentId);
    expect(listAnnotations(db, documentId)[0]).toMatchObject({ end: 5, labelId: label('EVENT') });
    undo(db, documentId);
    expect(listAnnotations(db, documentId)[0]).toMatchObject({ end: 5, labelId: label('ACTOR') });
    undo(db, documentId);
    expect(listAnnotations(db, documentId)).toEqual([]);
    expect(() => undo(db, documentId)).toThrow(/nothing to undo/);

    redo(db, documentId);
    redo(db, documentId);
    expect(listAnnotations(db, documentId)[0]).toMatchObject({ id: a.id, labelId: label('EVENT'), end: 5 });
    // A new edit clears what could still be redone.
    updateAnnotation(db, a.id, { start: 3 });
    expect(() => redo(db, documentId)).toThrow(/nothing to redo/);
  });

  it('keeps an append-only history that agrees with the annotations', () => {
    const { db, documentId, label } = setup();
    const a = createAnnotation(db, { documentId, labelId: label('ACTOR'), start: 0, end: 5 });
    deleteAnnotation(db, a.id);
    undo(db, documentId);
    const rows = db.prepare('SELECT action, origin FROM annotation_history ORDER BY id').all();
    expect(rows).toEqual([
      { action: 'create', origin: 'edit' },
      { action: 'delete', origin: 'edit' },
      { action: 'create', origin: 'undo' },
    ]);
    expect(() => db.prepare('DELETE FROM annotation_history').run()).toThrow(/append-only/);
  });

  it('keeps the per-document and per-label counts that the list and progress read in step', () => {
    const { db, documentId, label } = setup();
    const a = createAnnotation(db, { documentId, labelId: label('ACTOR'), start: 0, end: 5 });
    createAnnotation(db, { documentId, labelId: label('NUMBER'), start: 23, end: 28 });
    updateAnnotation(db, a.id, { labelId: label('EVENT') });
    deleteAnnotation(db, a.id);
    undo(db, documentId);
    const counts = () => ({
      document: db.prepare('SELECT annotation_count AS n FROM documents WHERE id = ?').get(documentId),
      labels: db.prepare('SELECT name, annotation_count AS n FROM labels ORDER BY position').all(),
    });
    expect(counts()).toEqual({
      document: { n: 2 },
      labels: [
        { name: 'EVENT', n: 1 },
        { name: 'NUMBER', n: 1 },
        { name: 'ACTOR', n: 0 },
      ],
    });
  });
});
