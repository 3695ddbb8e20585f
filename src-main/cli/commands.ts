import { existsSync, rmSync } from 'node:fs';
import { closeDatabase, openDatabase, type Db } from '../db/connection.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../db/model.ts';
import { corpusStats } from '../db/stats.ts';
import { annotatorNameProblem } from '../db/annotator-name.ts';
import { exportCorpus, exportToFile, type ExportOptions } from '../corpus/export.ts';
import { exportLayer } from '../corpus/export-layer.ts';
import { importPathsAsync } from '../corpus/import.ts';
import { outputTarget, writeFileAtomically } from '../corpus/output-path.ts';
import type { ImportReport } from '../corpus/report.ts';
import { counted, plural } from '../text/plural.ts';
import { allProblemLines, shownProblemLines } from './problems.ts';
import { CliError } from './usage.ts';
import { exportInFormat } from '../formats/export-format.ts';
import { exportHeading, IMPORT_HEADING, lossLines } from '../formats/losses.ts';
import { layerLosses } from '../corpus/layer-losses.ts';
import { AVAILABLE_FORMATS, foreignFormat, formatEntry } from '../formats/registry.ts';
import type { FormatName } from '../formats/types.ts';

export interface Io {
  out: NodeJS.WritableStream;
  err: (line: string) => void;
}

/** Export and stats read a corpus: they must not create an empty one by a typo in --db. */
export async function withCorpus<T>(path: string, fn: (db: Db) => T | Promise<T>): Promise<T> {
  if (!existsSync(path)) throw new CliError(`database ${path} does not exist`);
  const db = openDatabase(path);
  try {
    return await fn(db);
  } finally {
    closeDatabase(db);
  }
}

export interface ImportCliOptions {
  skipInvalid: boolean;
  createLabels: boolean;
  /** --format: every file in this format; undefined to tell by extension and content. */
  format: FormatName | undefined;
  /** Where to write every problem line (stderr shows the first few of each kind). */
  report: string | undefined;
  /** --annotator: the layer of spans that name no annotator (checked by annotatorNameProblem). */
  annotator: string | undefined;
  /** --replace-layers: a conflicting layer is replaced by the file's. */
  replaceLayers: boolean;
}

/**
 * Imports into `path`, creating the database if needed; a database this run
 * created is removed again if it ends without documents (a missing input,
 * bad records): nothing is left where nothing was imported. One that existed
 * is never removed.
 */
async function importInto(path: string, paths: string[], options: ImportCliOptions): Promise<ImportReport> {
  const existed = existsSync(path);
  const db = openDatabase(path);
  try {
    return await importPathsAsync(db, paths, options);
  } finally {
    const empty = !existed && corpusStats(db).documents.total === 0;
    closeDatabase(db);
    if (empty) removeDatabase(path);
  }
}

/** A database file and the files SQLite keeps beside it (closed, they are normally gone already). */
export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

export async function runImport(
  db: string,
  paths: string[],
  options: ImportCliOptions,
  io: Io,
): Promise<number> {
  if (paths.length === 0) throw new CliError('import needs at least one file or folder');
  const badName = options.annotator === undefined ? null : annotatorNameProblem(options.annotator);
  if (badName !== null) throw new CliError(`--annotator: ${badName}`);
  // A report file that cannot be written is refused before anything is imported.
  if (options.report) outputTarget(options.report);
  const report = await importInto(db, paths, options);
  if (options.report)
    writeFileAtomically(
      options.report,
      allProblemLines(report)
        .map((l) => `${l}\n`)
        .join(''),
    );
  for (const line of shownProblemLines(report, options.report)) io.err(line);
  for (const line of lossLines(report.losses, IMPORT_HEADING)) io.err(line);
  if (!report.committed) {
    io.err(
      `annotator: nothing imported: ${counted(report.invalidTotal, 'bad record')}; fix them or use --skip-invalid`,
    );
    return 1;
  }
  const textOnly = report.duplicates.filter((d) => d.layers.length === 0).length;
  const present = report.duplicates.length - textOnly;
  const layersMerged = report.merged.reduce((n, m) => n + m.added.length + m.replaced.length, 0);
  const parts = [
    `imported ${counted(report.imported, 'document')} with ${counted(report.spans, 'span')} from ${counted(report.files, 'file')}`,
    report.merged.length
      ? `merged ${counted(layersMerged, 'layer')} into ${counted(report.merged.length, 'document')} already in the corpus`
      : '',
    present ? `${counted(present, 'document')} already present, unchanged` : '',
    textOnly ? `${counted(textOnly, 'duplicate')} skipped` : '',
    report.invalidTotal ? `${counted(report.invalidTotal, 'bad record')} skipped` : '',
    report.skippedFiles.length ? `${counted(report.skippedFiles.length, 'file')} not read` : '',
    report.createdLabels.length
      ? `created ${plural(report.createdLabels.length, 'label')} ${report.createdLabels.join(', ')}`
      : '',
    report.createdAttributes.length
      ? `created ${plural(report.createdAttributes.length, 'attribute')} ${report.createdAttributes.join(', ')}`
      : '',
    report.createdRoles.length
      ? `created ${plural(report.createdRoles.length, 'role')} ${report.createdRoles.join(', ')}`
      : '',
  ].filter(Boolean);
  io.out.write(`${parts.join('; ')}\n`);
  if (report.conflicts.length > 0) {
    io.err(
      `annotator: ${counted(report.conflicts.length, 'conflicting layer')} not applied (listed above); import again with --replace-layers to take the file's layers`,
    );
    return EXIT_CONFLICTS;
  }
  return 0;
}

