import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { documentText } from '../../../src-main/db/document-text.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import { documentRecord } from '../../helpers/documents.ts';

function addDocument(db: ReturnType<typeof openDatabase>, externalId: string, text: string): number {
  return insertDocument(db, documentRecord(externalId, text));
}

describe('the text edits are checked against', () => {
  it('is each document’s own, however edits alternate between documents', () => {
    const db = openDatabase(':memory:');
    const short = addDocument(db, 'short', 'Kort.');
    const long = addDocument(db, 'long', 'Een veel langere tekst over de Tweede Kamer.');
    const event = findLabelByName(db, 'EVENT')?.id ?? 0;
    createAnnotation(db, { documentId: long, labelId: event, start: 30, end: 43 });
    // The short document must not be checked against the long one read just before.
    expect(() => createAnnotation(db, { documentId: short, labelId: event, start: 30, end: 43 })).toThrow(
      /past the end of the text \(5\)/,
    );
    expect(documentText(db, long)).toBe('Een veel langere tekst over de Tweede Kamer.');
    expect(documentText(db, short)).toBe('Kort.');
  });

  it('is not served for a document deleted after its text was read', () => {
    const db = openDatabase(':memory:');
    const id = addDocument(db, 'first', 'De eerste tekst.');
    expect(documentText(db, id)).toBe('De eerste tekst.');
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(() => documentText(db, id)).toThrow(/document 1 does not exist/);
  });
});
