import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { getDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { deleteAnnotation, listAnnotations, undo } from '../../../src-main/db/annotations.ts';
import { corpusStats } from '../../../src-main/db/stats.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { importPaths, importPathsAsync } from '../../../src-main/corpus/import.ts';
import { formatProblem } from '../../../src-main/corpus/report.ts';
import { SAMPLES_DIR } from '../../helpers/backend.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('import: text files', () => {
  it('imports the sample articles: file stem as id, date header to published, body as text', () => {
    const db = openDatabase(':memory:');
    const report = importPaths(db, [SAMPLES_DIR]);
    expect(report).toMatchObject({ files: 5, imported: 5, committed: true, invalid: [], duplicates: [] });
    const doc = getDocument(db, 1);
    expect(doc.externalId).toBe('000_41a87ea6492af2e9');
    expect(doc.published).toBe('2021-07');
    expect(doc.text.startsWith('De Verenigde Staten zullen')).toBe(true);
    expect(doc.text).not.toMatch(/date 2021/);
    expect(doc.source).toBe('000_41a87ea6492af2e9.txt');
  });

  it('imports the samples once: a second import finds only duplicates', () => {
    const db = openDatabase(':memory:');
    importPaths(db, [SAMPLES_DIR]);
    const again = importPaths(db, [SAMPLES_DIR]);
    expect(again).toMatchObject({ imported: 0, committed: true });
    expect(again.duplicates.map((d) => d.existingId)).toEqual(again.duplicates.map((d) => d.externalId));
    expect(again.duplicates).toHaveLength(5);
  });

  it('drops a BOM, turns CRLF and CR into LF and trims the end, and nothing more', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crlf.txt'), '\ufeffEerste regel\r\nTweede\rDerde  café\u0301\r\n\r\n  ');
    const db = openDatabase(':memory:');
    importPaths(db, [join(dir, 'crlf.txt')]);
    const doc = getDocument(db, 1);
    expect(doc.text).toBe('Eerste regel\nTweede\nDerde  café\u0301');
    expect(doc.published).toBeNull();
    expect(doc.externalId).toBe('crlf');
  });
});