/** The import was written, but layers that conflict with the corpus's were not: a script must notice. */
export const EXIT_CONFLICTS = 2;

export function parseStatus(value: string | undefined): DocumentStatus | undefined {
  if (value === undefined) return undefined;
  const status = DOCUMENT_STATUSES.find((s) => s === value);
  if (!status) throw new CliError(`--status must be one of ${DOCUMENT_STATUSES.join(', ')}`);
  return status;
}

/** `--suggestions exclude|include` (default exclude): whether open suggestions go out as spans. */
export function parseSuggestionsOption(value: string | undefined): boolean {
  if (value === undefined || value === 'exclude') return false;
  if (value === 'include') return true;
  throw new CliError(`--suggestions must be exclude or include, not "${value}"`);
}

export async function runExport(
  db: string,
  options: {
    format: string;
    out: string | undefined;
    status: DocumentStatus | undefined;
    suggestions: boolean;
    /** --layer: gold, an annotator's name, or all (the default). */
    layer: string | undefined;
  },
  io: Io,
): Promise<number> {
  const format = parseFormatOption(options.format);
  // `--out -` is stdout, as without --out.
  const file = options.out === '-' ? undefined : options.out;
  if (format !== 'jsonl') return runFormatExport(db, format, file, options, io);
  const { summary, losses } = await withCorpus(db, async (handle) => {
    const chosen = { ...options, layer: exportLayer(handle, options.layer) };
    return {
      summary: await (file ? exportToFile(handle, file, chosen) : exportCorpus(handle, io.out, chosen)),
      losses: layerLosses(handle, chosen),
    };
  });
  if (file) {
    io.err(
      `exported ${counted(summary.documents, 'document')} with ${counted(summary.spans, 'span')} to ${file}`,
    );
  }
  for (const line of lossLines(losses, exportHeading('jsonl'))) io.err(line);
  return 0;
}

export function parseFormatOption(value: string): FormatName {
  const format = AVAILABLE_FORMATS.find((f) => f === value);
  if (!format) throw new CliError(`--format must be one of ${AVAILABLE_FORMATS.join(', ')}, not "${value}"`);
  return format;
}

/** Another tool's format: to --out only, and every loss it forced listed on stderr. */
async function runFormatExport(
  db: string,
  format: FormatName,
  out: string | undefined,
  filter: ExportOptions,
  io: Io,
): Promise<number> {
  const foreign = foreignFormat(format);
  const entry = foreign && formatEntry(foreign);
  if (!foreign || !entry) throw new CliError(`--format ${format} is not available in this build`);
  if (!out) throw new CliError(`export --format ${format} needs --out ${entry.folder ? 'FOLDER' : 'FILE'}`);
  const { summary, losses } = await withCorpus(db, (handle) =>
    exportInFormat(handle, foreign, out, { ...filter, layer: exportLayer(handle, filter.layer) }),
  );
  io.err(
    `exported ${counted(summary.documents, 'document')} with ${counted(summary.spans, 'span')} to ${out} as ${format}`,
  );
  for (const line of lossLines(losses, exportHeading(format))) io.err(line);
  return 0;
}

export async function runStats(db: string, json: boolean, io: Io): Promise<number> {
  const stats = await withCorpus(db, corpusStats);
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
