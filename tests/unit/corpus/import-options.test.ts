import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { getDocument } from '../../../src-main/db/documents.ts';
import { listAnnotations } from '../../../src-main/db/annotations.ts';
import { importPaths, importPathsAsync } from '../../../src-main/corpus/import.ts';
import { formatProblem } from '../../../src-main/corpus/report.ts';
import { sha256Hex } from '../../../src-main/text/hash.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** The articles the project started from; the app ships a copy, but these are the originals. */
const SHARED_SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');

describe.skipIf(!existsSync(SHARED_SEEDS))('import: the shared seed articles', () => {
  it('imports all five with their dates, the header not part of the text', () => {
    const db = openDatabase(':memory:');
    const report = importPaths(db, [SHARED_SEEDS]);
    expect(report).toMatchObject({ files: 5, imported: 5, committed: true, invalid: [], skippedFiles: [] });
    const docs = [1, 2, 3, 4, 5].map((id) => getDocument(db, id));
    expect(docs[0]?.text.startsWith('De Verenigde Staten zullen')).toBe(true);
    for (const doc of docs) {
      expect(doc.published).toMatch(/^\d{4}-\d{2}$/);
      expect(doc.text).not.toMatch(/^\s|\s$|date \d{4}/);
      expect(doc.externalId).toMatch(/^\d{3}_[0-9a-f]{16}$/);
    }
  });
});

describe('import: options and edge cases', () => {
  it('records the given annotator for spans that name none, and keeps the ones that do', () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'a.jsonl', [
      {
        text: 'De VS en Irak',
        spans: [
          { start: 0, end: 5, label: 'ACTOR', annotator: 'anna' },
          { start: 9, end: 13, label: 'ACTOR' },
        ],
      },
    ]);
    const db = openDatabase(':memory:');
    importPaths(db, [file], { annotator: 'import-bot' });
    expect(listAnnotations(db, 1).map((a) => a.annotator)).toEqual(['anna', 'import-bot']);
  });

  it('reads the date header of a sample article and strips the white space after it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'art.txt'), ' date 2019-03 \r\n\r\n  Kabinet valt.\r\n');
    const db = openDatabase(':memory:');
    importPaths(db, [dir]);
    expect(getDocument(db, 1)).toMatchObject({
      externalId: 'art',
      published: '2019-03',
      text: 'Kabinet valt.',
    });
  });

  it('accepts a matching meta.sha256 and does not keep it among the other meta keys', () => {
    const dir = tempDir();
    const text = 'Tekst met 𝔘';
    const file = writeJsonl(dir, 'a.jsonl', [
      { id: 'a', text, meta: { sha256: sha256Hex(text).toUpperCase(), lang: 'nl' } },
    ]);
    const db = openDatabase(':memory:');
    expect(importPaths(db, [file])).toMatchObject({ imported: 1, committed: true });
    expect(getDocument(db, 1).meta).toEqual({ lang: 'nl' });
  });

  it('keeps a "__proto__" meta key as a key', () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'a.jsonl', ['{"text":"Tekst","meta":{"__proto__":{"x":1},"b":2}}']);
    const db = openDatabase(':memory:');
    importPaths(db, [file]);
    expect(JSON.stringify(getDocument(db, 1).meta)).toBe('{"__proto__":{"x":1},"b":2}');
  });

  it('lists at most 1000 bad records and counts them all', () => {
    const dir = tempDir();
    const file = writeJsonl(
      dir,
      'bad.jsonl',
      Array.from({ length: 1005 }, () => '{"text": 1}'),
    );
    const report = importPaths(openDatabase(':memory:'), [file]);
    expect(report.invalid).toHaveLength(1000);
    expect(report.invalidTotal).toBe(1005);
    expect(formatProblem(report.invalid[999] ?? { file: '', line: 0, reason: '' })).toBe(
      `${file}:1000: "text" must be a string`,
    );
  });

  it('refuses to create a label with an unusable name', () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'a.jsonl', [
      { text: 'abc', spans: [{ start: 0, end: 1, label: 'two words' }] },
    ]);
    const report = importPaths(openDatabase(':memory:'), [file], { createLabels: true });
    expect(report.invalid.map(formatProblem)).toEqual([
      `${file}:1: label "two words" cannot be created: use 1-64 letters, digits, _ or -`,
    ]);
  });

  it('refuses an id that an earlier record of the same import used for another text', () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'a.jsonl', [
      { id: 'x', text: 'Een' },
      { id: 'x', text: 'Twee' },
    ]);
    const db = openDatabase(':memory:');
    const before = databaseDigest(db);
    const report = importPaths(db, [file]);
    expect(report.invalid.map(formatProblem)).toEqual([
      `${file}:2: text differs from document "x" at offset 0; a document's text never changes, so the record is not merged into it`,
    ]);
    expect(databaseDigest(db)).toBe(before);
  });

  it('with skip-invalid keeps going across files and commits the good ones', () => {
    const dir = tempDir();
    const a = writeJsonl(dir, 'a.jsonl', ['{"text":"een"}', '{"text":""}']);
    // Latin-1 "café": not UTF-8 (and not FF FE, which import takes for the mark of UTF-16).
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(join(dir, 'c.txt'), 'Drie');
    const report = importPaths(openDatabase(':memory:'), [dir], { skipInvalid: true });
    expect(report).toMatchObject({ committed: true, imported: 2 });
    expect(report.invalid.map(formatProblem)).toEqual([
      `${a}:2: "text" is empty`,
      `${join(dir, 'b.txt')}:1: file is not valid UTF-8`,
    ]);
  });

  it('reports links inside a folder instead of following them', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'Tekst');
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'loop'));
    const report = importPaths(openDatabase(':memory:'), [join(dir, 'in')]);
    expect(report).toMatchObject({ imported: 1, committed: true });
    expect(report.skippedFiles).toMatchObject([
      { path: join(dir, 'in', 'loop'), reason: 'not a regular file or folder (links are not followed)' },
    ]);
  });
});

