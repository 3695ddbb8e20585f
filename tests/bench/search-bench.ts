/**
 * The search (issue 22): the document filter's time per keystroke and the
 * corpus search's first page over a generated corpus, before and after
 * its texts are indexed; the import against the same import indexing
 * inside its transaction (migration 009's first way); the background
 * indexing's time and slices; the index's size.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../src-main/db/connection.ts';
import { importPaths } from '../../src-main/corpus/import.ts';
import { listDocuments } from '../../src-main/db/documents.ts';
import { prepareDocumentSearch } from '../../src-main/db/document-search.ts';
import { searchCorpus } from '../../src-main/db/corpus-search.ts';
import { indexSlice } from '../../src-main/db/text-index.ts';
import { SLICE_MS } from '../../src-main/backend/text-indexer.ts';
import type { BenchRow } from './table.ts';
import { describeCorpus, generateCorpus, generateSmokeCorpus, timeIt, type CorpusSpec } from './workloads.ts';

export interface SearchBenchOptions {
  dir: string;
  spec: CorpusSpec;
  targets: boolean;
  log: (message: string) => void;
}

/** Typed a letter at a time: a name, a word in every text, a phrase, and a word in none. */
const TYPED = ['Kazimi', 'Irak', 'de VS hebben', 'zwaargewond'];

const MB = 1e6;
const fileSize = (path: string) =>
  statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);

/**
 * Imports `corpus` into a new database as the app does (texts not indexed),
 * or, for comparison, with the index kept by a trigger inside the import's
 * transaction, as migration 009 first did. Seconds.
 */
function importInto(path: string, corpus: string, indexInside: boolean): number {
  const db = openDatabase(path);
  try {
    if (indexInside)
      db.exec(`CREATE TRIGGER bench_fts_insert AFTER INSERT ON documents
        BEGIN INSERT INTO documents_fts (rowid, text) VALUES (NEW.id, NEW.text); END;`);
    const t = performance.now();
    importPaths(db, [corpus]);
    return (performance.now() - t) / 1000;
  } finally {
    closeDatabase(db);
  }
}

/** The app's database thread's work after an import: every text indexed, slice by slice. */
function indexInBackground(db: Db): { seconds: number; slices: number; longestMs: number } {
  let slices = 0;
  let longestMs = 0;
  const t = performance.now();
  for (;;) {
    const s = performance.now();
    if (indexSlice(db, SLICE_MS) === 0) break;
    longestMs = Math.max(longestMs, performance.now() - s);
    slices++;
  }
  return { seconds: (performance.now() - t) / 1000, slices, longestMs };
}

const checkpointedSize = (db: Db, path: string): number => {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return fileSize(path) / MB;
};

/** The slowest keystroke of typing each of TYPED, ms: the list's first page with the text typed so far. */
function slowestKeystroke(db: Db): { ms: number; at: string } {
  let slowest = { ms: 0, at: '' };
  for (const word of TYPED) {
    for (let n = 1; n <= word.length; n++) {
      const search = word.slice(0, n);
      const ms = timeIt(() => listDocuments(db, { search, offset: 0, limit: 200 }), 3);
      if (ms > slowest.ms) slowest = { ms, at: search };
    }
  }
  return slowest;
}

export async function runSearchBench({ dir, spec, targets, log }: SearchBenchOptions): Promise<BenchRow[]> {
  log(`search: generating ${describeCorpus(spec)}`);
  const corpus = await (targets ? generateCorpus(dir, spec) : generateSmokeCorpus(dir, spec));
  const workload = `${spec.docs.toLocaleString('en')} docs × ${spec.chars.toLocaleString('en')} chars`;
  const path = join(dir, 'search.db');
  log('search: import (texts not indexed)');
  const imported = importInto(path, corpus, false);
  log('search: import indexing inside its transaction, for comparison');
  const indexedInside = importInto(join(dir, 'search-inside.db'), corpus, true);
  const db = openDatabase(path);
  try {
    await prepareDocumentSearch(db);
    const plainMb = checkpointedSize(db, path);
    log('search: keystrokes and corpus search before indexing');
    const keystrokeBefore = slowestKeystroke(db);
    const pageBefore = timeIt(() => searchCorpus(db, { text: 'Kazimi' }, 500), 3);
    log('search: indexing in the background');
    const indexing = indexInBackground(db);
    const indexedMb = checkpointedSize(db, path);
    log('search: keystrokes and corpus search after indexing');
    const keystroke = slowestKeystroke(db);
    const page = timeIt(() => searchCorpus(db, { text: 'Kazimi' }, 500), 3);
    const at = (bound: number): BenchRow['target'] =>
      targets ? { kind: 'at-most', bound } : { kind: 'none' };
    const typing = `typing ${TYPED.map((t) => `"${t}"`).join(', ')}`;
    return [
      {
        figure: 'document filter, slowest keystroke (id, title and text)',
        workload: `${workload}, indexed; ${typing}; slowest at "${keystroke.at}"`,
        value: keystroke.ms,
        unit: 'ms',
        baseline: null,
        target: at(50),
      },
      {
        figure: 'document filter, slowest keystroke, texts not indexed yet',
        workload: `${workload}, just imported; ${typing}; slowest at "${keystrokeBefore.at}"`,
        value: keystrokeBefore.ms,
        unit: 'ms',
        baseline: null,
        target: at(100),
      },
      {
        figure: 'corpus search, first 500 hits with their labels',
        workload: `${workload}, indexed; "Kazimi"`,
        value: page,
        unit: 'ms',
        baseline: null,
        target: at(200),
      },
      {
        figure: 'corpus search, first 500 hits, texts not indexed yet',
        workload: `${workload}, just imported; "Kazimi"`,
        value: pageBefore,
        unit: 'ms',
        baseline: null,
        target: { kind: 'none' },
      },
      {
        figure: 'import (time), texts indexed afterwards',
        workload,
        value: imported,
        unit: 's',
        baseline: { value: indexedInside, label: 'the same import indexing inside its transaction' },
        target: { kind: 'none' },
      },
      {
        figure: 'texts indexed in the background after an import (time)',
        workload: `${workload}; ${indexing.slices.toLocaleString('en')} slices of ${SLICE_MS} ms, longest ${indexing.longestMs.toFixed(1)} ms`,
        value: indexing.seconds,
        unit: 's',
        baseline: null,
        target: { kind: 'none' },
      },
      {
        figure: 'database size with the search index',
        workload,
        value: indexedMb,
        unit: 'MB',
        baseline: { value: plainMb, label: 'the same database before indexing' },
        target: { kind: 'none' },
      },
    ];
  } finally {
    closeDatabase(db);
  }
}
