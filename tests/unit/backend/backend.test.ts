import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { backendWorkerFile, startBackend, type Backend } from '../../../src-main/backend/client.ts';
import type { BackendInit } from '../../../src-main/backend/protocol.ts';
import { databaseOpenFailure } from '../../../src-main/app/db-error.ts';
import { AppError } from '../../../src-main/db/errors.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import type { IndexingProgress, Reply } from '../../../src-main/ipc/contract.ts';
import {
  createTestBackend,
  SAMPLES_DIR,
  startWorkerBackend,
  type TestBackend,
} from '../../helpers/backend.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const quiet = () => {};

/** A backend on the database thread, closed when the test finishes. */
async function worker(path: string, log: (line: string) => void = quiet) {
  const backend = await startWorkerBackend(path, undefined, log);
  onTestFinished(() => backend.close());
  return backend;
}

/** A corpus large enough that its import takes many batches. */
function bigCorpus(dir: string, documents: number, sentences = 20): string {
  const text = 'De Verenigde Staten zullen hun gevechtsmissie in Irak beëindigen. '.repeat(sentences);
  return writeJsonl(
    dir,
    'big.jsonl',
    Array.from({ length: documents }, (_, i) => ({ id: `doc-${i}`, text: `${i} ${text}` })),
  );
}

