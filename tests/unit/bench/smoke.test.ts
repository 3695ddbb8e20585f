import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtApp } from '../../helpers/built-app.ts';
import { postgresAvailability } from '../../helpers/postgres.ts';

/** The team part's rows: run when PostgreSQL is installed, skipped with a line otherwise. */
const TEAM_FIGURES = [
  'team server: push of pending changes',
  'team server: pull of pending changes into a new client',
  'team server: concurrent sync latency p50',
  'team server: concurrent sync latency p95',
  'team server: concurrent sync, changes lost',
  'team server: concurrent sync, changes duplicated',
];

const RUN = join(import.meta.dirname, '..', '..', 'bench', 'run.ts');

/** The table rows a bench run prints, with the options given (smoke-sized, on the build npm test made). */
function benchRows(...options: string[]): string[] {
  const out = execFileSync(process.execPath, [RUN, '--smoke', '--built', builtApp().dir, ...options], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| figure') && !l.startsWith('| -'));
}

const figureOf = (row: string) => row.split('|')[1]?.trim();

describe('benchmarks', () => {
  it('run end to end on tiny workloads and print every figure', () => {
    const rows = benchRows();
    const figures = rows.map(figureOf);
    expect(figures).toEqual([
      'import throughput, against parsing alone',
      'import throughput, bare loop into our tables, against parsing alone',
      'export throughput',
      'import throughput',
      'import throughput',
      'import throughput',
      'import throughput with spans, against parsing alone',
      'peak memory, import',
      'peak memory, export',
      'export throughput, brat',
      'export throughput, conll2002',
      'export throughput, doccano',
      'export throughput, labelstudio',
      'export throughput, prodigy',
      'import throughput, with relations',
      'import throughput, with relations',
      'export throughput, with relations',
      "merge throughput, another annotator's layer",
      'main-thread event-loop delay p99 during an import',
      'scale: import throughput',
      'scale: database size per document',
      'scale: document list, filter index filled in the background',
      'scale: document list, first page (query)',
      'scale: document list, filter keystroke, few hits (query)',
      'scale: document list, filter keystroke, many hits (query)',
      'scale: corpus stats / progress query',
      'scale: peak memory, import',
      'scale: peak memory, export',
      'document list, first page (query)',
      'document list, first page with guideline warnings counted (query)',
      'document list, filter index filled in the background',
      'document list, filter few hits (query)',
      'document list, filter many hits (query)',
      'corpus stats / progress query',
      'open a long document (click → painted, fetch included)',
      'open a long document (reply in hand → painted)',
      'open a long document (click → painted, fetch included), with 100 relations',
      'open a long document (reply in hand → painted), with 100 relations',
      'annotate latency p50 (key → highlight laid out)',
      'annotate latency p95 (key → highlight laid out)',
      'annotate latency p50 (key → painted)',
      'annotate latency p95 (key → painted)',
      'annotate latency p95 (key → painted), key in the frame after the selection',
      'relabel latency p95 (key → laid out)',
      'relabel latency p95 (key → painted)',
      'resize an edge latency p95 (key → laid out)',
      'resize an edge latency p95 (key → painted)',
      'undo (of the resize) latency p95 (key → laid out)',
      'undo (of the resize) latency p95 (key → painted)',
      'role key latency p95 (key → candidates laid out)',
      'role key latency p95 (key → candidates painted)',
      'link latency p95 (Enter → link laid out)',
      'link latency p95 (Enter → link painted)',
      'document list, first render (to painted)',
      'document list, first filter keystroke after start (key → painted)',
      'document list, filter keystroke p50 (key → list laid out), texts not indexed yet',
      'document list, filter keystroke p95 (key → list laid out), texts not indexed yet',
      'document list, filter keystroke p95 (key → painted), texts not indexed yet',
      'document list, filter keystroke p50 (key → list laid out), texts indexed',
      'document list, filter keystroke p95 (key → list laid out), texts indexed',
      'document list, filter keystroke p95 (key → painted), texts indexed',
      'agreement, every measure (read included)',
      'agreement throughput, against a bare hash-join',
      'suggestions for a long article (suggestions.compute, on the database thread)',
      'suggest throughput (corpus, worker threads, stored)',
      'suggest throughput, the rules alone (one thread, nothing stored)',
      'suggest throughput, the storing alone (its rows, bare INSERT loop, one thread)',
      'document filter, slowest keystroke (id, title and text)',
      'document filter, slowest keystroke, texts not indexed yet',
      'corpus search, first 500 hits with their labels',
      'corpus search, first 500 hits, texts not indexed yet',
      'import (time), texts indexed afterwards',
      'texts indexed in the background after an import (time)',
      'database size with the search index',
      ...(postgresAvailability().available ? TEAM_FIGURES : []),
    ]);
    // Every row carries a measured number, not a placeholder.
    for (const row of rows) expect(row.split('|')[3]).toMatch(/\d/);
  }, 120_000);

  it('open the long documents without the latency rows when the browser part is not asked for', () => {
    // The default run's open part: the same openings, no keys, no document list.
    expect(benchRows('--only', 'open').map(figureOf)).toEqual([
      'open a long document (click → painted, fetch included)',
      'open a long document (reply in hand → painted)',
      'open a long document (click → painted, fetch included), with 100 relations',
      'open a long document (reply in hand → painted), with 100 relations',
    ]);
  }, 120_000);
});