describe('import: JSONL', () => {
  it('converts code-point offsets, keeps meta, status and annotators', () => {
    const dir = tempDir();
    const text = 'Het 🇺🇸-leger: 2.500 man in 𝔘trecht.';
    const file = writeJsonl(dir, 'a.jsonl', [
      {
        id: 'a1',
        text,
        meta: { date: '2021-07', source: 'NOS', status: 'done', title: 'Leger', topic: { main: 'defensie' } },
        spans: [
          { start: 4, end: 12, label: 'ACTOR', text: '🇺🇸-leger', annotator: 'anna' },
          { start: 27, end: 34, label: 'ACTOR', text: '𝔘trecht' },
          { start: 14, end: 19, label: 'NUMBER' },
        ],
      },
    ]);
    const db = openDatabase(':memory:');
    expect(importPaths(db, [file])).toMatchObject({ imported: 1, spans: 3, committed: true });
    const doc = getDocument(db, 1);
    expect(doc).toMatchObject({
      externalId: 'a1',
      title: 'Leger',
      published: '2021-07',
      source: 'NOS',
      status: 'done',
    });
    expect(doc.meta).toEqual({ topic: { main: 'defensie' } });
    const spans = listAnnotations(db, 1).map((a) => [doc.text.slice(a.start, a.end), a.annotator]);
    expect(spans).toEqual([
      ['🇺🇸-leger', 'anna'],
      ['2.500', null],
      ['𝔘trecht', null],
    ]);
    // Imported spans are logged with their state (a team server syncs the log), but are no undo step...
    const logged = db
      .prepare(
        "SELECT after FROM annotation_history WHERE action = 'create' AND origin = 'import' ORDER BY id",
      )
      .pluck()
      .all() as string[];
    const byId = listAnnotations(db, 1).sort((a, b) => a.id - b.id);
    expect(logged.map((json) => JSON.parse(json) as unknown)).toEqual(byId);
    expect(() => undo(db, 1)).toThrow(/nothing to undo/);
    // ...and the first change to one keeps its imported state as `before`.
    const imported = listAnnotations(db, 1)[0];
    if (!imported) throw new Error('no imported span');
    deleteAnnotation(db, imported.id);
    const row = db.prepare("SELECT action, before FROM annotation_history WHERE origin = 'edit'").get() as {
      action: string;
      before: string;
    };
    expect(row.action).toBe('delete');
    expect(JSON.parse(row.before)).toEqual(imported);
    undo(db, 1);
    expect(listAnnotations(db, 1)[0]).toEqual(imported);
    expect(corpusStats(db).annotations.total).toBe(3);
    expect(listDocuments(db, { offset: 0, limit: 1 }).items[0]?.annotationCount).toBe(3);
  });

  it('accepts CRLF line endings and blank lines, and derives an id when there is none', () => {
    const dir = tempDir();
    const path = join(dir, 'crlf.jsonl');
    writeFileSync(path, '{"text":"Een\\r\\ntwee"}\r\n\r\n{"text":"Drie"}\r\n');
    const db = openDatabase(':memory:');
    expect(importPaths(db, [path])).toMatchObject({ imported: 2 });
    expect(getDocument(db, 1).text).toBe('Een\r\ntwee');
    expect(getDocument(db, 1).externalId).toMatch(/^doc-[0-9a-f]{16}$/);
  });

  it('imports folders recursively and reports the files it did not read', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'Tekst B');
    writeFileSync(join(dir, 'sub', 'a.txt'), 'Tekst A');
    writeFileSync(join(dir, 'notes.md'), '# niet');
    writeJsonl(dir, 'c.jsonl', [{ id: 'c', text: 'Tekst C' }]);
    const db = openDatabase(':memory:');
    const report = importPaths(db, [dir]);
    expect(report).toMatchObject({ files: 3, imported: 3 });
    expect(report.skippedFiles).toMatchObject([
      { path: join(dir, 'notes.md'), reason: expect.stringMatching(/not a supported/) },
    ]);
    expect(listDocuments(db, { offset: 0, limit: 10 }).items.map((d) => d.externalId)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('keeps ids with "/", ".." and spaces as they are: an id is a name, not a path', () => {
    const dir = tempDir();
    const ids = ['../../etc/passwd', 'nos/2021/07', '..', ' CON ', 'a\\b'];
    const db = openDatabase(':memory:');
    const file = writeJsonl(
      dir,
      'ids.jsonl',
      ids.map((id, i) => ({ id, text: `Tekst ${i}` })),
    );
    expect(importPaths(db, [file])).toMatchObject({ imported: ids.length, committed: true });
    expect(listDocuments(db, { offset: 0, limit: 10 }).items.map((d) => d.externalId)).toEqual(ids);
  });

  it('takes a published date as YYYY, YYYY-MM or YYYY-MM-DD, in JSONL and in a .txt header', () => {
    const dir = tempDir();
    const dates = ['2024', '2024-02', '2024-02-29', '2000-02-29'];
    writeJsonl(
      dir,
      'dates.jsonl',
      dates.map((date, i) => ({ text: `Tekst ${i}`, meta: { date } })),
    );
    writeFileSync(join(dir, 'jaar.txt'), ' date 2024 De VS hebben 2.500 militairen.');
    writeFileSync(join(dir, 'dag.txt'), 'date 2024-02-29\n\nSchrikkeldag.');
    const db = openDatabase(':memory:');
    expect(importPaths(db, [dir])).toMatchObject({ imported: 6, committed: true, invalid: [] });
    expect(listDocuments(db, { offset: 0, limit: 10 }).items.map((d) => d.published)).toEqual([
      '2024-02-29',
      ...dates,
      '2024',
    ]);
    expect(getDocument(db, 6).text).toBe('De VS hebben 2.500 militairen.');
  });

  it('refuses a named file of an unknown type or a path that does not exist', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.csv'), 'a,b');
    const db = openDatabase(':memory:');
    expect(() => importPaths(db, [join(dir, 'x.csv')])).toThrow(/x\.csv: not a supported file type/);
    expect(() => importPaths(db, [join(dir, 'missing.jsonl')])).toThrow(
      /missing\.jsonl: no such file or folder/,
    );
  });
});

describe('import: duplicates', () => {
  it('skips text already in the corpus, in the same file or in another, and reports each', () => {
    const dir = tempDir();
    const a = writeJsonl(dir, 'a.jsonl', [
      { id: 'x', text: 'Zelfde tekst' },
      { id: 'y', text: 'Zelfde tekst' },
    ]);
    const b = writeJsonl(dir, 'b.jsonl', [
      { id: 'z', text: 'Zelfde tekst' },
      { id: 'w', text: 'Andere tekst' },
    ]);
    const db = openDatabase(':memory:');
    const report = importPaths(db, [a, b]);
    expect(report).toMatchObject({ imported: 2, committed: true });
    expect(report.duplicates).toEqual([
      { file: a, line: 2, externalId: 'y', existingId: 'x', layers: [] },
      { file: b, line: 1, externalId: 'z', existingId: 'x', layers: [] },
    ]);
    expect(importPaths(db, [b]).duplicates).toHaveLength(2);
  });
});

