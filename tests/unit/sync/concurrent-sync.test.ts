/**
 * Several annotators syncing at once against a real PostgreSQL cluster:
 * the load run (npm run load) on a small scale, checked for what it
 * reports: every copy of every layer equal to its author's.
 */
import { describe, expect, it } from 'vitest';
import { useCluster } from '../../helpers/postgres.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { runLoad } from '../../load/sync-load.ts';

const postgres = useCluster();

describe.skipIf(!postgres.available)('concurrent sync (real PostgreSQL)', () => {
  it('four annotators editing and syncing at once lose and double nothing', async () => {
    const plan = { annotators: 4, changes: 120, seconds: 4, intervalSeconds: 1 };
    const figures = await runLoad(postgres.cluster, tempDir(), plan);
    expect(figures.changes).toBe(480);
    expect(figures.syncs).toBeGreaterThanOrEqual(4 * 3);
    expect({ lost: figures.lost, duplicated: figures.duplicated }).toEqual({ lost: 0, duplicated: 0 });
  }, 120_000);
});
