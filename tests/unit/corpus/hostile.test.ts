import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { importPaths, importPathsAsync } from '../../../src-main/corpus/import.ts';
import { formatProblem } from '../../../src-main/corpus/report.ts';
import { MAX_SPANS_PER_DOCUMENT } from '../../../src-main/corpus/record.ts';
import { SAMPLES_DIR } from '../../helpers/backend.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';

const BAD = join(import.meta.dirname, '..', '..', 'fixtures', 'bad');
const expected = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8')) as Record<
  string,
  { line: number; reason: string }[]
>;
const fixtures = readdirSync(BAD).filter((f) => f !== 'expected.json' && f !== 'README.md');

const EMPTY = join(import.meta.dirname, '..', '..', 'fixtures', 'empty');
const emptyReasons = JSON.parse(readFileSync(join(EMPTY, 'expected.json'), 'utf8')) as Record<string, string>;
const empties = readdirSync(EMPTY).filter((f) => f !== 'expected.json');

/** A corpus with work in it, so "unchanged" means something. */
function populated() {
  const db = openDatabase(':memory:');
  importPaths(db, [SAMPLES_DIR]);
  return db;
}

describe('hostile input', () => {
  it('has at least 30 fixtures, each with its expected errors', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual([...fixtures].sort());
    expect(Object.keys(emptyReasons).sort()).toEqual([...empties].sort());
  });

  it.each(fixtures)('%s: reported as file:line: reason, database unchanged', (name) => {
    const db = populated();
    const before = databaseDigest(db);
    const file = join(BAD, name);
    const report = importPaths(db, [file]);
    expect(report.committed).toBe(false);
    expect(report.invalid.map(formatProblem)).toEqual(
      (expected[name] ?? []).map((p) => `${file}:${p.line}: ${p.reason}`),
    );
    expect(databaseDigest(db)).toBe(before);
  });

  // The app and the CLI parse on a worker thread: the same file must give the same verdict there.
  it.each(fixtures)('%s: the same through the worker-thread import', async (name) => {
    const db = populated();
    const before = databaseDigest(db);
    const file = join(BAD, name);
    const report = await importPathsAsync(db, [file]);
    expect(report.committed).toBe(false);
    expect(report.invalid.map(formatProblem)).toEqual(
      (expected[name] ?? []).map((p) => `${file}:${p.line}: ${p.reason}`),
    );
    expect(databaseDigest(db)).toBe(before);
  });

  it.each(empties)(
    '%s: no documents in it, so reported as a skipped file, not a bad record',
    async (name) => {
      const file = join(EMPTY, name);
      for (const run of [
        () => Promise.resolve(importPaths(populated(), [file])),
        () => importPathsAsync(populated(), [file]),
      ]) {
        const report = await run();
        expect(report).toMatchObject({ committed: true, imported: 0, invalid: [] });
        expect(report.skippedFiles).toMatchObject([{ path: file, reason: emptyReasons[name] }]);
      }
    },
  );

  it('refuses a .txt article whose file name, its id, holds a newline', () => {
    const path = join(tempDir(), 'twee\nregels.txt');
    writeFileSync(path, 'De VS hebben 2.500 militairen in Irak.');
    const db = populated();
    const before = databaseDigest(db);
    expect(importPaths(db, [path]).invalid.map(formatProblem)).toEqual([
      `${path}:1: the id from the file name, "twee\\nregels", holds a control character (U+000A, character 5); an id may not hold control characters or line breaks; rename the file`,
    ]);
    expect(databaseDigest(db)).toBe(before);
  });

  it('refuses a 50 MB single line without holding it in memory', () => {
    const path = join(tempDir(), 'huge-line.jsonl');
    const fd = openSync(path, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    writeSync(fd, '{"text":"');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    writeSync(fd, '"}\n{"text":"kort"}\n');
    closeSync(fd);

    const db = populated();
    const before = databaseDigest(db);
    const rss = process.memoryUsage().rss;
    const report = importPaths(db, [path]);
    const grown = process.memoryUsage().rss - rss;
    expect(report.invalid.map(formatProblem)).toEqual([
      `${path}:1: line is 52428811 bytes; a record may be at most 16777216 bytes`,
    ]);
    expect(databaseDigest(db)).toBe(before);
    // The reader keeps at most one record's worth (16 MiB) of a line, never the 50 MB.
    expect(grown).toBeLessThan(40 * 1024 * 1024);
  });

  it('refuses a document with more spans than the limit', () => {
    const path = join(tempDir(), 'many-spans.jsonl');
    const text = 'a'.repeat(MAX_SPANS_PER_DOCUMENT + 2);
    const spans = Array.from({ length: MAX_SPANS_PER_DOCUMENT + 1 }, (_, i) => ({
      start: i,
      end: i + 1,
      label: 'ACTOR',
    }));
    const fd = openSync(path, 'w');
    writeSync(fd, `${JSON.stringify({ text, spans })}\n`);
    closeSync(fd);
    const db = populated();
    const before = databaseDigest(db);
    expect(importPaths(db, [path]).invalid.map((p) => p.reason)).toEqual([
      `too many spans (${MAX_SPANS_PER_DOCUMENT + 1}; at most ${MAX_SPANS_PER_DOCUMENT} per document)`,
    ]);
    expect(databaseDigest(db)).toBe(before);
  });

  it('still imports a document with ten thousand spans', () => {
    const path = join(tempDir(), 'max-spans.jsonl');
    const text = 'ab'.repeat(5001);
    const spans = Array.from({ length: 10_000 }, (_, i) => ({ start: i, end: i + 2, label: 'EVENT' }));
    const fd = openSync(path, 'w');
    writeSync(fd, `${JSON.stringify({ text, spans })}\n`);
    closeSync(fd);
    expect(importPaths(populated(), [path])).toMatchObject({ committed: true, spans: 10_000 });
  });
});