const BAD_RECORDS: [string, string, RegExp][] = [
  ['invalid JSON', '{"text": "abc"', /invalid JSON/],
  ['not an object', '["text"]', /must be a JSON object/],
  ['missing text', '{"id": "a"}', /"text" is missing/],
  ['text of the wrong type', '{"text": 5}', /"text" must be a string/],
  ['empty text', '{"text": ""}', /"text" is empty/],
  ['id of the wrong type', '{"id": 7, "text": "abc"}', /"id" must be a non-empty string/],
  ['meta not an object', '{"text": "abc", "meta": []}', /"meta" must be an object/],
  ['spans not an array', '{"text": "abc", "spans": {}}', /"spans" must be an array/],
  ['span not an object', '{"text": "abc", "spans": [3]}', /spans\[0\] must be an object/],
  [
    'non-integer offset',
    '{"text": "abc", "spans": [{"start": 0.5, "end": 2, "label": "ACTOR"}]}',
    /spans\[0\]\.start must be an integer/,
  ],
  [
    'negative offset',
    '{"text": "abc", "spans": [{"start": -1, "end": 2, "label": "ACTOR"}]}',
    /spans\[0\]\.start -1 is negative/,
  ],
  [
    'reversed offsets',
    '{"text": "abc", "spans": [{"start": 2, "end": 1, "label": "ACTOR"}]}',
    /start 2 must be less than end 1/,
  ],
  [
    'past the end',
    '{"text": "a🇺🇸", "spans": [{"start": 0, "end": 4, "label": "ACTOR"}]}',
    /end 4 is past the end of the text \(3 code points\)/,
  ],
  [
    'UTF-16 offsets given as code points',
    '{"text": "🇺🇸 VS", "spans": [{"start": 5, "end": 7, "label": "ACTOR", "text": "VS"}]}',
    /past the end|does not match/,
  ],
  [
    'span text that does not match',
    '{"text": "abc", "spans": [{"start": 0, "end": 2, "label": "ACTOR", "text": "bc"}]}',
    /does not match the text at 0-2/,
  ],
  [
    'unknown label',
    '{"text": "abc", "spans": [{"start": 0, "end": 2, "label": "PLACE"}]}',
    /unknown label "PLACE"/,
  ],
  [
    'duplicate span',
    '{"text": "abc", "spans": [{"start": 0, "end": 2, "label": "ACTOR"}, {"start": 0, "end": 2, "label": "ACTOR"}]}',
    /spans\[1\] repeats an earlier span/,
  ],
  [
    'wrong status',
    '{"text": "abc", "meta": {"status": "finished"}}',
    /meta.status must be one of todo, in_progress, done/,
  ],
  [
    'sha256 mismatch',
    `{"text": "abc", "meta": {"sha256": "${'0'.repeat(64)}"}}`,
    /meta.sha256 does not match the text/,
  ],
];

