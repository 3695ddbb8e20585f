/** The closing figures of a long crash run (`npm run soak`, `npm run power-loss`), and its exit code. */
export interface Verdict {
  lost: number;
  integrityFailures: number;
  problems: readonly string[];
}

/** Prints each row as a name and its figure, then the time and any problem; fails the process if anything was lost or damaged. */
export function printFigures(
  rows: readonly [string, string | number][],
  verdict: Verdict,
  started: number,
): void {
  for (const [name, figure] of rows) console.log(`${name.padEnd(27)}${figure}`);
  console.log(`${'time'.padEnd(27)}${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const p of verdict.problems) console.log(`problem: ${p}`);
  process.exitCode =
    verdict.lost === 0 && verdict.integrityFailures === 0 && verdict.problems.length === 0 ? 0 : 1;
}
