import { describe, expect, it } from 'vitest';
import { runCrashTest } from '../../crash/harness.ts';
import { tempDir } from '../../helpers/tmp.ts';

describe('crash safety', () => {
  it('keeps every acknowledged change through 20 random SIGKILLs', async () => {
    const figures = await runCrashTest({ kills: 20, dir: tempDir(), seed: 11 });
    expect(figures.problems).toEqual([]);
    expect(figures.kills).toBe(20);
    // The children really worked between kills, so the check means something.
    expect(figures.acknowledged).toBeGreaterThan(200);
    expect(figures.lost).toBe(0);
    expect(figures.integrityFailures).toBe(0);
  }, 120_000);
});
