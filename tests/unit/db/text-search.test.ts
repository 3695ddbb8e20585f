import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { insertDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { documentIdsWithText, TEXT_MATCH_CAP } from '../../../src-main/db/text-search.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { indexAllTexts } from '../../helpers/text-index.ts';
import { writeFileSync } from 'node:fs';

const add = (db: Db, externalId: string, text: string) =>
  insertDocument(db, documentRecord(externalId, text));

const idsFor = (db: Db, search: string) =>
  listDocuments(db, { search, offset: 0, limit: 100 }).items.map((d) => d.externalId);

describe('the document filter over the texts', () => {
  it('finds a name that only the text holds, ignoring case and accents', () => {
    const db = openDatabase(':memory:');
    add(db, 'nos-1', 'Titel een\n\nPremier Mustafa al-Kazimi werd ontvangen.');
    add(db, 'nos-2', 'Titel twee\n\nDe VS beëindigen de missie.');
    add(db, 'nos-3', 'Titel drie\n\nNiets hierover.');
    expect(idsFor(db, 'Kazimi')).toEqual(['nos-1']);
    expect(idsFor(db, 'KAZIMI')).toEqual(['nos-1']);
    expect(idsFor(db, 'beeindigen')).toEqual(['nos-2']);
    expect(idsFor(db, 'de missie')).toEqual(['nos-2']);
    // Ids and titles still match, and a document matched both ways is listed once.
    expect(idsFor(db, 'titel')).toEqual(['nos-1', 'nos-2', 'nos-3']);
    expect(idsFor(db, 'nos-3')).toEqual(['nos-3']);
    // Quotes are text, not query syntax.
    expect(idsFor(db, '"al-')).toEqual([]);
  });

  it('keeps the index in step with documents deleted and with a file imported', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'corpus.db'));
    try {
      const id = add(db, 'weg', 'Dit verdwijnt: Rutte sprak.');
      expect([...documentIdsWithText(db, 'rutte').ids]).toEqual([id]);
      db.prepare('DELETE FROM documents WHERE id = ?').run(id);
      expect([...documentIdsWithText(db, 'rutte').ids]).toEqual([]);
      const file = join(dir, 'in.jsonl');
      writeFileSync(file, `${JSON.stringify({ id: 'imp-1', text: 'Kramp-Karrenbauer bezoekt Bagdad.' })}\n`);
      importPaths(db, [file]);
      expect(idsFor(db, 'bagdad')).toEqual(['imp-1']);
    } finally {
      closeDatabase(db);
    }
  });

  it('builds the index for documents stored before the migration', () => {
    const dir = tempDir();
    const file = join(dir, 'old.db');
    // A version-8 database: the schema before the index.
    const db = openDatabase(file, { migrations: migrations.slice(0, 8) });
    add(db, 'oud', 'Een ouder document over Mosul.');
    closeDatabase(db);
    const reopened = openDatabase(file);
    try {
      // Found by reading it until the app has indexed it, then through the index.
      expect(idsFor(reopened, 'mosul')).toEqual(['oud']);
      indexAllTexts(reopened);
      expect(
        reopened.prepare(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'mosul'`).pluck().all(),
      ).toEqual([1]);
      expect(idsFor(reopened, 'mosul')).toEqual(['oud']);
    } finally {
      closeDatabase(reopened);
    }
  });
});

describe('the document filter over many texts', () => {
  it('reads the first TEXT_MATCH_CAP text matches and says more documents match', () => {
    const db = openDatabase(':memory:');
    db.transaction(() => {
      for (let i = 1; i <= 2 * TEXT_MATCH_CAP + 100; i++) {
        const even = i % 2 === 0;
        const text = even ? `Titel ${i}\n\nDe gemeenteraad vergaderde.` : `Stuk ${i}\n\nGeen tekst.`;
        insertDocument(db, documentRecord(`doc-${i}`, text, { title: even ? null : `Gemeenteraad ${i}` }));
      }
    })();
    indexAllTexts(db);
    const page = listDocuments(db, { search: 'de gemeenteraad', offset: 0, limit: 5 });
    expect(page).toMatchObject({ total: TEXT_MATCH_CAP, more: true });
    expect(page.items.map((d) => d.id)).toEqual([2, 4, 6, 8, 10]);
    // The title matches ("Gemeenteraad 1", 3, …) stop where the text matches stop, so the list keeps id order.
    const both = listDocuments(db, { search: 'gemeenteraad', offset: 0, limit: 5 });
    expect(both.more).toBe(true);
    expect(both.items.map((d) => d.id)).toEqual([1, 2, 3, 4, 5]);
    // The title matches stop at their own cap, the 2,000th odd id (3,999): so does the list.
    expect(both.total).toBe(TEXT_MATCH_CAP * 2 - 1);
    expect(listDocuments(db, { search: 'stuk 4001', offset: 0, limit: 5 })).toMatchObject({
      total: 1,
      more: false,
    });
  });
});
