import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import {
  NAME_MATCH_CAP,
  prepareDocumentSearch,
  searchDocumentIds,
} from '../../../src-main/db/document-search.ts';
import { insertDocument, listDocuments, setDocumentStatus } from '../../../src-main/db/documents.ts';
import { foldForSearch } from '../../../src-main/text/search-fold.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { indexAllTexts } from '../../helpers/text-index.ts';

const add = (db: Db, externalId: string, title: string | null, text = `${externalId}: tekst.`) =>
  insertDocument(db, documentRecord(externalId, text, { title }));

const titlesFor = (db: Db, search: string) =>
  listDocuments(db, { search, offset: 0, limit: 100 }).items.map((d) => d.title);

describe('the document filter', () => {
  it('ignores case and accents, and spells out compatibility characters', () => {
    const db = openDatabase(':memory:');
    add(db, 'nos-1', 'VS beëindigen gevechtsmissie in Irak');
    add(db, 'nos-2', 'Overleg in het ÉLYSÉE');
    add(db, 'nos-3', 'Het ĳs is dun');
    add(db, 'nos-4', 'Düsseldorf stemt');
    expect(titlesFor(db, 'beeindigen')).toEqual(['VS beëindigen gevechtsmissie in Irak']);
    expect(titlesFor(db, 'BEËINDIGEN')).toEqual(['VS beëindigen gevechtsmissie in Irak']);
    expect(titlesFor(db, 'élysée')).toEqual(['Overleg in het ÉLYSÉE']);
    expect(titlesFor(db, 'ijs is')).toEqual(['Het ĳs is dun']);
    expect(titlesFor(db, 'dusseldorf')).toEqual(['Düsseldorf stemt']);
    expect(titlesFor(db, 'NOS-')).toHaveLength(4);
  });

  it('matches within the id or within the title, never across the two', () => {
    const db = openDatabase(':memory:');
    add(db, 'doc-1', 'Abc');
    expect(titlesFor(db, '1abc')).toEqual([]);
    expect(titlesFor(db, '1 abc')).toEqual([]);
    expect(titlesFor(db, 'doc-1')).toEqual(['Abc']);
    expect(foldForSearch('a\u0001b\tc')).toBe('a b c');
  });

  it('answers in id order, over many slices of the index', () => {
    const db = openDatabase(':memory:');
    db.transaction(() => {
      for (let i = 1; i <= 2500; i++) add(db, `doc-${i}`, i % 500 === 0 ? `Rond getal ${i}` : `Artikel ${i}`);
    })();
    // Texts indexed, as the app does after an import: the filter then reads no texts directly.
    indexAllTexts(db);
    expect([...searchDocumentIds(db, 'rond getal').ids]).toEqual([500, 1000, 1500, 2000, 2500]);
    expect(listDocuments(db, { search: 'artikel', offset: 1990, limit: 3 })).toMatchObject({
      // The first NAME_MATCH_CAP matches: up to 2,003, with 500, 1000 and 1500 left out.
      total: NAME_MATCH_CAP,
      more: true,
      items: [{ id: 1994 }, { id: 1995 }, { id: 1996 }],
    });
  });

  it('stops at NAME_MATCH_CAP matches, says more match, and how far the answer is complete', () => {
    const db = openDatabase(':memory:');
    db.transaction(() => {
      for (let i = 1; i <= 3000; i++) add(db, `doc-${i}`, i % 3 === 0 ? `Irak ${i}` : `Syrië ${i}`);
    })();
    expect(searchDocumentIds(db, 'irak')).toMatchObject({ more: false });
    expect(searchDocumentIds(db, 'irak').ids).toHaveLength(1000);
    const capped = searchDocumentIds(db, 'doc');
    expect(capped).toMatchObject({ more: true, known: NAME_MATCH_CAP });
    expect([...capped.ids]).toEqual(range(1, NAME_MATCH_CAP));
    const oneChar = searchDocumentIds(db, 'i');
    expect(oneChar).toMatchObject({ more: true, known: NAME_MATCH_CAP });
    expect(oneChar.ids).toHaveLength(NAME_MATCH_CAP);
    expect(listDocuments(db, { search: 'doc-', offset: 0, limit: 2 })).toMatchObject({
      total: NAME_MATCH_CAP,
      more: true,
      items: [{ id: 1 }, { id: 2 }],
    });
    // A status filter keeps the matches of that status, still in id order.
    db.prepare("UPDATE documents SET status = 'done' WHERE id IN (2, 2001, 5)").run();
    expect(listDocuments(db, { search: 'doc-', status: 'done', offset: 0, limit: 5 })).toMatchObject({
      total: 2,
      more: true,
      items: [{ id: 2 }, { id: 5 }],
    });
  });

  it('finds every document holding a one-character filter, as a longer filter would, in every slice', () => {
    const db = openDatabase(':memory:');
    const titles = ['Één zin', 'Straße', 'Kabinet valt', 'Zeven (7) doden', 'Prijs: €5', '😀 emoji'];
    db.transaction(() => {
      // 2,100 documents: three slices, the last one short, and every bit position of a 32-bit word.
      for (let i = 1; i <= 2100; i++) add(db, `n${i}`, titles[i % titles.length] ?? '', `tekst ${i}`);
    })();
    const folded = (id: number) => {
      return [`n${id}`, foldForSearch(titles[id % titles.length] ?? '')];
    };
    for (const filter of ['e', 'É', 'z', '7', '€', 'ß', '(', 'x', '\ud83d']) {
      const needle = foldForSearch(filter);
      const expected = Array.from({ length: 2100 }, (_, i) => i + 1).filter((id) =>
        folded(id).some((field) => field.includes(needle)),
      );
      expect([...searchDocumentIds(db, filter, 10_000).ids], filter).toEqual(expected);
    }
    expect(searchDocumentIds(db, 'x').ids).toHaveLength(0);
    expect(listDocuments(db, { search: '€', offset: 3, limit: 2 }).items.map((d) => d.id)).toEqual([22, 28]);
  });

  it('finds documents added after the index was filled, and shows status changes', () => {
    const db = openDatabase(':memory:');
    add(db, 'doc-1', 'Eerste bericht over Irak');
    expect(titlesFor(db, 'irak')).toEqual(['Eerste bericht over Irak']);
    const second = add(db, 'doc-2', 'Tweede bericht over Irak');
    expect(titlesFor(db, 'irak')).toEqual(['Eerste bericht over Irak', 'Tweede bericht over Irak']);
    setDocumentStatus(db, second, 'done');
    expect(listDocuments(db, { search: 'irak', status: 'done', offset: 0, limit: 10 })).toMatchObject({
      total: 1,
      items: [{ id: second, status: 'done' }],
    });
  });

  it('never keeps a document from a transaction that was rolled back, though its id comes back', () => {
    const db = openDatabase(':memory:');
    add(db, 'doc-1', 'Vaste grond');
    expect(titlesFor(db, 'grond')).toEqual(['Vaste grond']);
    db.exec('BEGIN');
    const undone = add(db, 'doc-2', 'Teruggedraaid bericht');
    // Inside the transaction (an import running), the filter keeps to what is committed.
    expect(titlesFor(db, 'teruggedraaid')).toEqual([]);
    db.exec('ROLLBACK');
    const fresh = add(db, 'doc-3', 'Nieuw bericht');
    expect(fresh).toBe(undone);
    expect(titlesFor(db, 'teruggedraaid')).toEqual([]);
    expect(titlesFor(db, 'bericht')).toEqual(['Nieuw bericht']);
  });

  it('without an index yet, inside a transaction, reads everything and keeps none of it', () => {
    const db = openDatabase(':memory:');
    add(db, 'doc-1', 'Vaste grond');
    db.exec('BEGIN');
    const undone = add(db, 'doc-2', 'Teruggedraaid bericht');
    expect(titlesFor(db, 'bericht')).toEqual(['Teruggedraaid bericht']);
    db.exec('ROLLBACK');
    expect(add(db, 'doc-3', 'Nieuw bericht')).toBe(undone);
    expect(titlesFor(db, 'bericht')).toEqual(['Nieuw bericht']);
  });

  it('sees what another connection added or removed', () => {
    const path = join(tempDir(), 'shared.db');
    const app = openDatabase(path);
    const cli = openDatabase(path);
    try {
      add(app, 'doc-1', 'Bericht een');
      add(app, 'doc-2', 'Bericht twee');
      expect(titlesFor(app, 'bericht')).toEqual(['Bericht een', 'Bericht twee']);
      add(cli, 'doc-3', 'Bericht drie');
      expect(titlesFor(app, 'bericht')).toEqual(['Bericht een', 'Bericht twee', 'Bericht drie']);
      cli.prepare("DELETE FROM documents WHERE external_id = 'doc-1'").run();
      expect(titlesFor(app, 'bericht')).toEqual(['Bericht twee', 'Bericht drie']);
      expect(listDocuments(app, { search: 'bericht', offset: 0, limit: 10 }).total).toBe(2);
    } finally {
      closeDatabase(cli);
      closeDatabase(app);
    }
  });

  it('fills in the background; a search before it is done still sees every document', async () => {
    const db = openDatabase(':memory:');
    db.transaction(() => {
      for (let i = 1; i <= 3500; i++) add(db, `doc-${i}`, `Artikel ${i}`);
    })();
    const filling = prepareDocumentSearch(db);
    expect([...searchDocumentIds(db, 'artikel 35').ids]).toEqual([
      35,
      ...range(350, 359),
      ...range(3500, 3500),
    ]);
    await filling;
    add(db, 'doc-3501', 'Artikel 3501');
    await prepareDocumentSearch(db);
    expect([...searchDocumentIds(db, 'artikel 350').ids]).toEqual([350, ...range(3500, 3501)]);
  });

  it('stops filling when the database is closed', async () => {
    const db = openDatabase(':memory:');
    db.transaction(() => {
      for (let i = 1; i <= 3000; i++) add(db, `doc-${i}`, `Artikel ${i}`);
    })();
    const filling = prepareDocumentSearch(db);
    closeDatabase(db);
    await expect(filling).resolves.toBeUndefined();
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
