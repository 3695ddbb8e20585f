/**
 * `npm run power-loss`: the power-loss test at a chosen size. Prints the
 * figures and exits non-zero if a cut lost an acknowledged change or left a
 * damaged database. `-- --synchronous OFF` forces a weaker setting on the
 * writer, to show the test catches it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runPowerLossTest } from './power-loss.ts';

const { values } = parseArgs({
  options: {
    changes: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    'random-cuts': { type: 'string', default: '200' },
    synchronous: { type: 'string' },
  },
});
const whole = (name: string, text: string, min: number) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`power-loss: --${name} takes a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
};
const changes = whole('changes', values.changes, 1);
const seed = whole('seed', values.seed, 1);
const randomCuts = whole('random-cuts', values['random-cuts'], 0);

const dir = mkdtempSync(join(tmpdir(), 'annotator-power-loss-'));
const started = Date.now();
try {
  const figures = await runPowerLossTest({ dir, changes, seed, randomCuts, synchronous: values.synchronous });
  console.log(`synchronous                ${values.synchronous ?? 'the app’s setting (FULL)'}`);
  console.log(`acknowledged changes       ${figures.acknowledged}`);
  console.log(`fsyncs on the database     ${figures.fsyncs}`);
  console.log(`power cuts replayed        ${figures.cuts}`);
  console.log(`cuts that lost a change    ${figures.lost}`);
  console.log(`cuts that damaged the db   ${figures.integrityFailures}`);
  console.log(`time                       ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const p of figures.problems) console.log(`problem: ${p}`);
  process.exitCode =
    figures.lost === 0 && figures.integrityFailures === 0 && figures.problems.length === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
