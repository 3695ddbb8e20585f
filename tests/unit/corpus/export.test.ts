import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import { setDocumentStatus } from '../../../src-main/db/documents.ts';
import { exportCorpus, exportToFile } from '../../../src-main/corpus/export.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import { createTestBackend, SAMPLES_DIR } from '../../helpers/backend.ts';
import { pySlice, writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { sha256Hex } from '../../../src-main/text/hash.ts';

function collect(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function exportString(db: Db, status?: 'todo' | 'in_progress' | 'done'): Promise<string> {
  const out = collect();
  await exportCorpus(db, out.stream, { status });
  return out.text();
}

const labelId = (db: Db, name: string) => findLabelByName(db, name)?.id ?? 0;

/** Text that trips up offset handling: astral characters, a flag, combining marks, CRLF. */
const TRICKY = 'Café\u0301 🇺🇸 De VS hebben 2.500 militairen 𝔘trecht.\r\nTweede regel 😀 al-Kazimi.';

/** What Python's `str.splitlines()` splits on (CRLF counts as one break). */
const PYTHON_LINE_BREAKS: ReadonlySet<string> = new Set(
  [0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029].map((c) => String.fromCharCode(c)),
);

function pythonSplitlines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!PYTHON_LINE_BREAKS.has(text.charAt(i))) continue;
    lines.push(text.slice(from, i));
    if (text.charAt(i) === '\r' && text.charAt(i + 1) === '\n') i++;
    from = i + 1;
  }
  if (from < text.length) lines.push(text.slice(from));
  return lines;
}

