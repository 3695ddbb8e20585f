/**
 * `npm run load -- --annotators 20 --changes 1000`: the team server under
 * load on a throwaway PostgreSQL cluster on 127.0.0.1 (Debian's postgresql
 * must be installed), and the two targets as bench rows of the
 * same run. Each annotator's changes are spread over `--seconds`, and each
 * syncs every `--interval` seconds (sync-load.ts). Bounded: at most 50
 * annotators, 10,000 changes each, one hour.
 */
import { parseArgs } from 'node:util';
import { formatTable, passes } from '../bench/table.ts';
import { postgresAvailability } from '../helpers/postgres.ts';
import { runTeamBench } from './team-bench.ts';

const { values } = parseArgs({
  options: {
    annotators: { type: 'string', default: '20' },
    changes: { type: 'string', default: '1000' },
    pending: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '120' },
    interval: { type: 'string', default: '2' },
  },
});

function bounded(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`--${name} takes a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

function seconds(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.1 || n > max)
    throw new Error(`--${name} takes a number of seconds from 0.1 to ${max}, not "${value}"`);
  return n;
}

const annotators = bounded('annotators', values.annotators, 50);
const changes = bounded('changes', values.changes, 10_000);
const pending = bounded('pending', values.pending, 100_000);
const plan = {
  annotators,
  changes,
  seconds: seconds('seconds', values.seconds, 3600),
  intervalSeconds: seconds('interval', values.interval, 600),
};

const availability = postgresAvailability();
if (!availability.available) process.exit(1);
const figures = await runTeamBench({ plan, pending, targets: true }, (msg) => console.error(`load: ${msg}`));
for (const line of figures.lines) console.log(line);
console.log(formatTable(figures.rows));
const missed = figures.rows.filter((r) => passes(r) === false);
if (missed.length) {
  console.log(`targets missed: ${missed.map((r) => r.figure).join('; ')}`);
  process.exitCode = 1;
}
