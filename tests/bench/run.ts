/**
 * `npm run bench`: every figure of the performance table, each beside its
 * baseline measured in this same run. Which parts a run holds, and which a
 * run without options holds, is parts.ts's table. `--smoke` runs every part on
 * tiny workloads without targets, so the code is exercised by `npm test` and
 * cannot rot. `--built DIR` runs the app already built in DIR (npm test's
 * out/) instead of building one of its own. The browser part needs the
 * queries' database and brings it along; it times 200 keypresses a latency
 * row (only a p95 over 200 or more is judged). The team part runs on a
 * throwaway PostgreSQL cluster; without PostgreSQL it is skipped with a line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, passes, type BenchRow } from './table.ts';
import { runQueryBench } from './query-bench.ts';
import { CORPUS_SECTIONS, runCorpusBench, type CorpusSection } from './corpus-bench.ts';
import { runMainThreadBench } from './main-thread-bench.ts';
import { runScaleBench } from './scale-bench.ts';
import { JUDGED_P95_SAMPLES, runBrowserBench } from './browser/browser-bench.ts';
import { runAgreementBench } from './agreement-bench.ts';
import { runSuggestBench } from './suggest-bench.ts';
import { runSearchBench } from './search-bench.ts';
import { buildApp, existingBuild, type Built } from './browser/app-page.ts';
import { postgresAvailability } from '../helpers/postgres.ts';
import { runTeamBench } from '../load/team-bench.ts';
import { PART_NAMES, partsToRun, type Part } from './parts.ts';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    only: { type: 'string' },
    built: { type: 'string' },
  },
});
const smoke = values.smoke;
const parts = partsToRun({ only: values.only, all: values.all, smoke });
const part = (name: Part) => parts.has(name);
/** The corpus part's sections by the part that asks for each (parts.ts): `corpus` is the fair one. */
const SECTION_OF: Readonly<Record<CorpusSection, Part>> = {
  fair: 'corpus',
  tables: 'tables',
  formats: 'formats',
  relations: 'relations',
  merge: 'merge',
};
const sections = CORPUS_SECTIONS.filter((s) => part(SECTION_OF[s]));

const dir = mkdtempSync(join(tmpdir(), 'annotator-bench-'));
const rows: BenchRow[] = [];
const startedAt = performance.now();
// Each step with the time since the start, to keep the whole run's length in view.
const log = (msg: string) => {
  const s = Math.round((performance.now() - startedAt) / 1000);
  console.error(`bench: [${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${msg}`);
};
// Built once, on first need: the browser rows run its renderer, the export its built page worker.
let built: Promise<Built> | undefined;
const app = (): Promise<Built> => {
  if (!built) log(values.built === undefined ? 'building the app' : `using the app built in ${values.built}`);
  built ??= values.built === undefined ? buildApp() : existingBuild(values.built);
  return built;
};
log(`parts: ${[...parts].join(', ')}`);
const left = PART_NAMES.filter((p) => !part(p));
if (left.length > 0) log(`left out (--only NAME,… or --all runs them): ${left.join(', ')}`);
try {
  if (sections.length > 0) {
    rows.push(
      ...(await runCorpusBench({
        dir,
        spec: smoke ? { docs: 200, chars: 1000, spans: 5 } : { docs: 20_000, chars: 3000, spans: 20 },
        scale: 5,
        targets: !smoke,
        exportWorker: join((await app()).main, 'export-worker.js'),
        sections,
        log,
      })),
    );
  }
  if (part('main-thread')) {
    rows.push(
      ...(await runMainThreadBench({
        dir,
        spec: smoke ? { docs: 300, chars: 1000, spans: 5 } : { docs: 100_000, chars: 1000, spans: 5 },
        targets: !smoke,
        log,
      })),
    );
  }
  if (part('scale')) {
    rows.push(
      ...(await runScaleBench({
        dir,
        spec: smoke ? { docs: 1000, chars: 300, spans: 3 } : { docs: 1_000_000, chars: 300, spans: 10 },
        shrink: 10,
        targets: !smoke,
        exportWorker: join((await app()).main, 'export-worker.js'),
        log,
      })),
    );
  }
  const queries = smoke
    ? { dir, docs: 300, spansPerDoc: 10, targets: false }
    : { dir, docs: 100_000, spansPerDoc: 10, targets: true };
  if (part('queries') || part('browser')) {
    log('document list and stats queries');
    const queryRows = await runQueryBench(queries);
    if (part('queries')) rows.push(...queryRows);
  }
  // The browser part opens the long documents too: with it, the open part would time the same twice.
  if (part('browser') || part('open')) {
    rows.push(
      ...(await runBrowserBench({
        dir,
        built: await app(),
        ...(part('browser') ? { listDb: join(dir, 'queries.db') } : {}),
        listWorkload: `${queries.docs.toLocaleString('en')} docs in the database`,
        targets: !smoke,
        samples: !part('browser') ? 0 : smoke ? 3 : JUDGED_P95_SAMPLES,
        // Three in the default run, whose ten minutes the million documents mostly take.
        opens: part('browser') ? 5 : 3,
        log,
      })),
    );
  }
  if (part('agreement')) {
    log('agreement between three annotators');
    rows.push(
      ...runAgreementBench(
        smoke
          ? { dir, docs: 200, spansPerAnnotator: 5, targets: false }
          : { dir, docs: 20_000, spansPerAnnotator: 20, targets: true },
      ),
    );
  }
  if (part('suggest')) {
    rows.push(
      ...(await runSuggestBench({
        dir,
        corpus: smoke ? { docs: 200, chars: 1000, spans: 0 } : { docs: 20_000, chars: 3000, spans: 0 },
        articleChars: smoke ? 20_000 : 1_000_000,
        targets: !smoke,
        log,
      })),
    );
  }
  if (part('search')) {
    rows.push(
      ...(await runSearchBench({
        dir,
        spec: smoke ? { docs: 200, chars: 1000, spans: 0 } : { docs: 100_000, chars: 3000, spans: 0 },
        targets: !smoke,
        log,
      })),
    );
  }
  if (part('team')) {
    const availability = postgresAvailability();
    if (!availability.available) log(`team: skipped: ${availability.reason}`);
    else {
      const plan = smoke
        ? { annotators: 3, changes: 40, seconds: 2, intervalSeconds: 0.5 }
        : { annotators: 20, changes: 1000, seconds: 120, intervalSeconds: 2 };
      const team = await runTeamBench({ plan, pending: smoke ? 200 : 10_000, targets: !smoke }, log);
      for (const line of team.lines) log(`team: ${line}`);
      rows.push(...team.rows);
    }
  }
} finally {
  if (built) (await built).remove();
  rmSync(dir, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(formatTable(rows));
log('done');
const missed = rows.filter((r) => passes(r) === false);
if (missed.length) console.log(`targets missed: ${missed.map((r) => r.figure).join('; ')}`);
