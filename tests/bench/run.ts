/**
 * `npm run bench`: every figure of the performance table, each beside its
 * baseline measured in this same run. `--smoke` runs tiny workloads without
 * targets, so the code is exercised by `npm test` and cannot rot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, passes, type BenchRow } from './table.ts';
import { runQueryBench } from './query-bench.ts';
import { runCorpusBench } from './corpus-bench.ts';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const smoke = values.smoke;

const dir = mkdtempSync(join(tmpdir(), 'annotator-bench-'));
const rows: BenchRow[] = [];
const log = (msg: string) => console.error(`bench: ${msg}`);
try {
  rows.push(
    ...(await runCorpusBench({
      dir,
      spec: smoke ? { docs: 200, chars: 1000, spans: 5 } : { docs: 20_000, chars: 3000, spans: 20 },
      scale: 5,
      targets: !smoke,
      log,
    })),
  );
  log('document list and stats queries');
  rows.push(
    ...runQueryBench(
      smoke
        ? { dir, docs: 300, spansPerDoc: 10, targets: false }
        : { dir, docs: 100_000, spansPerDoc: 10, targets: true },
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(formatTable(rows));
const missed = rows.filter((r) => passes(r) === false);
if (missed.length) console.log(`targets missed: ${missed.map((r) => r.figure).join('; ')}`);
