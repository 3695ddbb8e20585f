/**
 * Several annotators syncing at once against a real PostgreSQL cluster:
 * the load run (npm run load) on a small scale, checked for what it
 * reports: every copy of every layer equal to its author's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailability, startCluster, type Cluster } from '../../helpers/postgres.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { runLoad } from '../../load/sync-load.ts';

const availability = postgresAvailability();
let cluster: Cluster;

beforeAll(async () => {
  if (availability.available) cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

describe.skipIf(!availability.available)('concurrent sync (real PostgreSQL)', () => {
  it('four annotators editing and syncing at once lose and double nothing', async () => {
    const figures = await runLoad(cluster, tempDir(), 4, 120);
    expect(figures.changes).toBe(480);
    expect(figures.syncs).toBeGreaterThanOrEqual(4 * 3);
    expect({ lost: figures.lost, duplicated: figures.duplicated }).toEqual({ lost: 0, duplicated: 0 });
  }, 120_000);
});
