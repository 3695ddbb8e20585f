/**
 * The search (issue 22): the document filter's time per keystroke and the
 * corpus search's first page over a generated corpus, and what the trigram
 * index (migration 009) costs at import: time and file size, against the
 * same import into a database without the index.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../src-main/db/connection.ts';
import { importPaths } from '../../src-main/corpus/import.ts';
import { listDocuments } from '../../src-main/db/documents.ts';
import { prepareDocumentSearch } from '../../src-main/db/document-search.ts';
import { searchCorpus } from '../../src-main/db/corpus-search.ts';
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

/** Imports `corpus` into a new database; without the index when `withIndex` is false. Seconds and MB. */
function importInto(path: string, corpus: string, withIndex: boolean): { seconds: number; mb: number } {
  const db = openDatabase(path);
  try {
    if (!withIndex)
      db.exec(
        'DROP TRIGGER documents_fts_insert; DROP TRIGGER documents_fts_delete; DROP TABLE documents_fts;',
      );
    const t = performance.now();
    importPaths(db, [corpus]);
    const seconds = (performance.now() - t) / 1000;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { seconds, mb: fileSize(path) / MB };
  } finally {
    closeDatabase(db);
  }
}

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
  log('search: import without the index');
  const plain = importInto(join(dir, 'search-plain.db'), corpus, false);
  log('search: import with the index');
  const indexed = importInto(join(dir, 'search.db'), corpus, true);
  const db = openDatabase(join(dir, 'search.db'));
  try {
    await prepareDocumentSearch(db);
    log('search: keystrokes');
    const keystroke = slowestKeystroke(db);
    const page = timeIt(() => searchCorpus(db, { text: 'Kazimi' }, 500), 3);
    const at = (bound: number): BenchRow['target'] =>
      targets ? { kind: 'at-most', bound } : { kind: 'none' };
    return [
      {
        figure: 'document filter, slowest keystroke (id, title and text)',
        workload: `${workload}; typing ${TYPED.map((t) => `"${t}"`).join(', ')}; slowest at "${keystroke.at}"`,
        value: keystroke.ms,
        unit: 'ms',
        baseline: null,
        target: at(50),
      },
      {
        figure: 'corpus search, first 500 hits with their labels',
        workload: `${workload}; "Kazimi"`,
        value: page,
        unit: 'ms',
        baseline: null,
        target: at(200),
      },
      {
        figure: 'import with the search index (time)',
        workload,
        value: indexed.seconds,
        unit: 's',
        baseline: { value: plain.seconds, label: 'the same import without the index' },
        target: { kind: 'none' },
      },
      {
        figure: 'import with the search index (database size)',
        workload,
        value: indexed.mb,
        unit: 'MB',
        baseline: { value: plain.mb, label: 'the same import without the index' },
        target: { kind: 'none' },
      },
    ];
  } finally {
    closeDatabase(db);
  }
}
