import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { undo } from '../../../src-main/db/annotations.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';

const TEXT = 'De VS hebben 2.500 militairen in het land.';

interface Span {
  id?: string;
  start: number;
  end: number;
  label: string;
  annotator?: string | null;
  attributes?: Record<string, unknown>;
}

const record = (spans: Span[], extra: Record<string, unknown> = {}) => ({
  id: 'd1',
  text: TEXT,
  spans,
  ...extra,
});

function corpus(): { dir: string; db: Db } {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'corpus.db'));
  return { dir, db };
}

interface Row {
  uid: string;
  annotator: string | null;
  label: string;
  start: number;
  end: number;
}

const spansOf = (db: Db): Row[] =>
  db
    .prepare(
      `SELECT a.uid, a.annotator, l.name AS label, a.start, a."end" AS "end" FROM annotations a
       JOIN labels l ON l.id = a.label_id ORDER BY a.annotator, a.start, a.uid`,
    )
    .all() as Row[];

const layerRows = (db: Db) =>
  db.prepare('SELECT document_id, layer, status FROM document_layers ORDER BY layer').all();

describe('import --annotator', () => {
  it('fills in spans without an annotator and keeps the annotator of those that have one', () => {
    const { dir, db } = corpus();
    const file = writeJsonl(dir, 'a.jsonl', [
      record(
        [
          { id: 'T1', start: 0, end: 5, label: 'ACTOR' },
          { id: 'T2', start: 13, end: 18, label: 'NUMBER', annotator: 'bob' },
        ],
        { meta: { status: 'done' } },
      ),
    ]);
    const report = importPaths(db, [file], { annotator: 'anna' });
    expect(report).toMatchObject({ imported: 1, committed: true });
    expect(spansOf(db).map((s) => [s.uid, s.annotator])).toEqual([
      ['T1', 'anna'],
      ['T2', 'bob'],
    ]);
    // meta.status is the status of every layer the record brings.
    expect(layerRows(db)).toEqual([
      { document_id: 1, layer: 'anna', status: 'done' },
      { document_id: 1, layer: 'bob', status: 'done' },
    ]);
  });
});

