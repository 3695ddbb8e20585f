/**
 * Suggestions (issue 19): computing them for one very long article the way
 * the app does (the `suggestions.compute` call, answered by the database
 * thread), and a corpus `suggest` run against a bare regular-expression scan
 * of the same texts in the same run. Every corpus run is its own process on
 * its own copy of the database.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startBackend } from '../../src-main/backend/client.ts';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { importPathsAsync } from '../../src-main/corpus/import.ts';
import { importSchemeFile } from '../../src-main/scheme/transfer.ts';
import { SAMPLES_DIR } from '../helpers/backend.ts';
import type { BenchRow } from './table.ts';
import { describeCorpus, generateCorpus, generateSmokeCorpus, median, type CorpusSpec } from './workloads.ts';

const CHILD = join(import.meta.dirname, 'suggest-child.ts');
const SCHEME = join(import.meta.dirname, '..', '..', 'resources', 'schemes', 'news-events.json');

export interface SuggestBenchOptions {
  dir: string;
  /** The corpus a `suggest` run covers. */
  corpus: CorpusSpec;
  /** The length of the one long article. */
  articleChars: number;
  targets: boolean;
  log: (msg: string) => void;
}

/** A database of `spec`'s generated corpus with the news-events scheme (all three rule labels). */
async function corpusDatabase(dir: string, name: string, spec: CorpusSpec, smoke: boolean): Promise<string> {
  const jsonl = await (smoke ? generateSmokeCorpus(dir, spec) : generateCorpus(dir, spec));
  const path = join(dir, name);
  const db = openDatabase(path);
  try {
    importSchemeFile(db, SCHEME);
    await importPathsAsync(db, [jsonl]);
  } finally {
    closeDatabase(db);
  }
  return path;
}

interface ChildRun {
  seconds: number;
  documents: number;
  found: number;
}

function child(mode: 'suggest' | 'rules' | 'store' | 'scan', template: string, copy: string): ChildRun {
  copyFileSync(template, copy);
  try {
    const out = execFileSync(process.execPath, [CHILD, mode, copy], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ChildRun;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

/**
 * The `suggestions.compute` call on fresh copies of the article's database, through the database
 * thread, after `documents.get` as in the app.
 */
async function articleRuns(
  template: string,
  copy: string,
  runs: number,
): Promise<{ ms: number[]; added: number }> {
  const ms: number[] = [];
  let added = 0;
  for (let i = 0; i < runs; i++) {
    copyFileSync(template, copy);
    const backend = await startBackend({
      dbPath: copy,
      annotator: null,
      samplesDir: SAMPLES_DIR,
      dialogs: {
        pickImportFiles: async () => null,
        pickImportFolder: async () => null,
        pickExportPath: async () => null,
      },
      emit: () => undefined,
      log: () => undefined,
    });
    try {
      await backend.warmed;
      // The app opens the document first (its text and stored suggestions), then asks for
      // suggestions: that call also holds the text index's background slices off (text-indexer.ts),
      // which would otherwise take the thread for the whole article's text just as this call comes.
      const opened = await backend.request('documents.get', { id: 1 });
      if (!opened.ok) throw new Error(`documents.get: ${opened.error.message}`);
      const t = performance.now();
      const reply = await backend.request('suggestions.compute', { documentId: 1 });
      ms.push(performance.now() - t);
      if (!reply.ok) throw new Error(`suggestions.compute: ${reply.error.message}`);
      added = reply.value.added;
    } finally {
      await backend.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
    }
  }
  return { ms, added };
}

export async function runSuggestBench({
  dir,
  corpus,
  articleChars,
  targets,
  log,
}: SuggestBenchOptions): Promise<BenchRow[]> {
  const smoke = !targets;
  const runs = smoke ? 1 : 3;
  log(
    `suggestions for one ${articleChars.toLocaleString('en')}-character article (${runs}× on fresh copies)`,
  );
  const article = await corpusDatabase(
    dir,
    'suggest-article.db',
    { docs: 1, chars: articleChars, spans: 0 },
    smoke,
  );
  const one = await articleRuns(article, join(dir, 'suggest-article-run.db'), runs);

  log(
    `suggest over ${describeCorpus(corpus)}, its rules alone, its rows stored by a bare loop, then a bare regex scan of the same texts (${runs}× each, in turn)`,
  );
  const template = await corpusDatabase(dir, 'suggest-corpus.db', corpus, smoke);
  const ours: ChildRun[] = [];
  const rules: ChildRun[] = [];
  const store: ChildRun[] = [];
  const bare: ChildRun[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(child('suggest', template, join(dir, 'suggest-run.db')));
    rules.push(child('rules', template, join(dir, 'suggest-rules.db')));
    store.push(child('store', template, join(dir, 'suggest-store.db')));
    bare.push(child('scan', template, join(dir, 'suggest-scan.db')));
  }
  const perSecond = (rs: ChildRun[]) => corpus.docs / median(rs.map((r) => r.seconds));
  const added = ours[0]?.found ?? 0;
  return [
    {
      figure: 'suggestions for a long article (suggestions.compute, on the database thread)',
      workload: `${articleChars.toLocaleString('en')} chars, NUMBER, TIME, ACTOR; ${one.added.toLocaleString('en')} suggestions; opened first (documents.get)`,
      value: median(one.ms),
      unit: 'ms',
      baseline: null,
      target: targets ? { kind: 'at-most', bound: 150 } : { kind: 'none' },
    },
    {
      figure: 'suggest throughput (corpus, worker threads, stored)',
      workload: `${describeCorpus(corpus)}; ${added.toLocaleString('en')} suggestions`,
      value: perSecond(ours),
      unit: 'docs/s',
      baseline: { value: perSecond(bare), label: 'bare regex scan of the same texts' },
      target: targets ? { kind: 'ratio-at-least', ratio: 0.5 } : { kind: 'none' },
    },
    {
      figure: 'suggest throughput, the rules alone (one thread, nothing stored)',
      workload: describeCorpus(corpus),
      value: perSecond(rules),
      unit: 'docs/s',
      baseline: { value: perSecond(bare), label: 'bare regex scan of the same texts' },
      target: { kind: 'none' },
    },
    {
      figure: 'suggest throughput, the storing alone (its rows, bare INSERT loop, one thread)',
      workload: `${describeCorpus(corpus)}; ${(store[0]?.found ?? 0).toLocaleString('en')} rows`,
      value: perSecond(store),
      unit: 'docs/s',
      baseline: { value: perSecond(bare), label: 'bare regex scan of the same texts' },
      target: { kind: 'none' },
    },
  ];
}
