import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { insertDocument, listDocuments, setDocumentStatus } from '../../../src-main/db/documents.ts';
import { documentRecord } from '../../helpers/documents.ts';

function corpus(n: number) {
  const db = openDatabase(':memory:');
  for (let i = 1; i <= n; i++) {
    const text =
      i % 10 === 0
        ? `Biden sprak met al-Kazimi (${i}).\n\nMeer tekst.`
        : `Artikel ${i} over 100%_zeker nieuws.`;
    insertDocument(
      db,
      documentRecord(`doc-${String(i).padStart(3, '0')}`, text, {
        title: i === 7 ? 'Kramp-Karrenbauer bezoekt Irak' : null,
      }),
    );
  }
  return db;
}

describe('listDocuments', () => {
  it('pages through all documents in id order with the total', () => {
    const db = corpus(45);
    const page = listDocuments(db, { offset: 40, limit: 10 });
    expect(page.total).toBe(45);
    expect(page.items.map((d) => d.externalId)).toEqual([
      'doc-041',
      'doc-042',
      'doc-043',
      'doc-044',
      'doc-045',
    ]);
  });

  it('filters by id and by title (given or taken from the first line), case-insensitively', () => {
    const db = corpus(45);
    expect(listDocuments(db, { search: 'DOC-04', offset: 0, limit: 3 })).toMatchObject({
      total: 6,
      items: [{ externalId: 'doc-040' }, { externalId: 'doc-041' }, { externalId: 'doc-042' }],
    });
    const biden = listDocuments(db, { search: 'al-kazimi', offset: 0, limit: 50 });
    expect(biden.total).toBe(4);
    expect(biden.items[0]).toMatchObject({ externalId: 'doc-010', title: 'Biden sprak met al-Kazimi (10).' });
    expect(listDocuments(db, { search: 'Kramp', offset: 0, limit: 50 }).items.map((d) => d.title)).toEqual([
      'Kramp-Karrenbauer bezoekt Irak',
    ]);
  });

  it('treats % and _ in the filter as plain characters', () => {
    const db = corpus(12);
    // Eleven texts say "100%_zeker"; doc 7 has its own title, so ten titles do.
    // Three characters or more search the texts too; one only the ids and titles.
    expect(listDocuments(db, { search: '100%_z', offset: 0, limit: 50 }).total).toBe(11);
    expect(listDocuments(db, { search: '%', offset: 0, limit: 50 }).total).toBe(10);
    expect(listDocuments(db, { search: 'doc_0', offset: 0, limit: 50 }).total).toBe(0);
  });

  it('combines the text filter with the status filter', () => {
    const db = corpus(30);
    setDocumentStatus(db, 10, 'done');
    setDocumentStatus(db, 11, 'done');
    expect(listDocuments(db, { status: 'done', offset: 0, limit: 50 }).total).toBe(2);
    expect(listDocuments(db, { status: 'done', search: 'Biden', offset: 0, limit: 50 })).toMatchObject({
      total: 1,
      items: [{ id: 10, status: 'done' }],
    });
  });
});
