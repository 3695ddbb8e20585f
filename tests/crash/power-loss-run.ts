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
import { printFigures } from './print-figures.ts';

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
  printFigures(
    [
      ['synchronous', values.synchronous ?? 'the app’s setting (FULL)'],
      ['acknowledged changes', figures.acknowledged],
      ['fsyncs on the database', figures.fsyncs],
      ['power cuts replayed', figures.cuts],
      ['cuts that lost a change', figures.lost],
      ['cuts that damaged the db', figures.integrityFailures],
    ],
    figures,
    started,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
