/**
 * The team server's figures as bench rows (issue 24): push and pull of
 * pending changes, and the concurrent load's sync latency, lost and
 * duplicated changes, all from one throwaway loopback cluster. Shared by
 * `npm run load` and the bench's `team` part.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from '../bench/table.ts';
import { startCluster } from '../helpers/postgres.ts';
import { runLoad, timePending, type LoadPlan } from './sync-load.ts';

export interface TeamSpec {
  plan: LoadPlan;
  pending: number;
  /** False for a smoke run: the rows are printed, not judged. */
  targets: boolean;
}

export interface TeamFigures {
  /** The load's own summary, one line each. */
  lines: string[];
  rows: BenchRow[];
}

const en = (n: number): string => n.toLocaleString('en');

/**
 * Where the clients' databases go: tmpfs when there is one. Each annotator
 * has a disk of their own; twenty simulated ones queueing their fsyncs on
 * this machine's one shared disk would measure that disk, not the sync.
 */
const CLIENT_FOLDER = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

export async function runTeamBench(
  spec: TeamSpec,
  log: (msg: string) => void = () => undefined,
): Promise<TeamFigures> {
  const { plan, pending } = spec;
  const dir = mkdtempSync(join(CLIENT_FOLDER, 'annotator-team-'));
  log('team: starting a PostgreSQL cluster');
  const cluster = await startCluster();
  try {
    log(`team: push and pull of ${en(pending)} pending changes`);
    const times = await timePending(cluster, mkdtempSync(join(dir, 'p-')), pending);
    log(`team: ${plan.annotators} annotators × ${en(plan.changes)} changes over ${plan.seconds} s`);
    const load = await runLoad(cluster, mkdtempSync(join(dir, 'l-')), plan);
    const at = <T extends BenchRow['target']>(target: T): T | { kind: 'none' } =>
      spec.targets ? target : { kind: 'none' };
    const pendingWork = `${en(pending)} changes, loopback PostgreSQL`;
    const work = `${plan.annotators} annotators × ${en(plan.changes)} changes over ${plan.seconds} s, each syncing every ${plan.intervalSeconds} s, one thread each`;
    const row = (
      figure: string,
      workload: string,
      value: number,
      unit: string,
      target: BenchRow['target'],
    ): BenchRow => ({
      figure,
      workload,
      value,
      unit,
      baseline: null,
      target,
    });
    return {
      lines: [
        `annotators: ${load.annotators}, changes: ${en(load.changes)} in ${load.seconds.toFixed(1)} s`,
        `changes per second: ${load.changesPerSecond.toFixed(0)}`,
        `sync latency: p50 ${load.p50Ms.toFixed(0)} ms, p95 ${load.p95Ms.toFixed(0)} ms over ${load.syncs} syncs`,
        `lost: ${load.lost}, duplicated: ${load.duplicated}`,
      ],
      rows: [
        row(
          'team server: push of pending changes',
          pendingWork,
          times.push,
          's',
          at({ kind: 'at-most', bound: 5 }),
        ),
        row(
          'team server: pull of pending changes into a new client',
          pendingWork,
          times.pull,
          's',
          at({ kind: 'at-most', bound: 5 }),
        ),
        row('team server: concurrent sync latency p50', work, load.p50Ms / 1000, 's', { kind: 'none' }),
        row(
          'team server: concurrent sync latency p95',
          work,
          load.p95Ms / 1000,
          's',
          at({ kind: 'at-most', bound: 1 }),
        ),
        row(
          'team server: concurrent sync, changes lost',
          work,
          load.lost,
          'changes',
          at({ kind: 'at-most', bound: 0 }),
        ),
        row(
          'team server: concurrent sync, changes duplicated',
          work,
          load.duplicated,
          'changes',
          at({ kind: 'at-most', bound: 0 }),
        ),
      ],
    };
  } finally {
    cluster.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
