import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const record = (id: string, text: string, spans: { start: number; end: number; label: string }[]) => ({
  id,
  text,
  spans,
});

describe('import: the change log', () => {
  it('logs every imported span once, with the change id the team sync names it by, after earlier changes', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    importPaths(db, [
      writeJsonl(dir, 'a.jsonl', [
        record('a', 'Joe Biden kwam in 2021.', [{ start: 0, end: 9, label: 'ACTOR' }]),
      ]),
    ]);
    createAnnotation(db, { documentId: 1, labelId: 2, start: 18, end: 22 });
    // Counts every second write of a log row, which the change-id trigger made for each imported span.
    db.exec(`CREATE TEMP TABLE rewrites (n INTEGER);
      CREATE TEMP TRIGGER count_rewrites AFTER UPDATE ON annotation_history BEGIN INSERT INTO rewrites VALUES (1); END;`);
    importPaths(db, [
      writeJsonl(dir, 'b.jsonl', [
        record('b', 'Rutte en Kaag in Den Haag.', [
          { start: 0, end: 5, label: 'ACTOR' },
          { start: 9, end: 13, label: 'ACTOR' },
        ]),
        record('c', 'Geen namen.', []),
        record('d', 'Irak en Syrië.', [{ start: 0, end: 4, label: 'ACTOR' }]),
      ]),
    ]);
    expect(db.prepare('SELECT count(*) FROM rewrites').pluck().get()).toBe(0);
    const client = db.prepare('SELECT client_id FROM sync_client').pluck().get() as string;
    const rows = db
      .prepare(
        'SELECT id, annotation_id, document_id, origin, change_id, after FROM annotation_history ORDER BY id',
      )
      .all() as {
      id: number;
      annotation_id: number;
      document_id: number;
      origin: string;
      change_id: string;
      after: string;
    }[];
    expect(rows.map((r) => [r.id, r.annotation_id, r.document_id, r.origin])).toEqual([
      [1, 1, 1, 'import'],
      [2, 2, 1, 'edit'],
      [3, 3, 2, 'import'],
      [4, 4, 2, 'import'],
      [5, 5, 4, 'import'],
    ]);
    for (const r of rows) {
      expect(r.change_id).toBe(`${client}-a${r.id}`);
      expect(JSON.parse(r.after)).toMatchObject({ id: r.annotation_id, documentId: r.document_id });
    }
    // The next change made here gets the next id, as if SQLite had handed the imported ones out.
    createAnnotation(db, { documentId: 4, labelId: 3, start: 8, end: 13 });
    expect(db.prepare('SELECT id, change_id FROM annotation_history ORDER BY id DESC LIMIT 1').get()).toEqual(
      {
        id: 6,
        change_id: `${client}-a6`,
      },
    );
  });

  it('logs imported relations after their spans, each with its own next id and change id', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    importPaths(db, [
      writeJsonl(dir, 'frames.jsonl', [
        {
          id: 'a',
          text: 'Rutte bezocht Kyiv.',
          spans: [
            { id: 'T1', start: 6, end: 13, label: 'EVENT' },
            { id: 'T2', start: 0, end: 5, label: 'ACTOR' },
            { id: 'T3', start: 14, end: 18, label: 'ACTOR' },
          ],
          relations: [
            { head: 'T1', child: 'T2', label: 'agent' },
            { head: 'T1', child: 'T3', label: 'patient' },
          ],
        },
      ]),
    ]);
    const client = db.prepare('SELECT client_id FROM sync_client').pluck().get() as string;
    const rows = db
      .prepare('SELECT id, entity, annotation_id, change_id, after FROM annotation_history ORDER BY id')
      .all() as { id: number; entity: string; annotation_id: number; change_id: string; after: string }[];
    expect(rows.map((r) => [r.id, r.entity, r.change_id])).toEqual([
      [1, 'annotation', `${client}-a1`],
      [2, 'annotation', `${client}-a2`],
      [3, 'annotation', `${client}-a3`],
      [4, 'relation', `${client}-a4`],
      [5, 'relation', `${client}-a5`],
    ]);
    const relations = rows.filter((r) => r.entity === 'relation').map((r) => JSON.parse(r.after) as object);
    expect(relations).toEqual([
      expect.objectContaining({ id: 1, headId: 1, childId: 2 }),
      expect.objectContaining({ id: 2, headId: 1, childId: 3 }),
    ]);
  });

  it('keeps the file order, ids and log rows of a document with more spans than one insert writes', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const text = 'Rutte '.repeat(70);
    const spans = Array.from({ length: 70 }, (_, i) => ({ start: i * 6, end: i * 6 + 5, label: 'ACTOR' }));
    importPaths(db, [writeJsonl(dir, 'long.jsonl', [record('long', text, spans)])]);
    const stored = db.prepare('SELECT id, uid, start FROM annotations ORDER BY id').all();
    expect(stored).toEqual(spans.map((s, i) => ({ id: i + 1, uid: `T${i + 1}`, start: s.start })));
    const logged = db
      .prepare("SELECT id, annotation_id, after ->> '$.start' AS start FROM annotation_history ORDER BY id")
      .all();
    expect(logged).toEqual(spans.map((s, i) => ({ id: i + 1, annotation_id: i + 1, start: s.start })));
    expect(db.prepare("SELECT annotation_count FROM labels WHERE name = 'ACTOR'").pluck().get()).toBe(70);
  });
});
