import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { migrations } from '../../../src-main/db/migrations/index.ts';
import { insertImportedDocument } from '../../../src-main/db/imported.ts';
import { createAnnotation, deleteAnnotation } from '../../../src-main/db/annotations.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { exportToFile } from '../../../src-main/corpus/export.ts';
import { writePackage } from '../../../src-main/corpus/package.ts';
import { sha256Hex } from '../../../src-main/text/hash.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { readFileSync } from 'node:fs';

const TEXTS = ['Eerste tekst over de VS.', 'Tweede tekst met 2.500 militairen.', 'Derde tekst hier.'];

const labelId = (db: Db, name: string): number =>
  db.prepare('SELECT id FROM labels WHERE name = ?').pluck().get(name) as number;

function layerSpans(db: Db, layer: string | null) {
  return db
    .prepare(
      `SELECT d.external_id AS doc, a.uid, l.name AS label, a.start, a."end" AS "end" FROM annotations a
       JOIN labels l ON l.id = a.label_id JOIN documents d ON d.id = a.document_id
       WHERE a.annotator IS ? ORDER BY d.id, a.start, a.uid`,
    )
    .all(layer);
}

/** A corpus of three documents: anna's layer on the first, a pre-annotation on the second. */
function mainCorpus(dir: string): Db {
  const db = openDatabase(join(dir, 'main.db'));
  importPaths(db, [
    writeJsonl(dir, 'a.jsonl', [
      {
        id: 'd1',
        text: TEXTS[0],
        meta: { status: 'in_progress' },
        spans: [{ id: 'T1', start: 0, end: 6, label: 'EVENT', annotator: 'anna' }],
      },
      { id: 'd2', text: TEXTS[1], spans: [{ id: 'T1', start: 17, end: 22, label: 'NUMBER' }] },
      { id: 'd3', text: TEXTS[2], spans: [{ id: 'T1', start: 0, end: 5, label: 'EVENT', annotator: 'bob' }] },
    ]),
  ]);
  return db;
}

describe('import of a .db file', () => {
  it("merges another annotator's database: their layers and each layer's status", () => {
    const dir = tempDir();
    const db = mainCorpus(dir);
    const other = openDatabase(join(dir, 'other.db'));
    importPaths(other, [
      writeJsonl(dir, 'o.jsonl', [
        {
          id: 'x2',
          text: TEXTS[1],
          meta: { status: 'done' },
          spans: [{ id: 'T1', start: 17, end: 22, label: 'NUMBER', annotator: 'carl' }],
        },
        { id: 'new', text: 'Een nieuw document.', spans: [] },
      ]),
    ]);
    closeDatabase(other);
    const report = importPaths(db, [join(dir, 'other.db')]);
    expect(report).toMatchObject({ imported: 1, committed: true, conflicts: [] });
    expect(report.merged).toMatchObject([
      { existingId: 'd2', added: ['carl'], renumbered: [{ from: 'T1', to: 'T2' }] },
    ]);
    expect(layerSpans(db, 'carl')).toEqual([{ doc: 'd2', uid: 'T2', label: 'NUMBER', start: 17, end: 22 }]);
    expect(db.prepare("SELECT status FROM document_layers WHERE layer = 'carl'").pluck().get()).toBe('done');
    const before = databaseDigest(db);
    importPaths(db, [join(dir, 'other.db')]);
    expect(databaseDigest(db)).toBe(before);
  });

  it('migrates an older database on a copy, leaving the file as it was', () => {
    const dir = tempDir();
    const db = mainCorpus(dir);
    const path = join(dir, 'old.db');
    const old = openDatabase(path, { migrations: migrations.slice(0, 5) });
    insertImportedDocument(
      old,
      {
        externalId: 'o1',
        title: null,
        published: null,
        source: null,
        text: TEXTS[2] ?? '',
        textSha256: sha256Hex(TEXTS[2] ?? ''),
        meta: {},
        status: 'done',
      },
      [{ uid: 'T4', labelId: labelId(old, 'ACTOR'), start: 6, end: 10, annotator: 'dirk' }],
    );
    closeDatabase(old);
    const bytes = readFileSync(path);
    const report = importPaths(db, [path]);
    expect(report.merged).toMatchObject([{ existingId: 'd3', added: ['dirk'] }]);
    expect(db.prepare("SELECT status FROM document_layers WHERE layer = 'dirk'").pluck().get()).toBe('done');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a database of a newer schema, and the corpus itself', () => {
    const dir = tempDir();
    const db = mainCorpus(dir);
    const newer = join(dir, 'newer.db');
    closeDatabase(openDatabase(newer));
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => importPaths(db, [newer])).toThrow(
      `${newer}: was written by a newer version of the annotator (schema 99, this version knows up to ${migrations.length}); update the app to import it`,
    );
    expect(() => importPaths(db, [join(dir, 'main.db')])).toThrow('is the database being imported into');
  });

  it('refuses a database whose scheme lacks what its layers use, unless labels may be created', () => {
    const dir = tempDir();
    const db = mainCorpus(dir);
    const other = openDatabase(join(dir, 'other.db'));
    other.prepare("INSERT INTO labels (name, color, position) VALUES ('PLACE', '#123456', 9)").run();
    importPaths(other, [
      writeJsonl(dir, 'o.jsonl', [
        { id: 'x', text: TEXTS[0], spans: [{ start: 0, end: 6, label: 'PLACE', annotator: 'carl' }] },
      ]),
    ]);
    closeDatabase(other);
    const refused = importPaths(db, [join(dir, 'other.db')]);
    expect(refused.committed).toBe(false);
    expect(refused.invalid[0]?.reason).toMatch(/^unknown label "PLACE"/);
    const created = importPaths(db, [join(dir, 'other.db')], { createLabels: true });
    expect(created).toMatchObject({ committed: true, createdLabels: ['PLACE'] });
  });
});

