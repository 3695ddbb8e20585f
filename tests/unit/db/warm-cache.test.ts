import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { warmCache } from '../../../src-main/db/warm-cache.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { documentRecord } from '../../helpers/documents.ts';

describe('warming the cache at start-up', () => {
  it('only reads: the corpus is exactly as it was, empty or not', async () => {
    const db = openDatabase(':memory:');
    await warmCache(db);
    for (let i = 0; i < 30; i++) insertDocument(db, documentRecord(`doc-${i}`, `Tekst nummer ${i}.`));
    const before = databaseDigest(db);
    const changes = db.prepare('SELECT total_changes() AS n').get();
    await warmCache(db);
    expect(databaseDigest(db)).toBe(before);
    expect(db.prepare('SELECT total_changes() AS n').get()).toEqual(changes);
  });

  it('ends quietly when the database is closed while it runs (the app quit during load)', async () => {
    const db = openDatabase(':memory:');
    const warming = warmCache(db);
    db.close();
    await expect(warming).resolves.toBeUndefined();
  });
});
