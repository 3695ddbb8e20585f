import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { setDocumentStatus } from '../../../src-main/db/documents.ts';
import { exportCorpus, exportCorpusWith, exportToFile } from '../../../src-main/corpus/export.ts';
import { workerFile } from '../../../src-main/corpus/worker-file.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The export `run` writes, collected; `onWrite` hears the byte count after each chunk. */
async function exported(
  run: (out: Writable) => Promise<{ documents: number; bytes: number }>,
  onWrite?: (bytes: number) => void,
): Promise<{ text: string; documents: number; bytes: number }> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      bytes += chunk.length;
      onWrite?.(bytes);
      done();
    },
  });
  const summary = await run(out);
  return { text: Buffer.concat(chunks).toString('utf8'), documents: summary.documents, bytes: summary.bytes };
}

/** 450 documents over five pages, astral characters and ties included, some ids missing, statuses mixed. */
function corpusIn(db: Db, dir: string): void {
  const lines = Array.from({ length: 450 }, (_, i) => ({
    id: `d${i}`,
    text: `Artikel ${i}: 🇳🇱 de VS hebben ${i}.500 militairen in 𝔘trecht.`,
    spans: [
      { start: 13, end: 15, label: 'ACTOR' },
      { start: 13, end: 15, label: 'EVENT' },
      { start: 0, end: 7, label: 'NUMBER', annotator: i % 2 ? 'anna' : undefined },
    ],
  }));
  importPaths(db, [writeJsonl(dir, 'c.jsonl', lines)]);
  db.prepare('DELETE FROM documents WHERE id BETWEEN 120 AND 260').run();
  for (let id = 1; id <= 450; id += 7) if (id < 120 || id > 260) setDocumentStatus(db, id, 'done');
}

describe('export on worker threads', () => {
  it('writes byte for byte what building the pages on this thread writes, with or without a status filter', async () => {
    const dir = tempDir();
    const file = openDatabase(join(dir, 'corpus.db'));
    const memory = openDatabase(':memory:');
    corpusIn(file, dir);
    corpusIn(memory, dir);
    // Workers alone (this thread builds nothing), and the way the app runs it (this thread helps).
    const workersOnly = { file: workerFile('export-worker'), buildHere: false };
    for (const status of [undefined, 'done'] as const) {
      const onWorkers = await exported((out) => exportCorpusWith(workersOnly, file, out, { status }));
      const shared = await exported((out) => exportCorpus(file, out, { status }));
      const here = await exported((out) => exportCorpus(memory, out, { status }));
      expect(onWorkers).toEqual(here);
      expect(shared).toEqual(here);
      expect(onWorkers.documents).toBe(status ? 44 : 309);
      expect(onWorkers.bytes).toBe(Buffer.byteLength(onWorkers.text));
    }
    closeDatabase(file);
  });

  /**
   * Exports the test corpus with `worker` (its source) as the page worker,
   * for each of `buildHere`, and checks every result against the export as
   * the app runs it. `whenWritten` runs once the whole export is in the output.
   */
  async function exportsAsUsual(
    worker: string,
    buildHere: readonly boolean[],
    whenWritten?: () => void,
  ): Promise<void> {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'corpus.db'));
    corpusIn(db, dir);
    const file = join(dir, 'worker.mjs');
    writeFileSync(file, worker);
    const expected = await exported((out) => exportCorpus(db, out));
    for (const here of buildHere) {
      const total = Buffer.byteLength(expected.text);
      const written = (bytes: number) => {
        if (bytes === total) whenWritten?.();
      };
      expect(await exported((out) => exportCorpusWith({ file, buildHere: here }, db, out), written)).toEqual(
        expected,
      );
    }
    closeDatabase(db);
  }

  it('builds the pages here when the workers cannot start', async () => {
    await exportsAsUsual("throw new Error('no threads here');\n", [false, true]);
  });

  it('lets workers still starting when the export is done come up and stop, instead of killing them', async () => {
    // Killing a thread while it loads better-sqlite3 or opens its connection can abort the whole process.
    const dir = tempDir();
    const marker = join(dir, 'stopped');
    const written = join(dir, 'written');
    // Up only once the export of the test corpus (built here meanwhile) is all in the output.
    await exportsAsUsual(
      `import { appendFileSync, existsSync } from 'node:fs';
       import { parentPort } from 'node:worker_threads';
       while (!existsSync(${JSON.stringify(written)})) await new Promise((later) => setTimeout(later, 5));
       parentPort.on('message', (m) => {
         if (m.kind !== 'stop') return;
         appendFileSync(${JSON.stringify(marker)}, 'stopped ');
         parentPort.close();
       });
       parentPort.postMessage({ kind: 'ready' });
      `,
      [true],
      () => writeFileSync(written, ''),
    );
    // Both workers of the pool, and before the export returned: it ends when its threads have.
    expect(readFileSync(marker, 'utf8')).toBe('stopped stopped ');
  });

  it('does not wait for workers that never come up: this thread builds every page, and the stuck ones are ended', async () => {
    await exportsAsUsual('setInterval(() => {}, 1000);\n', [true]);
  });

  it('takes over from a worker that stops midway, so nothing is missing or repeated', async () => {
    // A worker that delivers the first page it is asked for and then dies, as one would that ran out of heap.
    const url = (p: string) => pathToFileURL(join(ROOT, p)).href;
    // Workers only, so the dying ones surely get pages; a failure with this thread helping is the same path.
    await exportsAsUsual(
      `import { parentPort, workerData } from 'node:worker_threads';
       import Database from '${url('node_modules/better-sqlite3/lib/index.js')}';
       import { pageBuilder } from '${url('src-main/corpus/export-pages.ts')}';
       const db = new Database(workerData.path, { readonly: true });
       const build = pageBuilder(db, workerData.windows, workerData.filter);
       parentPort.once('message', ({ index }) => {
         const page = build(index);
         const buffer = new Uint8Array(page.bytes).buffer;
         parentPort.postMessage(
           { kind: 'page', index, buffer, length: page.bytes.length, documents: page.documents, spans: page.spans },
           [buffer],
         );
         setTimeout(() => process.exit(3), 20);
       });
       parentPort.postMessage({ kind: 'ready' });\n`,
      [false],
    );
  });
});

