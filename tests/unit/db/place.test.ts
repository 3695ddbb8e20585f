import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { getReadingPlace, setReadingPlace } from '../../../src-main/db/place.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('reading place', () => {
  it('keeps the last document and offset across a restart, and only for documents that exist', () => {
    const path = join(tempDir(), 'corpus.db');
    let db = openDatabase(path);
    expect(getReadingPlace(db)).toBeNull();
    insertDocument(db, documentRecord('a', 'Eerste bericht.'));
    insertDocument(db, documentRecord('b', 'Tweede bericht.'));
    setReadingPlace(db, { documentId: 1, offset: 0 });
    setReadingPlace(db, { documentId: 2, offset: 7 });
    expect(() => setReadingPlace(db, { documentId: 3, offset: 0 })).toThrow(/document 3 does not exist/);
    closeDatabase(db);

    db = openDatabase(path);
    expect(getReadingPlace(db)).toEqual({ documentId: 2, offset: 7 });
    expect(db.prepare('SELECT count(*) AS n FROM reading_place').get()).toEqual({ n: 1 });
    closeDatabase(db);
  });
});
