/**
 * `npm run soak -- --kills 1000`: the long crash-safety run. Prints the figures
 * and exits non-zero if anything acknowledged was lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashTest } from './harness.ts';
import { printFigures } from './print-figures.ts';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '1000' }, seed: { type: 'string', default: '7' } },
});
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) {
  console.error('soak: --kills takes a whole number ≥ 1');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'annotator-soak-'));
const started = Date.now();
try {
  const figures = await runCrashTest({
    kills,
    dir,
    seed: Number(values.seed),
    onRound: (round, f) => {
      if ((round + 1) % 50 === 0)
        console.error(`… ${round + 1}/${kills} kills, ${f.acknowledged} acknowledged, ${f.lost} lost`);
    },
  });
  printFigures(
    [
      ['kills', figures.kills],
      ['acknowledged changes', figures.acknowledged],
      ['lost', figures.lost],
      ['integrity failures', figures.integrityFailures],
      [
        'committed, unacknowledged',
        `${figures.committedUnacknowledged} (present and whole; killed between commit and ack)`,
      ],
    ],
    figures,
    started,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
