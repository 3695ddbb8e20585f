/**
 * `npm run load -- --annotators 20 --changes 1000`: the team server under
 * load on a throwaway PostgreSQL cluster on 127.0.0.1 (Debian's postgresql
 * must be installed), and the two targets as bench rows of the
 * same run. Bounded: at most 50 annotators and 10,000 changes each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, passes, type BenchRow } from '../bench/table.ts';
import { postgresAvailability, startCluster } from '../helpers/postgres.ts';
import { runLoad, timePending } from './sync-load.ts';

const { values } = parseArgs({
  options: {
    annotators: { type: 'string', default: '20' },
    changes: { type: 'string', default: '1000' },
    pending: { type: 'string', default: '10000' },
  },
});

function bounded(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`--${name} takes a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

const annotators = bounded('annotators', values.annotators, 50);
const changes = bounded('changes', values.changes, 10_000);
const pending = bounded('pending', values.pending, 100_000);

const availability = postgresAvailability();
if (!availability.available) process.exit(1);
const dir = mkdtempSync(join(tmpdir(), 'annotator-load-'));
const cluster = await startCluster();
try {
  const times = await timePending(cluster, mkdtempSync(join(dir, 'p-')), pending);
  const load = await runLoad(cluster, mkdtempSync(join(dir, 'l-')), annotators, changes);
  console.log(
    `annotators: ${load.annotators}, changes: ${load.changes.toLocaleString('en')} in ${load.seconds.toFixed(1)} s`,
  );
  console.log(`changes per second: ${load.changesPerSecond.toFixed(0)}`);
  console.log(
    `sync latency: p50 ${load.p50Ms.toFixed(0)} ms, p95 ${load.p95Ms.toFixed(0)} ms over ${load.syncs} syncs`,
  );
  console.log(`lost: ${load.lost}, duplicated: ${load.duplicated}`);
  const workload = `${annotators} annotators × ${changes.toLocaleString('en')} changes, loopback PostgreSQL`;
  const rows: BenchRow[] = [
    {
      figure: 'sync of pending changes (push)',
      workload: `${pending.toLocaleString('en')} changes, loopback PostgreSQL`,
      value: times.push,
      unit: 's',
      baseline: null,
      target: { kind: 'at-most', bound: 5 },
    },
    {
      figure: 'sync of pending changes (pull into a new client)',
      workload: `${pending.toLocaleString('en')} changes, loopback PostgreSQL`,
      value: times.pull,
      unit: 's',
      baseline: null,
      target: { kind: 'at-most', bound: 5 },
    },
    {
      figure: 'concurrent sync latency p95',
      workload,
      value: load.p95Ms / 1000,
      unit: 's',
      baseline: null,
      target: { kind: 'at-most', bound: 1 },
    },
    {
      figure: 'concurrent sync: changes lost',
      workload,
      value: load.lost,
      unit: 'changes',
      baseline: null,
      target: { kind: 'at-most', bound: 0 },
    },
    {
      figure: 'concurrent sync: changes duplicated',
      workload,
      value: load.duplicated,
      unit: 'changes',
      baseline: null,
      target: { kind: 'at-most', bound: 0 },
    },
  ];
  console.log(formatTable(rows));
  const missed = rows.filter((r) => passes(r) === false);
  if (missed.length) {
    console.log(`targets missed: ${missed.map((r) => r.figure).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  cluster.destroy();
  rmSync(dir, { recursive: true, force: true });
}
