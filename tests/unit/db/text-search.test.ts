import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { insertDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { documentIdsWithText } from '../../../src-main/db/text-search.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { writeFileSync } from 'node:fs';

const add = (db: Db, externalId: string, text: string) => insertDocument(db, documentRecord(externalId, text));

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
      expect([...documentIdsWithText(db, 'rutte')]).toEqual([id]);
      db.prepare('DELETE FROM documents WHERE id = ?').run(id);
      expect([...documentIdsWithText(db, 'rutte')]).toEqual([]);
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
    const db = openDatabase(file);
    add(db, 'oud', 'Een ouder document over Mosul.');
    db.exec(`DROP TRIGGER documents_fts_insert; DROP TRIGGER documents_fts_delete; DROP TABLE documents_fts;
      PRAGMA user_version = 8;`);
    closeDatabase(db);
    const reopened = openDatabase(file);
    try {
      expect(idsFor(reopened, 'mosul')).toEqual(['oud']);
    } finally {
      closeDatabase(reopened);
    }
  });
});