describe('import: bad records', () => {
  it.each(BAD_RECORDS)('reports %s as file:line: reason and imports nothing', (_name, line, reason) => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'bad.jsonl', ['{"id": "good", "text": "Goede tekst"}', line]);
    const db = openDatabase(':memory:');
    const before = databaseDigest(db);
    const report = importPaths(db, [file]);
    expect(report.committed).toBe(false);
    expect(report.imported).toBe(0);
    expect(report.invalid).toHaveLength(1);
    const [first] = report.invalid;
    expect(first && formatProblem(first)).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: `),
    );
    expect(first?.reason).toMatch(reason);
    expect(databaseDigest(db)).toBe(before);
  });

  it('reports every bad record of a file, not just the first', () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'bad.jsonl', [
      '{"text": 1}',
      '{"text": "ok"}',
      'nope',
      '{"text": "ok 2"}',
      '{}',
    ]);
    const report = importPaths(openDatabase(':memory:'), [file]);
    expect(report.invalid.map((p) => p.line)).toEqual([1, 3, 5]);
  });

  it('with skip-invalid imports the good records and reports the bad ones', () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'mixed.jsonl', ['{"text": "een"}', '{"text": 2}', '{"text": "drie"}']);
    const db = openDatabase(':memory:');
    const report = importPaths(db, [file], { skipInvalid: true });
    expect(report).toMatchObject({ committed: true, imported: 2, invalid: [{ file, line: 2 }] });
  });

  it('creates unknown labels when asked to, and not when the import is rolled back', () => {
    const dir = tempDir();
    const good = writeJsonl(dir, 'labels.jsonl', [
      { text: 'Den Haag', spans: [{ start: 0, end: 8, label: 'PLACE' }] },
    ]);
    const db = openDatabase(':memory:');
    const report = importPaths(db, [good], { createLabels: true });
    expect(report.createdLabels).toEqual(['PLACE']);
    expect(listLabels(db).map((l) => l.name)).toContain('PLACE');
    const db2 = openDatabase(':memory:');
    const bad = writeJsonl(dir, 'labels2.jsonl', [
      { text: 'Den Haag', spans: [{ start: 0, end: 8, label: 'CITY' }] },
      'x',
    ]);
    expect(importPaths(db2, [bad], { createLabels: true })).toMatchObject({
      committed: false,
      createdLabels: [],
    });
    expect(listLabels(db2).map((l) => l.name)).not.toContain('CITY');
  });

  it('refuses an id already used for another text', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    importPaths(db, [writeJsonl(dir, 'a.jsonl', [{ id: 'x', text: 'Een' }])]);
    const report = importPaths(db, [writeJsonl(dir, 'b.jsonl', [{ id: 'x', text: 'Twee' }])]);
    expect(report.invalid[0]?.reason).toBe(
      'text differs from document "x" at offset 0; a document\'s text never changes, so the record is not merged into it',
    );
  });

  it('rejects a BOM, invalid UTF-8 and an over-long line', () => {
    const dir = tempDir();
    const cases: [string, Buffer, RegExp][] = [
      ['bom.jsonl', Buffer.from('\ufeff{"text":"a"}\n'), /byte order mark/],
      [
        'latin1.jsonl',
        Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x0a]),
        /not valid UTF-8/,
      ],
      [
        'long.jsonl',
        Buffer.from(`{"text":"${'a'.repeat(17 * 1024 * 1024)}"}\n{"text":"kort"}\n`),
        /line is 17825803 bytes; a record may be at most 16777216 bytes/,
      ],
    ];
    for (const [name, bytes, reason] of cases) {
      writeFileSync(join(dir, name), bytes);
      const report = importPaths(openDatabase(':memory:'), [join(dir, name)]);
      expect(report.committed, name).toBe(false);
      expect(report.invalid[0]?.line, name).toBe(1);
      expect(report.invalid[0]?.reason, name).toMatch(reason);
    }
  });

  it('rejects text files that are binary or not UTF-8', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'nul.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const report = importPaths(openDatabase(':memory:'), [dir]);
    expect(report.invalid.map((p) => [p.file.slice(dir.length + 1), p.reason])).toEqual([
      ['latin1.txt', 'file is not valid UTF-8'],
      ['nul.txt', 'file contains NUL bytes (a binary file, not text)'],
    ]);
  });

  it('imports a folder with empty files in it: they are skipped files, not bad records', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-empty.jsonl'), '');
    writeFileSync(join(dir, 'b-blank.txt'), ' date 2021-07 \n  \n');
    writeFileSync(join(dir, 'c-empty.txt'), '');
    writeJsonl(dir, 'd.jsonl', [{ id: 'd', text: 'Tekst D' }]);
    const db = openDatabase(':memory:');
    const report = importPaths(db, [dir]);
    expect(report).toMatchObject({ files: 4, imported: 1, invalid: [], committed: true });
    expect(report.skippedFiles.map((f) => `${f.path.slice(dir.length + 1)}: ${f.reason}`)).toEqual([
      'a-empty.jsonl: empty file, no records',
      'b-blank.txt: no text after the date header',
      'c-empty.txt: empty file, no text',
    ]);
  });
});

describe('import: async', () => {
  it('gives the same result as the synchronous import, with progress along the way', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 450 }, (_, i) => ({ id: `d${i}`, text: `Artikel nummer ${i}.` }));
    const file = writeJsonl(dir, 'many.jsonl', lines);
    const db = openDatabase(':memory:');
    const progress: number[] = [];
    const report = await importPathsAsync(db, [file], { onProgress: (p) => progress.push(p.documents) });
    expect(report).toMatchObject({ imported: 450, committed: true });
    expect(progress).toContain(200);
    expect(progress.at(-1)).toBe(450);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls back completely and closes its transaction when a record is bad', async () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'bad.jsonl', ['{"text":"een"}', '{"text":']);
    const db = openDatabase(':memory:');
    const before = databaseDigest(db);
    expect(await importPathsAsync(db, [file])).toMatchObject({ committed: false, invalid: [{ line: 2 }] });
    expect(db.inTransaction).toBe(false);
    expect(databaseDigest(db)).toBe(before);
  });
});
