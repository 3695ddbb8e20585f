/**
 * `npm run eval:suggest [-- --gold DIR]`: scores the suggestion rules on the
 * gold set (tests/fixtures/suggest-gold). For each file that manifest.json
 * (and manifest-times.json, if there) names, with the labels the file is
 * complete for: its texts, spans stripped, are imported into a fresh
 * database with resources/schemes/news-events.json, `suggest` runs over it
 * as the CLI runs it, the corpus is exported with the suggestions, and the
 * suggested spans are scored against the gold ones (score.ts): one line per
 * file and label, then one per label over all files.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { exportCorpus } from '../../src-main/corpus/export.ts';
import { importPathsAsync } from '../../src-main/corpus/import.ts';
import { importSchemeFile } from '../../src-main/scheme/transfer.ts';
import { suggestCorpus } from '../../src-main/suggest/corpus-run.ts';
import { emptyScore, scoreDocument, scoreLine, type LabelScore, type ScoredSpan } from './score.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEME = join(ROOT, 'resources', 'schemes', 'news-events.json');
const MANIFESTS = ['manifest.json', 'manifest-times.json'];

interface GoldRecord {
  id: string;
  text: string;
  meta?: Record<string, unknown>;
  spans?: ScoredSpan[];
}

/** File → the labels it is complete for, from every manifest in `dir`. */
function readManifests(dir: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const name of MANIFESTS) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
    for (const [file, labels] of Object.entries(manifest))
      files.set(file, [...new Set([...(files.get(file) ?? []), ...labels])]);
  }
  if (files.size === 0) throw new Error(`no gold files: ${dir} has no ${MANIFESTS.join(' or ')}`);
  return files;
}

const readRecords = (path: string): GoldRecord[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldRecord);

/** The records as our import reads them, without spans or relations; only the date kept of the meta. */
const stripped = (records: readonly GoldRecord[]): string =>
  records
    .map((r) => `${JSON.stringify({ id: r.id, text: r.text, meta: { date: r.meta?.date ?? null } })}\n`)
    .join('');

async function suggestedSpans(
  dir: string,
  file: string,
  labels: string[],
): Promise<Map<string, ScoredSpan[]>> {
  const records = readRecords(join(dir, file));
  const work = mkdtempSync(join(tmpdir(), 'annotator-eval-'));
  try {
    const input = join(work, 'texts.jsonl');
    writeFileSync(input, stripped(records));
    const db = openDatabase(join(work, 'eval.db'));
    try {
      importSchemeFile(db, SCHEME);
      const report = await importPathsAsync(db, [input]);
      if (report.imported !== records.length)
        throw new Error(
          `${file}: imported ${report.imported} of ${records.length} texts (duplicates or bad records)`,
        );
      await suggestCorpus(db, { labels });
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      await exportCorpus(db, out, { suggestions: true });
      const exported = Buffer.concat(chunks)
        .toString('utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as GoldRecord);
      return new Map(exported.map((r) => [r.id, r.spans ?? []]));
    } finally {
      closeDatabase(db);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Scores every gold file of `dir`; returns the printed lines and the totals per label. */
export async function evaluate(dir: string): Promise<{ lines: string[]; totals: LabelScore[] }> {
  const totals = new Map<string, LabelScore>();
  const lines: string[] = [];
  for (const [file, labels] of readManifests(dir)) {
    const suggested = await suggestedSpans(dir, file, labels);
    for (const label of labels) {
      const score = emptyScore(label);
      for (const record of readRecords(join(dir, file)))
        scoreDocument(score, record.spans ?? [], suggested.get(record.id) ?? []);
      lines.push(`${file}: ${scoreLine(score)}`);
      const total = totals.get(label) ?? emptyScore(label);
      for (const k of ['gold', 'suggested', 'matched', 'valuesRight'] as const) total[k] += score[k];
      totals.set(label, total);
    }
  }
  lines.push('all files:', ...[...totals.values()].map((s) => `  ${scoreLine(s)}`));
  return { lines, totals: [...totals.values()] };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { gold: { type: 'string' } } });
  const dir = values.gold ?? join(ROOT, 'tests', 'fixtures', 'suggest-gold');
  const { lines } = await evaluate(dir);
  console.log(lines.join('\n'));
}