describe('export', () => {
  it('writes one line per document with id, text, meta (date, source, status, note, flag, title, sha256, extra), spans and relations', async () => {
    const db = openDatabase(':memory:');
    importPaths(db, [SAMPLES_DIR]);
    const lines = (await exportString(db)).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const first = JSON.parse(lines[0] ?? '') as {
      id: string;
      text: string;
      meta: Record<string, unknown>;
      spans: [];
    };
    expect(Object.keys(first)).toEqual(['id', 'text', 'meta', 'spans', 'relations']);
    expect(first.meta).toEqual({
      date: '2021-07',
      source: '000_41a87ea6492af2e9.txt',
      status: 'todo',
      note: null,
      flag: null,
      title: null,
      sha256: sha256Hex(first.text),
      extra: {},
    });
    expect(Object.keys(first.meta)).toEqual([
      'date',
      'source',
      'status',
      'note',
      'flag',
      'title',
      'sha256',
      'extra',
    ]);
    expect(first.text.startsWith('De Verenigde Staten')).toBe(true);
  });

  it('gives code-point offsets that slice like Python, sorted by start then end', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    importPaths(db, [writeJsonl(dir, 't.jsonl', [{ id: 't', text: TRICKY }])]);
    const words = [
      'De VS hebben 2.500 militairen',
      'De VS',
      '2.500',
      '𝔘trecht',
      '😀',
      'al-Kazimi',
      '🇺🇸',
      'Café\u0301',
    ];
    const labels = ['EVENT', 'ACTOR', 'NUMBER', 'ACTOR', 'EVENT', 'ACTOR', 'ACTOR', 'EVENT'];
    words.forEach((w, i) => {
      const start = TRICKY.indexOf(w);
      createAnnotation(db, {
        documentId: 1,
        labelId: labelId(db, labels[i] ?? ''),
        start,
        end: start + w.length,
      });
    });
    const doc = JSON.parse(await exportString(db)) as {
      text: string;
      spans: { start: number; end: number; label: string; text: string }[];
    };
    expect(doc.text).toBe(TRICKY);
    for (const span of doc.spans) expect(pySlice(doc.text, span.start, span.end)).toBe(span.text);
    expect(doc.spans.map((s) => s.text)).toEqual([
      'Café\u0301',
      '🇺🇸',
      'De VS',
      'De VS hebben 2.500 militairen',
      '2.500',
      '𝔘trecht',
      '😀',
      'al-Kazimi',
    ]);
    const sorted = [...doc.spans].sort((a, b) => a.start - b.start || a.end - b.end);
    expect(doc.spans).toEqual(sorted);
    expect(doc.spans[1]).toMatchObject({ start: 6, end: 8 });
  });

  it('writes keys in the fixed order, unset ones as null or empty, and orders equal spans by label', async () => {
    const dir = tempDir();
    const text = 'ab 🇺🇸 e\u0301';
    const db = openDatabase(':memory:');
    importPaths(db, [
      writeJsonl(dir, 'k.jsonl', [
        {
          id: 'k',
          text,
          meta: { z: [1], status: 'done', title: 'T', 2021: 'jaar' },
          spans: [
            { start: 6, end: 8, label: 'EVENT' },
            { start: 3, end: 5, label: 'EVENT' },
            { start: 3, end: 5, label: 'ACTOR', annotator: 'anna' },
            { start: 0, end: 2, label: 'NUMBER' },
          ],
        },
      ]),
    ]);
    expect(await exportString(db)).toBe(
      `{"id":"k","text":"ab 🇺🇸 e\u0301","meta":{"date":null,"source":null,"status":"done","note":null,"flag":null,"title":"T","sha256":"${sha256Hex(text)}","extra":{"2021":"jaar","z":[1]}},` +
        '"spans":[{"id":"T4","start":0,"end":2,"label":"NUMBER","text":"ab","annotator":null,"attributes":{},"fragments":[],"origin":null,"note":null,"flag":null},' +
        '{"id":"T3","start":3,"end":5,"label":"ACTOR","text":"🇺🇸","annotator":"anna","attributes":{},"fragments":[],"origin":null,"note":null,"flag":null},' +
        '{"id":"T2","start":3,"end":5,"label":"EVENT","text":"🇺🇸","annotator":null,"attributes":{},"fragments":[],"origin":null,"note":null,"flag":null},' +
        '{"id":"T1","start":6,"end":8,"label":"EVENT","text":"e\u0301","annotator":null,"attributes":{},"fragments":[],"origin":null,"note":null,"flag":null}],' +
        '"relations":[]}\n',
    );
  });

  it('filters by status', async () => {
    const db = openDatabase(':memory:');
    importPaths(db, [SAMPLES_DIR]);
    setDocumentStatus(db, 2, 'done');
    setDocumentStatus(db, 4, 'done');
    const ids = (await exportString(db, 'done'))
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['001_4587b70695a3651a', '003_b5288cd61be0827d']);
    expect(await exportString(db, 'in_progress')).toBe('');
  });

  it('round-trips byte for byte: export → import into a new database → export', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    importPaths(db, [SAMPLES_DIR]);
    importPaths(db, [
      writeJsonl(dir, 'extra.jsonl', [
        {
          id: 'tricky',
          text: TRICKY,
          meta: {
            date: '2024-01',
            source: 'test',
            status: 'in_progress',
            title: 'Lastig',
            topic: ['x', { y: 1 }],
          },
          spans: [
            { start: 0, end: 5, label: 'ACTOR', annotator: 'anna' },
            { start: 6, end: 8, label: 'EVENT' },
          ],
        },
      ]),
    ]);
    createAnnotation(db, {
      documentId: 1,
      labelId: labelId(db, 'ACTOR'),
      start: 0,
      end: 27,
      annotator: 'bob',
    });
    const first = await exportString(db);
    const file = join(dir, 'first.jsonl');
    await exportToFile(db, file);
    expect(readFileSync(file, 'utf8')).toBe(first);

    const again = openDatabase(':memory:');
    expect(importPaths(again, [file])).toMatchObject({ imported: 6, spans: 3, committed: true });
    expect(await exportString(again)).toBe(first);
  });

  it('escapes U+2028, U+2029 and U+0085: one record per line for Python, byte-identical round trip', async () => {
    const dir = tempDir();
    // Every character Python's str.splitlines() splits on, in each field that holds text.
    const breaks = 'a\u2028b\u2029c\u0085d\ve\ff\x1cg\x1dh\x1ei\r\nj\rk\nl';
    const records = [
      // BMP only: the text leaves as SQLite's json_quote bytes.
      { id: 'bmp', text: `Eerste ${breaks} einde`, meta: { title: `T${breaks}`, note: breaks } },
      // Beyond the BMP: the whole line is built in JavaScript.
      {
        id: 'astral',
        text: `😀 ${breaks}`,
        meta: { source: `s\u2028`, [`k\u2029`]: 'v' },
        spans: [{ start: 2, end: 5, label: 'EVENT', annotator: 'x\u0085y' }],
      },
      ...Array.from({ length: 150 }, (_, i) => ({ id: `d${i}`, text: `Artikel ${i}\u2028 ${breaks}` })),
    ];
    const db = openDatabase(join(dir, 'a.db'));
    expect(importPaths(db, [writeJsonl(dir, 'raw.jsonl', records)])).toMatchObject({
      imported: records.length,
      committed: true,
    });
    // Through the page workers (a file database, several pages) and on this thread.
    const file = join(dir, 'first.jsonl');
    await exportToFile(db, file);
    const first = readFileSync(file, 'utf8');
    expect(await exportString(db)).toBe(first);
    expect(first).toContain('a\\u2028b\\u2029c\\u0085d');
    // The only line break anywhere is the newline after each record.
    expect([...first].filter((c) => PYTHON_LINE_BREAKS.has(c))).toEqual(records.map(() => '\n'));
    const pythonLines = pythonSplitlines(first);
    expect(pythonLines).toHaveLength(records.length);
    const parsed = pythonLines.map((l) => JSON.parse(l) as { id: string; text: string });
    expect(parsed.map((r) => r.text)).toEqual(records.map((r) => r.text));

    const again = openDatabase(':memory:');
    expect(importPaths(again, [file])).toMatchObject({ imported: records.length, committed: true });
    expect(await exportString(again)).toBe(first);
    closeDatabase(db);
  });

  it('streams a larger corpus page by page, honouring backpressure', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) => ({
      id: `d${i}`,
      text: `Artikel ${i}: de VS hebben 2.500 militairen.`,
      spans: [{ start: 0, end: 7, label: 'EVENT' }],
    }));
    const db = openDatabase(':memory:');
    importPaths(db, [writeJsonl(dir, 'many.jsonl', lines)]);
    let writes = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(_chunk, _enc, done) {
        writes++;
        setImmediate(done);
      },
    });
    const summary = await exportCorpus(db, slow);
    expect(summary).toMatchObject({ documents: 3000, spans: 3000 });
    // More than one write: the corpus went out in pages, not as one string.
    expect(writes).toBeGreaterThan(2);
  });

  it('names a label that was created while the export was running', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 400 }, (_, i) => ({
      id: `d${i}`,
      text: `Artikel ${i}: de VS hebben 2.500 militairen.`,
      // The first page names a label, so the export has read the labels before PLACE exists.
      spans: i === 0 ? [{ start: 0, end: 7, label: 'EVENT' }] : [],
    }));
    const db = openDatabase(':memory:');
    importPaths(db, [writeJsonl(dir, 'many.jsonl', lines)]);
    const chunks: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, done) {
        if (chunks.length === 0) {
          // Between two pages, as an import with new labels could do it.
          const label = db.prepare("INSERT INTO labels (name, color) VALUES ('PLACE', '#aa00aa')").run();
          createAnnotation(db, {
            documentId: 400,
            labelId: Number(label.lastInsertRowid),
            start: 0,
            end: 7,
          });
        }
        chunks.push(chunk.toString());
        setImmediate(done);
      },
    });
    await exportCorpus(db, slow);
    const last = JSON.parse(chunks.join('').trim().split('\n').at(-1) ?? '{}') as {
      spans: { label: string; text: string }[];
    };
    expect(last.spans).toMatchObject([{ start: 0, end: 7, label: 'PLACE', text: 'Artikel' }]);
  });

  it('leaves no partial file behind when writing fails', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    importPaths(db, [SAMPLES_DIR]);
    await expect(exportToFile(db, join(dir, 'missing-folder', 'out.jsonl'))).rejects.toThrow(
      /folder .*missing-folder does not exist; nothing was written/,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });

  it('in the app, replaces a file picked in the save dialog whole, writes through a link, refuses a folder', async () => {
    const dir = tempDir();
    const { handlers, dialogAnswers } = createTestBackend();
    await dispatch(handlers, 'corpus.import', { from: 'samples' });
    const picked = join(dir, 'corpus.jsonl');
    writeFileSync(picked, 'an older export\n');
    chmodSync(picked, 0o600);
    const inode = statSync(picked).ino;
    dialogAnswers.exportPath = picked;
    expect(await dispatch(handlers, 'corpus.export', {})).toMatchObject({
      ok: true,
      value: { documents: 5 },
    });
    expect(readFileSync(picked, 'utf8').trimEnd().split('\n')).toHaveLength(5);
    expect(statSync(picked).ino).not.toBe(inode);
    expect(statSync(picked).mode & 0o777).toBe(0o600);

    const link = join(dir, 'latest.jsonl');
    symlinkSync(picked, link);
    writeFileSync(picked, 'stale\n');
    dialogAnswers.exportPath = link;
    expect(await dispatch(handlers, 'corpus.export', {})).toMatchObject({ ok: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(picked, 'utf8').trimEnd().split('\n')).toHaveLength(5);

    const folder = join(dir, 'folder');
    mkdirSync(folder);
    dialogAnswers.exportPath = folder;
    expect(await dispatch(handlers, 'corpus.export', {})).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: `cannot write ${folder}: it is a folder, not a regular file; nothing was written`,
      },
    });
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['corpus.jsonl', 'folder', 'latest.jsonl']);
  });
});