describe('import: async', () => {
  it('reports the same as the synchronous import', async () => {
    const dir = tempDir();
    const file = writeJsonl(dir, 'a.jsonl', [
      { id: 'a', text: 'Een', spans: [{ start: 0, end: 3, label: 'EVENT' }] },
      { id: 'b', text: 'Een' },
      '{"text": 3}',
    ]);
    const sync = importPaths(openDatabase(':memory:'), [file], { skipInvalid: true });
    const async = await importPathsAsync(openDatabase(':memory:'), [file], { skipInvalid: true });
    expect(async).toEqual(sync);
  });

  it('rolls back and closes its transaction when the import fails outright', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const before = databaseDigest(db);
    await expect(importPathsAsync(db, [join(dir, 'missing.jsonl')])).rejects.toThrow(/no such file/);
    expect(db.inTransaction).toBe(false);
    await expect(
      importPathsAsync(db, [writeJsonl(dir, 'a.jsonl', [{ text: 'x' }])], {
        onProgress: () => {
          throw new Error('window gone');
        },
      }),
    ).rejects.toThrow(/window gone/);
    expect(db.inTransaction).toBe(false);
    expect(databaseDigest(db)).toBe(before);
  });

  it('reports progress at file start, per batch and at the end', async () => {
    const dir = tempDir();
    const file = writeJsonl(
      dir,
      'many.jsonl',
      Array.from({ length: 450 }, (_, i) => ({ text: `Artikel ${i}` })),
    );
    const events: { bytesDone: number; bytesTotal: number; documents: number; file: string }[] = [];
    await importPathsAsync(openDatabase(':memory:'), [file], { onProgress: (p) => events.push(p) });
    expect(events[0]).toMatchObject({ file, documents: 0, bytesDone: 0 });
    expect(events.map((e) => e.documents)).toEqual(expect.arrayContaining([200, 400, 450]));
    const fileDone = events.findLast((e) => e.file === file);
    expect(fileDone?.bytesDone).toBe(fileDone?.bytesTotal);
    expect(events.at(-1)).toMatchObject({ filesDone: 1, filesTotal: 1, documents: 450 });
  });
});