describe('work packages', () => {
  it("round trip: package for anna, annotate as anna, import back: anna's new spans and status arrive", () => {
    const dir = tempDir();
    const db = mainCorpus(dir);
    const out = join(dir, 'pkg.db');
    const summary = writePackage(db, {
      annotator: 'anna',
      selection: { kind: 'ids', ids: ['d1', 'd2'] },
      out,
    });
    expect(summary).toEqual({ documents: 2, spans: 2 });

    // The annotator's app opens the package as any corpus.
    const pkg = openDatabase(out);
    expect(pkg.prepare('SELECT external_id, status FROM documents ORDER BY id').all()).toEqual([
      { external_id: 'd1', status: 'in_progress' },
      { external_id: 'd2', status: 'todo' },
    ]);
    // The pre-annotation is anna's to correct; bob's layer stayed home.
    expect(layerSpans(pkg, 'anna')).toEqual([
      { doc: 'd1', uid: 'T1', label: 'EVENT', start: 0, end: 6 },
      { doc: 'd2', uid: 'T1', label: 'NUMBER', start: 17, end: 22 },
    ]);
    const d1 = pkg.prepare("SELECT id FROM documents WHERE external_id = 'd1'").pluck().get() as number;
    const d2 = pkg.prepare("SELECT id FROM documents WHERE external_id = 'd2'").pluck().get() as number;
    createAnnotation(pkg, {
      documentId: d1,
      labelId: labelId(pkg, 'ACTOR'),
      start: 19,
      end: 21,
      annotator: 'anna',
    });
    const pre = pkg.prepare('SELECT id FROM annotations WHERE document_id = ?').pluck().get(d2) as number;
    deleteAnnotation(pkg, pre);
    changeStatus(pkg, d1, 'done', 'anna');
    closeDatabase(pkg);

    const report = importPaths(db, [out]);
    expect(report.conflicts).toEqual([]);
    expect(layerSpans(db, 'anna')).toEqual([
      { doc: 'd1', uid: 'T1', label: 'EVENT', start: 0, end: 6 },
      { doc: 'd1', uid: 'T2', label: 'ACTOR', start: 19, end: 21 },
    ]);
    expect(
      db
        .prepare(
          "SELECT d.external_id, l.status FROM document_layers l JOIN documents d ON d.id = l.document_id WHERE layer = 'anna' ORDER BY d.id",
        )
        .all(),
    ).toEqual([
      { external_id: 'd1', status: 'done' },
      { external_id: 'd2', status: 'todo' },
    ]);
    // The pre-annotation anna removed in her package is still in the corpus's unattributed layer.
    expect(layerSpans(db, null)).toHaveLength(1);
    const before = databaseDigest(db);
    importPaths(db, [out]);
    expect(databaseDigest(db)).toBe(before);
  });

  it('draws the same sample for the same seed, filters by status, refuses unknown ids and an existing file', () => {
    const dir = tempDir();
    const db = mainCorpus(dir);
    const ids = (name: string, seed: string) => {
      const out = join(dir, name);
      writePackage(db, { annotator: 'bob', selection: { kind: 'sample', size: 2, seed }, out });
      const pkg = openDatabase(out);
      const got = pkg.prepare('SELECT external_id FROM documents ORDER BY id').pluck().all();
      closeDatabase(pkg);
      return got;
    };
    expect(ids('s1.db', 'seven')).toEqual(ids('s2.db', 'seven'));
    expect(ids('s3.db', 'seven')).toHaveLength(2);
    const todo = join(dir, 'todo.db');
    writePackage(db, { annotator: 'bob', status: 'todo', selection: { kind: 'all' }, out: todo });
    const pkg = openDatabase(todo);
    // bob's layer on d3 is todo (the import's status); d1 and d2 have no bob layer: todo as well.
    expect(pkg.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3);
    closeDatabase(pkg);
    expect(() =>
      writePackage(db, {
        annotator: 'bob',
        selection: { kind: 'ids', ids: ['d1', 'nope', 'gone'] },
        out: join(dir, 'x.db'),
      }),
    ).toThrow('2 ids not in the corpus: "nope", "gone"; nothing was written');
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
    expect(() => writePackage(db, { annotator: 'bob', selection: { kind: 'all' }, out: todo })).toThrow(
      'already exists',
    );
  });
});