describe('merge by text', () => {
  it("adds another annotator's layer to the document with the same text, whatever its id; clashing span ids are renumbered", () => {
    const { dir, db } = corpus();
    importPaths(
      db,
      [writeJsonl(dir, 'a.jsonl', [record([{ id: 'T1', start: 0, end: 5, label: 'ACTOR' }])])],
      {
        annotator: 'anna',
      },
    );
    const bob = writeJsonl(dir, 'b.jsonl', [
      {
        id: 'other-id',
        text: TEXT,
        meta: { status: 'in_progress' },
        spans: [
          { id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'bob' },
          { id: 'T7', start: 6, end: 12, label: 'EVENT', annotator: 'bob' },
        ],
        relations: [{ head: 'T7', child: 'T1', label: 'agent' }],
      },
    ]);
    const report = importPaths(db, [bob]);
    expect(report).toMatchObject({ imported: 0, spans: 2, committed: true, conflicts: [], duplicates: [] });
    expect(report.merged).toEqual([
      {
        file: bob,
        line: 1,
        existingId: 'd1',
        added: ['bob'],
        replaced: [],
        spans: 2,
        renumbered: [{ from: 'T1', to: 'T8' }],
      },
    ]);
    expect(spansOf(db).map((s) => [s.uid, s.annotator, s.label])).toEqual([
      ['T1', 'anna', 'ACTOR'],
      ['T8', 'bob', 'ACTOR'],
      ['T7', 'bob', 'EVENT'],
    ]);
    // The relation follows its renumbered child.
    const relation = db
      .prepare(
        `SELECT h.uid AS head, c.uid AS child FROM relations r JOIN annotations h ON h.id = r.head_id
         JOIN annotations c ON c.id = r.child_id`,
      )
      .all();
    expect(relation).toEqual([{ head: 'T7', child: 'T8' }]);
    expect(layerRows(db)).toEqual([
      { document_id: 1, layer: 'anna', status: 'todo' },
      { document_id: 1, layer: 'bob', status: 'in_progress' },
    ]);
    expect(db.prepare('SELECT annotation_count FROM documents').pluck().get()).toBe(3);
  });

  it('changes nothing for a layer it already has with the same annotations, and reports it as present', () => {
    const { dir, db } = corpus();
    const file = writeJsonl(dir, 'a.jsonl', [
      record([
        { id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna', attributes: { kind: 'country' } },
        { id: 'T2', start: 6, end: 12, label: 'EVENT', annotator: 'anna' },
      ]),
    ]);
    importPaths(db, [file]);
    const before = databaseDigest(db);
    // Same content under other span ids is the same layer.
    const renamed = writeJsonl(dir, 'b.jsonl', [
      record([
        { id: 'X9', start: 6, end: 12, label: 'EVENT', annotator: 'anna' },
        { id: 'X1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna', attributes: { kind: 'country' } },
      ]),
    ]);
    const report = importPaths(db, [renamed]);
    expect(report.duplicates).toEqual([
      { file: renamed, line: 1, externalId: 'd1', existingId: 'd1', layers: ['anna'] },
    ]);
    expect(report.merged).toEqual([]);
    expect(databaseDigest(db)).toBe(before);
  });

  it("reports a layer with other annotations as a conflict and leaves it; --replace-layers takes the file's", () => {
    const { dir, db } = corpus();
    importPaths(db, [
      writeJsonl(dir, 'a.jsonl', [
        record([{ id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna' }]),
      ]),
    ]);
    const before = databaseDigest(db);
    const changed = writeJsonl(dir, 'b.jsonl', [
      record([
        { id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna', attributes: { kind: 'country' } },
      ]),
    ]);
    const report = importPaths(db, [changed]);
    expect(report.committed).toBe(true);
    expect(report.conflicts).toEqual([
      {
        file: changed,
        line: 1,
        existingId: 'd1',
        layer: 'anna',
        reason:
          '1 span(s) only in the file, 1 only in the corpus (label, offsets, fragments or attributes differ); first only in the file: ACTOR 0–5 "De VS"',
      },
    ]);
    expect(databaseDigest(db)).toBe(before);

    const replaced = importPaths(db, [changed], { replaceLayers: true });
    expect(replaced.merged[0]).toMatchObject({ replaced: ['anna'], spans: 1 });
    expect(db.prepare('SELECT attributes FROM annotations').pluck().all()).toEqual(['{"kind":"country"}']);
    expect(db.prepare('SELECT annotation_count FROM labels WHERE name = ?').pluck().get('ACTOR')).toBe(1);
  });

  it('a relation that differs is a conflict too', () => {
    const { dir, db } = corpus();
    const spans = [
      { id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna' },
      { id: 'T2', start: 6, end: 12, label: 'EVENT', annotator: 'anna' },
    ];
    importPaths(db, [
      writeJsonl(dir, 'a.jsonl', [
        record(spans, { relations: [{ head: 'T2', child: 'T1', label: 'agent' }] }),
      ]),
    ]);
    const other = writeJsonl(dir, 'b.jsonl', [
      record(spans, { relations: [{ head: 'T2', child: 'T1', label: 'patient' }] }),
    ]);
    expect(importPaths(db, [other]).conflicts[0]?.reason).toBe(
      'the spans agree, the relations do not (1 only in the file, 1 only in the corpus)',
    );
  });

  it('merges spans without an annotator as a layer of their own, by the same rules', () => {
    const { dir, db } = corpus();
    importPaths(db, [
      writeJsonl(dir, 'a.jsonl', [
        record([{ id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna' }]),
      ]),
    ]);
    const pre = writeJsonl(dir, 'pre.jsonl', [record([{ id: 'S1', start: 13, end: 18, label: 'NUMBER' }])]);
    expect(importPaths(db, [pre]).merged[0]).toMatchObject({ added: [null], spans: 1 });
    expect(importPaths(db, [pre]).duplicates[0]).toMatchObject({ layers: [null] });
    const other = writeJsonl(dir, 'pre2.jsonl', [
      record([{ id: 'S1', start: 13, end: 17, label: 'NUMBER' }]),
    ]);
    expect(importPaths(db, [other]).conflicts[0]).toMatchObject({ layer: null });
    // No status row for the unattributed layer: it has no name to keep one under.
    expect(layerRows(db)).toEqual([{ document_id: 1, layer: 'anna', status: 'todo' }]);
  });
});

describe('hostile merges', () => {
  it('refuses a record whose id names a document with a text one character different, saying where', () => {
    const { dir, db } = corpus();
    importPaths(db, [writeJsonl(dir, 'a.jsonl', [record([])])]);
    const before = databaseDigest(db);
    const changed = writeJsonl(dir, 'b.jsonl', [
      {
        id: 'd1',
        text: TEXT.replace('2.500', '2,500'),
        spans: [{ start: 0, end: 5, label: 'ACTOR', annotator: 'bob' }],
      },
    ]);
    const report = importPaths(db, [changed]);
    expect(report.committed).toBe(false);
    expect(report.invalid).toMatchObject([
      {
        file: changed,
        line: 1,
        reason:
          'text differs from document "d1" at offset 14; a document\'s text never changes, so the record is not merged into it',
      },
    ]);
    expect(databaseDigest(db)).toBe(before);
  });

  it('refuses a layer with a label, role or attribute the scheme lacks, as any import does', () => {
    const { dir, db } = corpus();
    importPaths(db, [writeJsonl(dir, 'a.jsonl', [record([])])]);
    const before = databaseDigest(db);
    const cases: [unknown, string][] = [
      [record([{ start: 0, end: 5, label: 'PERSON', annotator: 'bob' }]), 'unknown label "PERSON"'],
      [
        record([{ start: 0, end: 5, label: 'ACTOR', annotator: 'bob', attributes: { colour: 'red' } }]),
        'unknown attribute "colour"',
      ],
      [
        record(
          [
            { id: 'A', start: 0, end: 5, label: 'ACTOR', annotator: 'bob' },
            { id: 'B', start: 6, end: 12, label: 'EVENT', annotator: 'bob' },
          ],
          { relations: [{ head: 'B', child: 'A', label: 'cause' }] },
        ),
        'unknown role "cause"',
      ],
    ];
    for (const [line, reason] of cases) {
      const report = importPaths(db, [writeJsonl(dir, 'h.jsonl', [line])]);
      expect(report.committed).toBe(false);
      expect(report.invalid[0]?.reason).toContain(reason);
    }
    expect(databaseDigest(db)).toBe(before);
  });
});

describe('merges are idempotent', () => {
  const LABELS = ['ACTOR', 'EVENT', 'NUMBER'];
  const span = fc.record({
    start: fc.integer({ min: 0, max: 30 }),
    length: fc.integer({ min: 1, max: 10 }),
    label: fc.constantFrom(...LABELS),
    annotator: fc.constantFrom('anna', 'bob', null),
  });

  it('importing the same files a second time changes nothing', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 8 }), (first, second) => {
        const { dir, db } = corpus();
        const unique = (list: typeof first) => {
          const seen = new Set<string>();
          return list
            .map((s) => ({ start: s.start, end: s.start + s.length, label: s.label, annotator: s.annotator }))
            .filter((s) => {
              const key = `${s.start}/${s.end}/${s.label}/${s.annotator}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            });
        };
        const a = writeJsonl(dir, 'a.jsonl', [record(unique(first))]);
        const b = writeJsonl(dir, 'b.jsonl', [record(unique(second))]);
        importPaths(db, [a, b]);
        const once = databaseDigest(db);
        const again = importPaths(db, [a, b]);
        const twice = databaseDigest(db);
        closeDatabase(db);
        return once === twice && again.merged.length === 0 && again.imported === 0;
      }),
      { numRuns: 40 },
    );
  });
});

describe('per-layer status', () => {
  it("the editor's status change keeps the user's own layer in step, and undo too", () => {
    const { dir, db } = corpus();
    importPaths(db, [
      writeJsonl(dir, 'a.jsonl', [record([{ start: 0, end: 5, label: 'ACTOR', annotator: 'bob' }])]),
    ]);
    changeStatus(db, 1, 'done', 'anna');
    expect(layerRows(db)).toEqual([
      { document_id: 1, layer: 'anna', status: 'done' },
      { document_id: 1, layer: 'bob', status: 'todo' },
    ]);
    expect(db.prepare('SELECT layer, after FROM status_history').all()).toEqual([
      { layer: 'anna', after: 'done' },
    ]);
    undo(db, 1);
    expect(layerRows(db)[0]).toEqual({ document_id: 1, layer: 'anna', status: 'todo' });
  });
});