describe('export to a file', () => {
  it('fills the buffers of pages already written again, and the file is byte for byte the one built here', async () => {
    const dir = tempDir();
    // Pages of 100 ids whose size goes up and down, so that a buffer back from
    // a small page is too small for some pages and roomy for others.
    const lines = Array.from({ length: 2400 }, (_, i) => ({
      id: `d${i}`,
      text: `Artikel ${i} 🇳🇱 ${'over de Tweede Kamer en het kabinet. '.repeat(1 + ((i / 100) % 5) * 3)}`,
      spans: [{ start: 0, end: 7, label: 'EVENT' }],
    }));
    const file = openDatabase(join(dir, 'corpus.db'));
    const memory = openDatabase(':memory:');
    for (const db of [file, memory]) importPaths(db, [writeJsonl(dir, 'c.jsonl', lines)]);
    // The app's worker, with a listener of its own that notes every buffer it gets back.
    const marker = join(dir, 'recycled');
    const worker = join(dir, 'worker.mjs');
    writeFileSync(
      worker,
      `import { appendFileSync } from 'node:fs';
       import { parentPort } from 'node:worker_threads';
       parentPort.on('message', (m) => {
         if (m.kind === 'recycle') appendFileSync(${JSON.stringify(marker)}, m.buffer.byteLength + ' ');
       });
       await import(${JSON.stringify(pathToFileURL(workerFile('export-worker')).href)});
      `,
    );
    const out = join(dir, 'out.jsonl');
    const summary = await exportToFile(file, out, {}, { file: worker, buildHere: false });
    const here = await exported((stream) => exportCorpus(memory, stream));
    expect(readFileSync(out, 'utf8')).toBe(here.text);
    expect(summary.documents).toBe(2400);
    // Every page but the last few in flight came back to be filled again.
    expect(readFileSync(marker, 'utf8').trim().split(' ').length).toBeGreaterThanOrEqual(20);
    closeDatabase(file);
    closeDatabase(memory);
  });
});

describe('text as SQLite quotes it', () => {
  // BMP-only texts go out as json_quote's bytes (export-lines.ts): they must be JSON.stringify's, character for character.
  it('json_quote writes every BMP character exactly as JSON.stringify does', () => {
    const db = openDatabase(':memory:');
    const quote = db.prepare('SELECT json_quote(?) AS q');
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `a${String.fromCharCode(c)}b`;
      if ((quote.get(text) as { q: string }).q !== JSON.stringify(text)) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