describe('export --layer', () => {
  it("writes one layer's spans and relations with that layer's status; all layers without it", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'c.db'));
    importPaths(db, [
      writeJsonl(dir, 'a.jsonl', [
        {
          id: 'd1',
          text: TEXTS[0],
          meta: { status: 'done' },
          spans: [
            { id: 'T1', start: 0, end: 6, label: 'EVENT', annotator: 'anna' },
            { id: 'T2', start: 19, end: 21, label: 'ACTOR', annotator: 'anna' },
          ],
          relations: [{ head: 'T1', child: 'T2', label: 'agent' }],
        },
      ]),
      writeJsonl(dir, 'b.jsonl', [
        {
          id: 'd1',
          text: TEXTS[0],
          meta: { status: 'in_progress' },
          spans: [{ id: 'B1', start: 0, end: 6, label: 'EVENT', annotator: 'bob' }],
        },
      ]),
    ]);
    const read = async (layer?: string) => {
      const out = join(dir, `${layer ?? 'all'}.jsonl`);
      await exportToFile(db, out, { layer });
      return JSON.parse(readFileSync(out, 'utf8')) as {
        meta: { status: string };
        spans: { id: string; annotator: string }[];
        relations: unknown[];
      };
    };
    const anna = await read('anna');
    expect(anna.meta.status).toBe('done');
    expect(anna.spans.map((s) => s.id)).toEqual(['T1', 'T2']);
    expect(anna.relations).toEqual([{ head: 'T1', child: 'T2', label: 'agent' }]);
    const bob = await read('bob');
    expect(bob.meta.status).toBe('in_progress');
    expect(bob.spans.map((s) => s.id)).toEqual(['B1']);
    expect(bob.relations).toEqual([]);
    const all = await read();
    expect(all.spans).toHaveLength(3);
    expect(all.meta.status).toBe('done');
    // Gold has no row here: the document's own status stands in.
    expect((await read('gold')).meta.status).toBe('done');
  });
});
