import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { createAnnotation, listAnnotations, undo } from '../../../src-main/db/annotations.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { attributeValueProblem, listAttributeDefs, listRoles } from '../../../src-main/db/scheme-read.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** A schema-4 database with spans and a deleted span in its undo history. */
function schemaFourDatabase(path: string): void {
  const db = openDatabase(path, { migrations: migrations.slice(0, 4) });
  db.exec(`
    INSERT INTO documents (external_id, list_title, text, text_length, text_sha256)
      VALUES ('a', 'Joe Biden kwam', 'Joe Biden kwam in 2021 naar Den Haag.', 36, '${'a'.repeat(64)}'),
             ('b', 'Twee', 'Twee documenten.', 16, '${'b'.repeat(64)}');
    INSERT INTO annotations (document_id, label_id, start, "end") VALUES (1, 2, 18, 22), (1, 3, 0, 9), (2, 1, 0, 4);
  `);
  // As schema 4 logged a deleted span: its row as JSON, without the fields migration 5 adds.
  const gone = {
    id: 9,
    documentId: 1,
    labelId: 1,
    start: 10,
    end: 14,
    annotator: null,
    createdAt: 'x',
    updatedAt: 'x',
  };
  db.prepare(
    `INSERT INTO annotation_history (annotation_id, document_id, action, before, after)
     VALUES (9, 1, 'delete', ?, NULL)`,
  ).run(JSON.stringify(gone));
  db.prepare(
    "INSERT INTO undo_stack (document_id, history_id, stack) VALUES (1, last_insert_rowid(), 'undo')",
  ).run();
  closeDatabase(db);
}

describe('migration 5 (event frames)', () => {
  it('gives existing spans ids T1, T2, … per document in reading order and keeps everything else', () => {
    const path = join(tempDir(), 'v4.db');
    schemaFourDatabase(path);
    const db = openDatabase(path);
    expect(listAnnotations(db, 1).map((a) => [a.uid, a.start, a.attributes, a.fragments])).toEqual([
      ['T1', 0, {}, null],
      ['T2', 18, {}, null],
    ]);
    expect(listAnnotations(db, 2).map((a) => a.uid)).toEqual(['T1']);
    // A span deleted before the migration comes back by undo with a new id of its own.
    const step = undo(db, 1);
    expect(step).toMatchObject({ action: 'create', annotation: { uid: 'T3', start: 10, end: 14 } });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    closeDatabase(db);
  });

  it('gives a new database the default scheme: attributes per label and roles between them', () => {
    const db = openDatabase(':memory:');
    const labels = new Map(listLabels(db).map((l) => [l.id, l.name]));
    const attributes = listAttributeDefs(db).map((d) => `${labels.get(d.labelId)}.${d.name}:${d.type}`);
    expect(attributes).toEqual([
      'EVENT.polarity:choice',
      'EVENT.modality:choice',
      'EVENT.tense:choice',
      'EVENT.prominence:choice',
      'NUMBER.value:number',
      'NUMBER.unit:text',
      'NUMBER.mod:choice',
      'NUMBER.min:number',
      'NUMBER.max:number',
      'ACTOR.kind:choice',
    ]);
    const roles = listRoles(db).map((r) => ({
      name: r.name,
      from: r.from.map((id) => labels.get(id)),
      to: r.to.map((id) => labels.get(id)),
      many: r.many,
    }));
    expect(roles).toEqual([
      { name: 'agent', from: ['EVENT'], to: ['ACTOR'], many: true },
      { name: 'patient', from: ['EVENT'], to: ['ACTOR'], many: true },
      { name: 'quantity', from: ['EVENT'], to: ['NUMBER'], many: true },
    ]);
    closeDatabase(db);
  });

  it('makes the duplicate rule per layer: the same span twice only for different annotators', () => {
    const db = openDatabase(':memory:');
    db.exec(
      `INSERT INTO documents (external_id, list_title, text, text_length, text_sha256) VALUES ('a', 'x', 'Een tekst.', 10, '${'c'.repeat(64)}')`,
    );
    createAnnotation(db, { documentId: 1, labelId: 1, start: 0, end: 3, annotator: 'anna' });
    createAnnotation(db, { documentId: 1, labelId: 1, start: 0, end: 3, annotator: 'bob' });
    expect(() =>
      createAnnotation(db, { documentId: 1, labelId: 1, start: 0, end: 3, annotator: 'bob' }),
    ).toThrow(/already covers/);
    expect(listAnnotations(db, 1).map((a) => a.uid)).toEqual(['T1', 'T2']);
    closeDatabase(db);
  });

  it('checks attribute values by type, naming what was expected', () => {
    const db = openDatabase(':memory:');
    const defs = new Map(listAttributeDefs(db).map((d) => [d.name, d]));
    const polarity = defs.get('polarity');
    const value = defs.get('value');
    if (!polarity || !value) throw new Error('default scheme lacks polarity or value');
    expect(attributeValueProblem(polarity, 'negative')).toBeNull();
    expect(attributeValueProblem(polarity, 'maybe')).toBe(
      '"maybe" is not a valid polarity: expected one of "positive", "negative"',
    );
    expect(attributeValueProblem(value, 2500)).toBeNull();
    expect(attributeValueProblem(value, '2500')).toBe('"2500" is not a valid value: expected a number');
    closeDatabase(db);
  });
});
