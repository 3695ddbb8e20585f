/**
 * Ten times the scale: a corpus of a million short documents generated with
 * ../shared/tools/gen-corpus.mjs and imported once by our import, then the
 * list, filter and stats queries on it, the database's size per document, and
 * the peak memory of that import and of its export against a corpus a tenth
 * its size.
 */
import { existsSync, statSync } from 'node:fs';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { prepareDocumentSearch } from '../../src-main/db/document-search.ts';
import { listDocuments } from '../../src-main/db/documents.ts';
import { corpusStats } from '../../src-main/db/stats.ts';
import { run } from './corpus-bench.ts';
import type { BenchRow } from './table.ts';
import { describeCorpus, generateCorpus, generateSmokeCorpus, timeIt, type CorpusSpec } from './workloads.ts';

export interface ScaleBenchOptions {
  dir: string;
  spec: CorpusSpec;
  /** How many times smaller the corpus the peak memory is compared with is. */
  shrink: number;
  targets: boolean;
  /** The export's page worker as built for the app. */
  exportWorker: string;
  log: (message: string) => void;
}

/** The list's page size (src-renderer/panels/DocumentList.tsx). */
const PAGE = 50;

/** A file's size, with its write-ahead log if one is left. */
const sizeOf = (path: string): number =>
  statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

export async function runScaleBench({
  dir,
  spec,
  shrink,
  targets,
  exportWorker,
  log,
}: ScaleBenchOptions): Promise<BenchRow[]> {
  const smallSpec = { ...spec, docs: spec.docs / shrink, seed: 4 };
  log(`scale: generating ${describeCorpus(spec)} and ${describeCorpus(smallSpec)}`);
  const generate = targets ? generateCorpus : generateSmokeCorpus;
  // Together: the smaller one is written while the generator is still drawing the larger one.
  const [large, small] = await Promise.all([generate(dir, { ...spec, seed: 3 }), generate(dir, smallSpec)]);
  const name = (p: string) => p.slice(dir.length + 1);

  log('scale: import of each (ours, once)');
  const imported = run(dir, 'import', 'scale.db', name(large));
  const importedSmall = run(dir, 'import', 'scale-small.db', name(small));
  log('scale: export of each (ours, once)');
  const exported = run(dir, 'export', 'scale.db', 'scale.jsonl', exportWorker);
  const exportedSmall = run(dir, 'export', 'scale-small.db', 'scale-small.jsonl', exportWorker);

  log('scale: list, filter and stats queries');
  const dbPath = `${dir}/scale.db`;
  const bytes = sizeOf(dbPath);
  const db = openDatabase(dbPath);
  try {
    const { docs, chars, annotations } = db
      .prepare(
        `SELECT count(*) AS docs, avg(text_length) AS chars,
           (SELECT count(*) FROM annotations) AS annotations FROM documents`,
      )
      .get() as { docs: number; chars: number; annotations: number };
    const workload = `${docs.toLocaleString('en')} docs (mean ${Math.round(chars)} chars), ${annotations.toLocaleString('en')} annotations`;
    const indexStart = performance.now();
    await prepareDocumentSearch(db);
    const indexFill = performance.now() - indexStart;
    const firstPage = timeIt(() => listDocuments(db, { offset: 0, limit: PAGE }));
    // The generator's ids are `synthetic-SEED-N`: this one matches N = 99999 and 999990 to 999999.
    const filterFew = timeIt(() =>
      listDocuments(db, { search: 'synthetic-3-99999', offset: 0, limit: PAGE }),
    );
    // Most documents mention Irak: a keystroke whose hits are counted in the hundreds of thousands.
    const filterMany = timeIt(() => listDocuments(db, { search: 'irak', offset: 0, limit: PAGE }));
    const stats = timeIt(() => corpusStats(db));
    const at = (bound: number): BenchRow['target'] =>
      targets ? { kind: 'at-most', bound } : { kind: 'none' };
    const flat = (other: number): BenchRow['target'] =>
      targets ? { kind: 'flat', otherValue: other, tolerance: 0.25 } : { kind: 'none' };
    const query = (figure: string, value: number, target: BenchRow['target']): BenchRow => ({
      figure,
      workload,
      value,
      unit: 'ms',
      baseline: null,
      target,
    });
    const versus = `${docs.toLocaleString('en')} docs vs ${smallSpec.docs.toLocaleString('en')} (${describeCorpus(spec).replace(/^[\d,]+ docs × /, '')} asked of the generator)`;
    return [
      {
        figure: 'scale: import throughput',
        workload,
        value: imported.documents / imported.seconds,
        unit: 'docs/s',
        baseline: null,
        target: { kind: 'none' },
      },
      {
        figure: 'scale: database size per document',
        workload,
        value: bytes / docs,
        unit: 'bytes',
        baseline: null,
        target: { kind: 'none' },
      },
      query('scale: document list, filter index filled in the background', indexFill, { kind: 'none' }),
      query('scale: document list, first page (query)', firstPage, at(50)),
      query('scale: document list, filter keystroke, few hits (query)', filterFew, at(50)),
      query('scale: document list, filter keystroke, many hits (query)', filterMany, at(50)),
      query('scale: corpus stats / progress query', stats, at(50)),
      {
        figure: 'scale: peak memory, import',
        workload: versus,
        value: imported.maxRssMb,
        unit: 'MB',
        baseline: null,
        target: flat(importedSmall.maxRssMb),
      },
      {
        figure: 'scale: peak memory, export',
        workload: versus,
        value: exported.maxRssMb,
        unit: 'MB',
        baseline: null,
        target: flat(exportedSmall.maxRssMb),
      },
    ];
  } finally {
    closeDatabase(db);
  }
}
