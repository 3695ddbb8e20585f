import { describe, expect, it } from 'vitest';
import { runPowerLossTest } from '../../crash/power-loss.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('power loss', () => {
  it('keeps every acknowledged change at every cut of the power, with the app’s settings', async () => {
    // 120 changes fill the WAL past SQLite's 1000-page auto-checkpoint, so the log
    // also holds a checkpoint, a WAL restart and the checkpoint of a clean close.
    const figures = await runPowerLossTest({ dir: tempDir(), changes: 120, seed: 5, randomCuts: 40 });
    expect(figures.problems).toEqual([]);
    expect(figures.acknowledged).toBe(120);
    expect(figures.fsyncs).toBeGreaterThan(120);
    expect(figures.cuts).toBeGreaterThan(250);
    expect(figures.lost).toBe(0);
    expect(figures.integrityFailures).toBe(0);
  }, 120_000);

  it.each(['OFF', 'NORMAL'])(
    'catches synchronous = %s: acknowledged changes are lost',
    async (synchronous) => {
      const figures = await runPowerLossTest({ dir: tempDir(), changes: 20, seed: 5, synchronous });
      expect(figures.acknowledged).toBe(20);
      expect(figures.lost).toBeGreaterThan(0);
      expect(figures.problems[0]).toMatch(/^after ack 1: 1 changes acknowledged, the first 0 survived$/);
    },
    60_000,
  );
});
