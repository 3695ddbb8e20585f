/**
 * `npm run soak -- --kills 1000`: the long crash-safety run. Prints the figures
 * and exits non-zero if anything acknowledged was lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashTest } from './harness.ts';

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
  console.log(`kills                      ${figures.kills}`);
  console.log(`acknowledged changes       ${figures.acknowledged}`);
  console.log(`lost                       ${figures.lost}`);
  console.log(`integrity failures         ${figures.integrityFailures}`);
  console.log(
    `committed, unacknowledged  ${figures.committedUnacknowledged} (present and whole; killed between commit and ack)`,
  );
  console.log(`time                       ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const p of figures.problems) console.log(`problem: ${p}`);
  process.exitCode =
    figures.lost === 0 && figures.integrityFailures === 0 && figures.problems.length === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
