#!/usr/bin/env node
// `npm run audit:electron`: runs Electronegativity over src-main/ and fails on
// every finding that build/electronegativity-justifications.md does not explain.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// SARIF, not CSV: the tool writes a CSV as two unordered async writes (header
// with 'w', rows with 'a') that race, and CI once read a half-overwritten file.
// The SARIF report is a single write.
const report = join(root, 'test-results', 'electronegativity.sarif');
const justifications = join(root, 'build', 'electronegativity-justifications.md');
const cli = join(
  dirname(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json')),
  'dist',
  'index.js',
);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

mkdirSync(dirname(report), { recursive: true });
/** One run of the tool; whether it wrote a whole report. */
function audit() {
  rmSync(report, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(root, 'build', 'audit-offline.mjs')).href,
      cli,
      ...['-i', join(root, 'src-main'), '-r', '-o', report, '-e', electronVersion, '-v', 'false'],
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  return { run, written: existsSync(report) && readFileSync(report, 'utf8').trim() !== '' };
}
// The tool runs offline (audit-offline.mjs). It may still end with an error
// once its report is written (its look-up of Electron releases fails); the
// report is what counts, so judge by it, and give it three tries.
let { run, written } = audit();
for (let tries = 1; !written && tries < 3; tries++) ({ run, written } = audit());
if (!written) {
  console.error(run.stdout, run.stderr);
  console.error('audit:electron: Electronegativity wrote no report');
  process.exit(1);
}

/** The findings in a SARIF report: check id, file and line:column. */
function sarifFindings(text) {
  let sarif;
  try {
    sarif = JSON.parse(text);
  } catch (error) {
    console.error(`audit:electron: the report is not valid JSON (${error.message})`);
    process.exit(1);
  }
  return (sarif.runs ?? []).flatMap((run) =>
    (run.results ?? []).map((result) => {
      const where = result.locations?.[0]?.physicalLocation;
      return {
        check: result.ruleId,
        file: where?.artifactLocation?.uri,
        location: `${where?.region?.startLine}:${where?.region?.startColumn}`,
      };
    }),
  );
}

const findings = sarifFindings(readFileSync(report, 'utf8'));
const justified = new Set(
  readFileSync(justifications, 'utf8')
    .split('\n')
    .map((l) => /^\|\s*([A-Z_]+)\s*\|\s*([^|]+?)\s*\|/.exec(l))
    .filter(Boolean)
    .map((m) => `${m[1]} ${m[2]}`),
);
const open = findings.filter((f) => !justified.has(`${f.check} ${f.file}`));
const seen = new Set(findings.map((f) => `${f.check} ${f.file}`));
const stale = [...justified].filter((j) => !seen.has(j));

console.log(
  `audit:electron: ${findings.length} finding(s), ${findings.length - open.length} justified, ${open.length} open`,
);
for (const f of open) console.log(`  OPEN  ${f.check} in ${f.file}:${f.location}`);
for (const s of stale) console.log(`  note: justification no longer needed: ${s}`);
process.exit(open.length ? 1 : 0);