const documentCount = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the database thread', () => {
  it('answers every call exactly as the handlers do in-process, dialogs and events included', async () => {
    const dir = tempDir();
    const here = createTestBackend(join(dir, 'here.db'));
    onTestFinished(() => {
      here.db.close();
    });
    const there = await worker(join(dir, 'there.db'));
    // Each side exports to a file of its own; the reply names it.
    const calls: [string, unknown, (b: TestBackend) => void][] = [
      ['labels.list', {}, () => {}],
      ['corpus.import', { from: 'samples' }, () => {}],
      ['documents.list', { search: 'irak', limit: 3 }, () => {}],
      ['documents.get', { id: 2 }, () => {}],
      ['annotations.create', { documentId: 2, labelId: 1, start: 3, end: 9 }, () => {}],
      ['annotations.create', { documentId: 2, labelId: 1, start: 3, end: 9 }, () => {}],
      ['annotations.create', { documentId: 2, labelId: 1, start: 9, end: 3 }, () => {}],
      ['history.undo', { documentId: 2 }, () => {}],
      ['documents.get', { id: 999 }, () => {}],
      ['documents.get', { id: 'x' }, () => {}],
      ['no.such', {}, () => {}],
      ['corpus.export', {}, (b) => (b.dialogAnswers.exportPath = null)],
      ['corpus.import', { from: 'files' }, (b) => (b.dialogAnswers.files = null)],
      [
        'corpus.export',
        { status: 'todo' },
        (b) => (b.dialogAnswers.exportPath = join(dir, `${b === here ? 'here' : 'there'}.jsonl`)),
      ],
      ['corpus.stats', {}, () => {}],
    ];
    // Each side's own file name and clock aside.
    const normal = (reply: Reply<unknown>) =>
      JSON.parse(
        JSON.stringify(reply)
          .replaceAll(/(here|there)\.jsonl/g, 'out.jsonl')
          .replaceAll(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, 'a time'),
      ) as unknown;
    for (const [method, payload, before] of calls) {
      before(here);
      before(there);
      const expected = await dispatch(here.handlers, method, payload);
      expect(normal(await there.client.call(method, payload)), method).toEqual(normal(expected));
    }
    // The thread alone fills the texts' index between calls, and says so.
    const fromCalls = there.events.filter((e) => e.event !== 'search.indexing');
    expect(fromCalls).toEqual(here.events);
    expect(fromCalls.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'there.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, 'here.jsonl'), 'utf8'),
    );
  });

  it('reports a database it cannot open before serving, as the start-up dialog words it', async () => {
    const dir = tempDir();
    const newer = join(dir, 'newer.db');
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    const failure = await startWorkerBackend(newer, undefined, quiet).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(databaseOpenFailure(failure, newer, 'test').title).toBe(
      'This database needs a newer Dutch News Annotator',
    );

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some notes\n'.repeat(50));
    const damaged = await startWorkerBackend(text, undefined, quiet).catch((e: unknown) => e);
    expect(databaseOpenFailure(damaged, text, 'test').title).toBe('The annotation database cannot be opened');
    expect(readFileSync(text, 'utf8')).toBe('not a database at all, just some notes\n'.repeat(50));
  });

  it('answers reads between the batches of a long import, while progress arrives', async () => {
    const dir = tempDir();
    const backend = await worker(join(dir, 'corpus.db'));
    await backend.client.call('corpus.import', { from: 'samples' });
    backend.dialogAnswers.files = [bigCorpus(dir, 4000)];
    let importDone = false;
    const imported = backend.client.call('corpus.import', { from: 'files' }).then((reply) => {
      importDone = true;
      return reply;
    });
    // Wait for the import to be under way, then read.
    const progress = () => backend.events.filter((e) => e.event === 'corpus.progress').length;
    const before = progress();
    while (progress() === before) await new Promise((resolve) => setTimeout(resolve, 1));
    const listed = await backend.client.request('documents.list', { limit: 1 });
    expect(importDone).toBe(false);
    expect(listed).toMatchObject({ ok: true, value: { total: 5 } });
    const written = await backend.client.request('place.set', { documentId: 1, offset: 0 });
    expect(written).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(await imported).toMatchObject({ ok: true, value: { imported: 4000, committed: true } });
  });

  it('indexes the texts of an import afterwards in slices, answering calls meanwhile', async () => {
    const dir = tempDir();
    const path = join(dir, 'corpus.db');
    const backend = await worker(path);
    // Texts short enough that the direct read of those not indexed yet
    // (TEXT_SCAN_CHARS) reaches doc-410 even before the first slice is in.
    backend.dialogAnswers.files = [bigCorpus(dir, 3000, 15)];
    const indexing = () =>
      backend.events.flatMap((e) => (e.event === 'search.indexing' ? [e.payload as IndexingProgress] : []));
    expect(await backend.client.call('corpus.import', { from: 'files' })).toMatchObject({
      ok: true,
      value: { imported: 3000 },
    });
    while (indexing().length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    // Under way: a filter by text is answered, by the index and a scan of the rest.
    const first = ['doc-10', 'doc-110', 'doc-210', 'doc-310', 'doc-410'].map((externalId) => ({
      externalId,
    }));
    const during = await backend.client.call('documents.list', { search: '10 de verenigde', limit: 5 });
    expect(during).toMatchObject({ ok: true, value: { items: first } });
    expect(indexing().at(-1)?.unindexed).toBeGreaterThan(0);
    while (indexing().at(-1)?.unindexed !== 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const percents = indexing().map((p) => p.percent);
    expect(percents.length).toBeGreaterThan(3);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(indexing().at(-1)).toEqual({ unindexed: 0, total: 3000, percent: 100 });
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM documents_fts_docsize').pluck().get()).toBe(3000);
    } finally {
      db.close();
    }
    const after = await backend.client.call('documents.list', { search: '10 de verenigde', limit: 5 });
    expect(after).toMatchObject({ ok: true, value: { total: 30, more: false, items: first } });
  });

  it('fails the calls of a thread that stops, starts it once more, then refuses every call', async () => {
    const dir = tempDir();
    const path = join(dir, 'corpus.db');
    const threads: Worker[] = [];
    const logged: string[] = [];
    const progress: string[] = [];
    const backend: Backend = await startBackend({
      dbPath: path,
      annotator: 'tester',
      samplesDir: SAMPLES_DIR,
      dialogs: {
        pickImportFiles: async () => [bigCorpus(dir, 4000)],
        pickImportFolder: async () => null,
        pickExportPath: async () => null,
      },
      emit: (event) => progress.push(event),
      log: (line) => logged.push(line),
      spawn: (init: BackendInit) => {
        const thread = new Worker(backendWorkerFile(), { workerData: init });
        threads.push(thread);
        return thread;
      },
    });
    onTestFinished(() => backend.close());
    await backend.request('corpus.import', { from: 'samples' });

    const importing = backend.request('corpus.import', { from: 'files' });
    // Stopped in the middle of the import: its transaction is under way.
    const seen = progress.length;
    while (progress.length === seen) await new Promise((resolve) => setTimeout(resolve, 1));
    await threads[0]?.terminate();
    expect(await importing).toMatchObject({ ok: false, error: { code: 'DB_UNAVAILABLE' } });
    expect(logged).toEqual([
      expect.stringMatching(/^annotator: the database thread stopped .*; starting it again$/),
    ]);
    // The new thread serves the same file: what was committed is there, the interrupted import is not.
    expect(await backend.request('documents.list', { limit: 1 })).toMatchObject({
      ok: true,
      value: { total: 5 },
    });

    await threads[1]?.terminate();
    expect(threads).toHaveLength(2);
    expect(await backend.request('labels.list', {})).toMatchObject({
      ok: false,
      error: { code: 'DB_UNAVAILABLE', message: expect.stringContaining('the database thread stopped') },
    });
    expect(logged[1]).toMatch(/every call fails from now on — restart the app$/);
  });

  it('checkpoints and closes the database when asked, and answers no call after that', async () => {
    const dir = tempDir();
    const path = join(dir, 'corpus.db');
    const backend = await startWorkerBackend(path, undefined, quiet);
    backend.db.close();
    await backend.client.call('corpus.import', { from: 'samples' });
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    await backend.client.close();
    expect(!existsSync(`${path}-wal`) || statSync(`${path}-wal`).size === 0).toBe(true);
    expect(documentCount(path)).toBe(5);
    expect(await backend.client.call('labels.list', {})).toMatchObject({
      ok: false,
      error: { code: 'DB_UNAVAILABLE' },
    });
  });
});
