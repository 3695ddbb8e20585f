import { existsSync } from 'node:fs';
import { closeDatabase, openDatabase, type Db } from '../db/connection.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../db/model.ts';
import { corpusStats } from '../db/stats.ts';
import { exportCorpus, exportToFile } from '../corpus/export.ts';
import { importPathsAsync } from '../corpus/import.ts';
import { formatProblem } from '../corpus/report.ts';
import { CliError } from './usage.ts';

export interface Io {
  out: NodeJS.WritableStream;
  err: (line: string) => void;
}

/** Export and stats read a corpus: they must not create an empty one by a typo in --db. */
function withDatabase<T>(path: string, mustExist: boolean, fn: (db: Db) => T): T {
  if (mustExist && !existsSync(path)) throw new CliError(`database ${path} does not exist`);
  const db = openDatabase(path);
  try {
    return fn(db);
  } finally {
    closeDatabase(db);
  }
}

async function withDatabaseAsync<T>(
  path: string,
  mustExist: boolean,
  fn: (db: Db) => Promise<T>,
): Promise<T> {
  if (mustExist && !existsSync(path)) throw new CliError(`database ${path} does not exist`);
  const db = openDatabase(path);
  try {
    return await fn(db);
  } finally {
    closeDatabase(db);
  }
}

export async function runImport(
  db: string,
  paths: string[],
  options: { skipInvalid: boolean; createLabels: boolean },
  io: Io,
): Promise<number> {
  if (paths.length === 0) throw new CliError('import needs at least one file or folder');
  const report = await withDatabaseAsync(db, false, (handle) => importPathsAsync(handle, paths, options));
  for (const p of report.invalid) io.err(formatProblem(p));
  for (const s of report.skippedFiles) io.err(`${s.path}: skipped: ${s.reason}`);
  for (const d of report.duplicates) {
    io.err(`${d.file}:${d.line}: duplicate of document "${d.existingId}" (same text), skipped`);
  }
  if (!report.committed) {
    io.err(
      `annotator: nothing imported: ${report.invalid.length} bad record(s); fix them or use --skip-invalid`,
    );
    return 1;
  }
  const parts = [
    `imported ${report.imported} document(s) with ${report.spans} span(s) from ${report.files} file(s)`,
    report.duplicates.length ? `${report.duplicates.length} duplicate(s) skipped` : '',
    report.invalid.length ? `${report.invalid.length} bad record(s) skipped` : '',
    report.createdLabels.length ? `created label(s) ${report.createdLabels.join(', ')}` : '',
  ].filter(Boolean);
  io.out.write(`${parts.join('; ')}\n`);
  return 0;
}

export function parseStatus(value: string | undefined): DocumentStatus | undefined {
  if (value === undefined) return undefined;
  const status = DOCUMENT_STATUSES.find((s) => s === value);
  if (!status) throw new CliError(`--status must be one of ${DOCUMENT_STATUSES.join(', ')}`);
  return status;
}

export async function runExport(
  db: string,
  options: { format: string; out: string | undefined; status: DocumentStatus | undefined },
  io: Io,
): Promise<number> {
  if (options.format !== 'jsonl') throw new CliError(`unsupported --format ${options.format} (only jsonl)`);
  const summary = await withDatabaseAsync(db, true, (handle) =>
    options.out ? exportToFile(handle, options.out, options) : exportCorpus(handle, io.out, options),
  );
  if (options.out)
    io.err(`exported ${summary.documents} document(s) with ${summary.spans} span(s) to ${options.out}`);
  return 0;
}

export function runStats(db: string, json: boolean, io: Io): number {
  const stats = withDatabase(db, true, corpusStats);
  if (json) {
    io.out.write(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const { documents, annotations } = stats;
  const lines = [
    `documents    ${documents.total}`,
    ...DOCUMENT_STATUSES.map((s) => `  ${s.padEnd(11)} ${documents[s]}`),
    `annotations  ${annotations.total}`,
    ...annotations.byLabel.map((l) => `  ${l.label.padEnd(11)} ${l.count}`),
  ];
  io.out.write(`${lines.join('\n')}\n`);
  return 0;
}
