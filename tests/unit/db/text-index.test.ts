import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { listDocuments } from '../../../src-main/db/documents.ts';
import { searchCorpus } from '../../../src-main/db/corpus-search.ts';
import { documentIdsWithText, TEXT_SCAN_CHARS } from '../../../src-main/db/text-search.ts';
import { indexedThrough, indexSlice, indexState } from '../../../src-main/db/text-index.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { indexAllTexts } from '../../helpers/text-index.ts';
import { tempDir } from '../../helpers/tmp.ts';

function corpusDb(): { db: Db; dir: string } {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'corpus.db'));
  onTestFinished(() => closeDatabase(db));
  return { db, dir };
}

/** The documents the index itself finds for a phrase, without the scan of the rest. */
const inIndex = (db: Db, phrase: string): number[] =>
  db
    .prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(`"${phrase}"`) as number[];

/** Rows the index holds (one per indexed document, in its size table). */
const indexRows = (db: Db): number =>
  db.prepare('SELECT count(*) FROM documents_fts_docsize').pluck().get() as number;

const filter = (db: Db, search: string) =>
  listDocuments(db, { search, offset: 0, limit: 100 }).items.map((d) => d.externalId);

/** FTS5's own check of an external-content index against the documents it was given. */
const integrityCheck = (db: Db) =>
  db.exec(`INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)`);

const texts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `doc-${i + 1}`,
    text: `Bericht ${i + 1}. ${i % 3 === 0 ? 'Premier Al-Kazimi beëindigt het bezoek.' : 'Niets bijzonders.'}`,
  }));

describe('the texts index, filled after the import', () => {
  it('an import writes no index rows, and the filter and the corpus search find its texts anyway', () => {
    const { db, dir } = corpusDb();
    importPaths(db, [writeJsonl(dir, 'in.jsonl', texts(30))]);
    expect(indexRows(db)).toBe(0);
    expect(indexState(db)).toEqual({ unindexed: 30, total: 30 });
    const expected = texts(30)
      .filter((_, i) => i % 3 === 0)
      .map((t) => t.id);
    expect(filter(db, 'BEEINDIGT')).toEqual(expected);
    const found = searchCorpus(db, { text: 'al-kazimi' }, 500);
    expect(found.hits.map((h) => h.externalId)).toEqual(expected);
    expect(found.hits[0]?.match).toBe('Al-Kazimi');
    expect(found.unindexed).toBe(30);
  });

  it('indexes every document in slices, after which searches go through the index', () => {
    const { db, dir } = corpusDb();
    importPaths(db, [writeJsonl(dir, 'in.jsonl', texts(30))]);
    // A budget of nothing still indexes one document a slice.
    expect(indexSlice(db, 0)).toBe(1);
    expect(indexedThrough(db)).toBe(1);
    // Half indexed: the index finds its part, the scan the rest, in id order.
    while (indexedThrough(db) < 15) indexSlice(db, 0);
    expect(inIndex(db, 'beëindigt')).toEqual([1, 4, 7, 10, 13]);
    expect([...documentIdsWithText(db, 'beeindigt').ids]).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28]);
    expect(searchCorpus(db, { text: 'beeindigt' }, 500)).toMatchObject({ documents: 10, unindexed: 15 });
    indexAllTexts(db);
    expect(indexState(db)).toEqual({ unindexed: 0, total: 30 });
    expect(indexRows(db)).toBe(30);
    expect(inIndex(db, 'beëindigt')).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28]);
    expect(searchCorpus(db, { text: 'beeindigt' }, 500)).toMatchObject({ documents: 10, unindexed: 0 });
    integrityCheck(db);
    // A later import lands above the mark, unindexed, and is found directly until indexed.
    importPaths(db, [writeJsonl(dir, 'more.jsonl', [{ id: 'laat', text: 'Later: Al-Kazimi.' }])]);
    expect(indexState(db)).toEqual({ unindexed: 1, total: 31 });
    expect(filter(db, 'kazimi').at(-1)).toBe('laat');
  });

  it('a deleted document leaves the index, whether it was indexed yet or not', () => {
    const { db, dir } = corpusDb();
    importPaths(db, [writeJsonl(dir, 'in.jsonl', texts(30))]);
    while (indexedThrough(db) < 10) indexSlice(db, 0);
    // One indexed (4), one not yet (22).
    db.prepare('DELETE FROM documents WHERE id IN (4, 22)').run();
    expect(inIndex(db, 'kazimi')).toEqual([1, 7, 10]);
    expect(filter(db, 'kazimi')).not.toContain('doc-22');
    indexAllTexts(db);
    integrityCheck(db);
    expect(inIndex(db, 'kazimi')).toEqual([1, 7, 10, 13, 16, 19, 25, 28]);
    db.prepare('DELETE FROM documents WHERE id = 28').run();
    integrityCheck(db);
    expect(filter(db, 'kazimi')).toEqual([
      'doc-1',
      'doc-7',
      'doc-10',
      'doc-13',
      'doc-16',
      'doc-19',
      'doc-25',
    ]);
  });

  it('the filter reads at most TEXT_SCAN_CHARS characters of texts not indexed yet, and says more may match', () => {
    const { db, dir } = corpusDb();
    importPaths(db, [writeJsonl(dir, 'in.jsonl', texts(30))]);
    const firstTen = texts(10).reduce((sum, t) => sum + t.text.length, 0);
    const capped = documentIdsWithText(db, 'kazimi', 100, firstTen - 1);
    expect([...capped.ids]).toEqual([1, 4, 7, 10]);
    expect(capped).toMatchObject({ more: true, known: 10 });
    // The id and title matches stop there too, so the list stays in id order.
    expect(documentIdsWithText(db, 'kazimi', 100, 100 * firstTen)).toMatchObject({ more: false });
  });

  it('a keystroke before long texts are indexed reads a few of them, not thousands', () => {
    const { db, dir } = corpusDb();
    const long = 'Een lang verslag. '.repeat(Math.ceil(TEXT_SCAN_CHARS / 2 / 18));
    const docs = Array.from({ length: 6 }, (_, i) => ({
      id: `lang-${i + 1}`,
      text: `${long}Al-Kazimi ${i + 1}.`,
    }));
    importPaths(db, [writeJsonl(dir, 'in.jsonl', docs)]);
    // Each text is over half the budget: the second one reaches it.
    expect(documentIdsWithText(db, 'kazimi')).toMatchObject({ more: true, known: 2 });
    expect(listDocuments(db, { search: 'al-kazimi', offset: 0, limit: 10 })).toMatchObject({
      total: 2,
      more: true,
    });
  });
});
