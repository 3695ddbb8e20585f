import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { exportCorpusWith } from '../../../src-main/corpus/export.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { workerFile } from '../../../src-main/corpus/worker-file.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** A corpus in a file, of enough pages that the export runs on its worker threads. */
function corpus(dir: string): Db {
  const db = openDatabase(join(dir, 'corpus.db'));
  const lines = Array.from({ length: 1500 }, (_, i) => ({
    id: `d${i}`,
    text: `Artikel ${i}: ${'de VS hebben 2.500 militairen in het land. '.repeat(20)}`,
  }));
  importPaths(db, [writeJsonl(dir, 'c.jsonl', lines)]);
  return db;
}

/**
 * The real page worker, wrapped so that each thread notes in `marker` when it
 * has ended by itself (a terminated thread runs no exit handler). Its pool
 * waits as long as a thread takes to start: from source, on a busy machine,
 * that can pass the shipped grace, and these tests are about stopping.
 */
function noisyWorker(dir: string, marker: string): string {
  const worker = join(dir, 'worker.mjs');
  writeFileSync(
    worker,
    `import { appendFileSync } from 'node:fs';
     process.on('exit', () => appendFileSync(${JSON.stringify(marker)}, 'ended '));
     await import(${JSON.stringify(pathToFileURL(workerFile('export-worker')).href)});
    `,
  );
  return worker;
}

const patientPool = (dir: string, marker: string) => ({
  file: noisyWorker(dir, marker),
  buildHere: true,
  startupGraceMs: 60_000,
});

/**
 * An output that takes `good` chunks and then fails, the way a full disk or a
 * file that cannot be opened does: a write calls back with an error a moment
 * later. Its buffer is large, so the export is then waiting for its next page,
 * not for 'drain', and writes again to a stream that has already failed.
 */
function failingAfter(good: number): Writable {
  let writes = 0;
  return new Writable({
    highWaterMark: 64 * 1024 * 1024,
    write(_chunk, _enc, done) {
      writes++;
      if (writes > good) setImmediate(() => done(new Error('ENOSPC: no space left on device, write')));
      else done();
    },
  });
}

const ended = (marker: string) => (existsSync(marker) ? readFileSync(marker, 'utf8').trim().split(' ') : []);

describe('an export whose output fails', () => {
  it('stops with the output’s error and ends its worker threads, at every point of the export', async () => {
    const dir = tempDir();
    const db = corpus(dir);
    // A failure at the first write, at the second, and later on, each several times over.
    for (const good of [0, 0, 1, 1, 3, 8]) {
      const marker = join(dir, `ended-${good}-${Math.random()}`);
      await expect(exportCorpusWith(patientPool(dir, marker), db, failingAfter(good))).rejects.toThrow(
        /ENOSPC/,
      );
      // Both threads are gone by the time the export has said it failed.
      expect(ended(marker)).toEqual(['ended', 'ended']);
    }
    closeDatabase(db);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  }, 180_000);

  it('stops when the output is closed under it', async () => {
    const dir = tempDir();
    const db = corpus(dir);
    const marker = join(dir, 'ended');
    const out = new Writable({
      write(_chunk, _enc, done) {
        done();
        out.destroy();
      },
    });
    await expect(exportCorpusWith(patientPool(dir, marker), db, out)).rejects.toThrow(/closed|premature/i);
    expect(ended(marker)).toEqual(['ended', 'ended']);
    closeDatabase(db);
  }, 60_000);
});
