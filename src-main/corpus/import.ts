/**
 * Imports documents (and their spans) into the corpus: sample articles and
 * plain `.txt`, JSONL with code-point offsets, and folders of those.
 *
 * All or nothing: one bad record anywhere and nothing is written, unless
 * `skipInvalid` asks to keep the good ones. Either way every bad record is
 * reported as `file:line: reason`. A record whose text the corpus already
 * has (by SHA-256, whatever its id) is merged into that document layer by
 * layer (merge.ts): new layers added, the same ones left, differing ones
 * reported as conflicts; one that brings nothing new is reported as a
 * duplicate. A file with no document in it (empty, blank lines only) is
 * reported as a skipped file. Another annotator's database is read as
 * records too (import-db.ts).
 *
 * Text policy. JSONL text is stored exactly as given: no Unicode
 * normalization, no line-ending change, so export gives back the same bytes.
 * A `.txt` article loses only a UTF-8 BOM, has CRLF/CR turned into LF, its
 * ` date YYYY-MM ` header (moved to the published date; YYYY and YYYY-MM-DD
 * too, text/date.ts) and the white space after it removed, and trailing
 * white space at the end trimmed (see text-file.ts). Ids may not hold
 * control characters or line breaks (record.ts). A document without an id
 * gets `doc-` and the first 16 hex digits of its text's SHA-256, so
 * re-importing the same text gives the same id.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { statementJournalsInMemory } from '../db/bulk-write.ts';
import { findDocumentIdBySha } from '../db/documents.ts';
import { insertImportedDocument } from '../db/imported.ts';
import { importLayerStatus } from '../db/layer-rows.ts';
import { mergeDocumentMarks } from './import-marks.ts';
import { mergeIntoDocument } from './merge.ts';
import { mergePolicy, refuseChangedText, reportMerge } from './import-merge.ts';
import { idFromTextSha } from '../text/hash.ts';
import { ImportScheme, type SchemeCreated } from './import-scheme.ts';
import { LossTally } from '../formats/losses.ts';
import type { FormatName } from '../formats/types.ts';
import { foreignItems } from './import-foreign.ts';
import { databaseItems } from './import-db.ts';
import { schemeForFormats } from '../formats/export-format.ts';
import { inThreadSource, parallelSource } from './jsonl-source.ts';
import { EmptyFileError, RecordError } from './record-common.ts';
import type { DocumentDraft } from './record.ts';
import { refuseRepeatedSpans } from './record-relations.ts';
import { INVALID_LISTED, type ImportProgress, type ImportReport } from './report.ts';
import { collectSources, skippedFile, SourceError, type SourceFile } from './sources.ts';
import { readTextFile } from './text-file.ts';
import { type MainText, say } from '../text/messages/say.ts';

export interface ImportOptions {
  /** Import the valid records and report the bad ones, instead of importing nothing. */
  skipInvalid?: boolean;
  /**
   * Create labels that spans name but the corpus lacks, attributes a label
   * lacks (typed by their first value) and roles, instead of refusing the record.
   */
  createLabels?: boolean;
  /** Recorded for spans that name no annotator of their own (default: none). */
  annotator?: string | null;
  /**
   * A layer the corpus holds with other annotations than the file's is
   * replaced by the file's, instead of being reported as a conflict.
   */
  replaceLayers?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Read every file in this format (--format); without it, by extension and content (sources.ts). */
  format?: FormatName | undefined;
}

/**
 * Records parsed at once: what the parser worker posts in one message, and
 * how much the async import does between two turns of the event loop. Small,
 * so that parsed records die young instead of waiting in a queue long enough
 * to reach V8's old space: with 50 the import's peak memory grew with the
 * corpus (20k → 100k documents: 222 → 363 MB), with 10 it stays about flat.
 */
const PARSE_BATCH = 10;
/** Records between two progress reports. */
const PROGRESS_EVERY = 200;

class Rollback extends Error {}

interface Run {
  db: Db;
  options: ImportOptions;
  report: ImportReport;
  scheme: ImportScheme;
  problems: number;
  /** Parse JSONL on a worker thread while this thread writes (the async import). */
  parallel: boolean;
  losses: LossTally;
}

function problem(run: Run, file: string, line: number, reason: string, text?: MainText): void {
  run.problems++;
  if (run.report.invalid.length < INVALID_LISTED)
    run.report.invalid.push(text ? { file, line, reason, text } : { file, line, reason });
}

function store(run: Run, draft: DocumentDraft, file: string, line: number): void {
  const { db, report } = run;
  const externalId = draft.externalId ?? idFromTextSha(draft.textSha256);
  const existing = findDocumentIdBySha(db, draft.textSha256);
  if (!existing) refuseChangedText(db, externalId, draft.text);
  const annotator = (s: { annotator: string | null }) => s.annotator ?? run.options.annotator ?? null;
  refuseRepeatedSpans(draft.spans, annotator);
  const created: SchemeCreated = { labels: [], attributes: [], roles: [] };
  const write = () => {
    const { spans, relations } = run.scheme.resolve(draft, annotator, created);
    if (existing) {
      const outcome = mergeIntoDocument(
        db,
        existing.id,
        draft.text,
        spans,
        relations,
        mergePolicy(run.options, draft),
      );
      reportMerge(run.report, { externalId, existingId: existing.externalId }, outcome, { file, line });
      const where = { file, line, existingId: existing.externalId };
      run.report.conflicts.push(...mergeDocumentMarks(db, existing.id, draft, where));
      return;
    }
    const documentId = insertImportedDocument(
      db,
      {
        externalId,
        title: draft.title,
        listTitle: draft.listTitle,
        published: draft.published,
        source: draft.source,
        text: draft.text,
        textSha256: draft.textSha256,
        meta: draft.extraMeta,
        status: draft.status,
        note: draft.note,
        flag: draft.flag,
      },
      spans,
      relations,
    );
    const policy = mergePolicy(run.options, draft);
    for (const layer of new Set([...spans.map((s) => s.annotator), ...policy.statusLayers]))
      if (layer !== null) importLayerStatus(db, documentId, layer, policy.statusOf(layer));
    report.imported++;
    report.spans += draft.spans.length;
  };
  if (!run.options.createLabels) write();
  else {
    // What a refused record added to the scheme goes with it (a savepoint), so --skip-invalid keeps no trace of it.
    try {
      db.transaction(write)();
    } catch (e) {
      run.scheme.reload();
      throw e;
    }
  }
  report.createdLabels.push(...created.labels);
  report.createdAttributes.push(...created.attributes);
  report.createdRoles.push(...created.roles);
}

function attempt(run: Run, file: string, line: number, work: () => void): void {
  try {
    work();
  } catch (e) {
    if (e instanceof RecordError) problem(run, file, line, e.message, e.text);
    else throw e;
  }
}

function importText(run: Run, path: string): void {
  attempt(run, path, 1, () => {
    try {
      store(run, readTextFile(path), path, 1);
    } catch (e) {
      if (e instanceof EmptyFileError) run.report.skippedFiles.push(skippedFile(path, e.text));
      else throw e;
    }
  });
}

/** A step of an import: nothing (give the event loop a turn) or a promise to wait on. */
type Step = void | Promise<void>;

function* importJsonl(
  run: Run,
  source: SourceFile,
  progress: (bytes: number, size: number) => void,
): Generator<Step> {
  const file = source.path;
  const batches = run.parallel ? parallelSource(file, PARSE_BATCH) : inThreadSource(file, PARSE_BATCH);
  let reported = 0;
  let records = 0;
  let blanks = 0;
  try {
    for (;;) {
      const next = batches.next();
      if (next instanceof Promise) {
        yield next;
        continue;
      }
      if (next === null) break;
      for (const item of next.items) {
        if (item.kind === 'blank') {
          blanks++;
          continue;
        }
        records++;
        if (item.kind === 'problem') problem(run, file, item.line, item.reason, item.text);
        else attempt(run, file, item.line, () => store(run, item.draft, file, item.line));
      }
      if (records - reported >= PROGRESS_EVERY || next.bytesRead === next.size) {
        reported = records;
        progress(next.bytesRead, next.size);
      }
      yield;
    }
  } finally {
    batches.close();
  }
  // Nothing to import is not a bad record: the file is reported as skipped.
  if (records === 0) {
    const why = blanks === 0 ? say('records.skipped.emptyJsonl') : say('records.skipped.blankLines');
    run.report.skippedFiles.push(skippedFile(file, why));
  }
}

/** Another tool's file (import-foreign.ts), its records one turn of the event loop apart in batches. */
function* importForeign(run: Run, source: SourceFile & { format: FormatName }): Generator<Step> {
  let records = 0;
  for (const item of foreignItems(source.path, source.format, schemeForFormats(run.db))) {
    if (item.kind === 'losses') {
      run.losses.add(item.losses);
      continue;
    }
    records++;
    if (item.kind === 'problem') problem(run, item.file, item.line, item.reason, item.text);
    else attempt(run, item.file, item.line, () => store(run, item.draft(), item.file, item.line));
    if (records % PARSE_BATCH === 0) yield;
  }
  if (records === 0) run.report.skippedFiles.push(skippedFile(source.path, say('records.skipped.noRecords')));
}

/** Another annotator's database or a returned work package (import-db.ts), merged document by document. */
function* importDatabase(run: Run, path: string): Generator<Step> {
  let records = 0;
  for (const item of databaseItems(path, run.db)) {
    records++;
    if (item.kind === 'problem') problem(run, path, item.line, item.reason, item.text);
    else attempt(run, path, item.line, () => store(run, item.draft, path, item.line));
    if (records % PARSE_BATCH === 0) yield;
  }
  if (records === 0) run.report.skippedFiles.push(skippedFile(path, say('records.skipped.noDocuments')));
}

function* steps(run: Run, paths: readonly string[]): Generator<Step> {
  let sources: ReturnType<typeof collectSources>;
  try {
    sources = collectSources(paths, run.options.format);
  } catch (e) {
    if (e instanceof SourceError) throw new AppError('VALIDATION', e.text);
    throw e;
  }
  const { files, skipped } = sources;
  run.report.files = files.length;
  run.report.skippedFiles = skipped;
  for (const [index, source] of files.entries()) {
    const progress = (bytesDone: number, bytesTotal: number) =>
      run.options.onProgress?.({
        file: source.path,
        filesDone: index,
        filesTotal: files.length,
        bytesDone,
        bytesTotal,
        documents: run.report.imported,
      });
    progress(0, 0);
    const { format } = source;
    if (format === 'jsonl') {
      yield* importJsonl(run, source, progress);
    } else if (format === 'db') {
      yield* importDatabase(run, source.path);
    } else if (format === 'txt') {
      importText(run, source.path);
      yield;
    } else {
      yield* importForeign(run, { path: source.path, format });
    }
  }
  run.options.onProgress?.({
    file: '',
    filesDone: files.length,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: 0,
    documents: run.report.imported,
  });
}

function begin(db: Db, options: ImportOptions, parallel: boolean): Run {
  return {
    db,
    options,
    parallel,
    report: {
      files: 0,
      imported: 0,
      spans: 0,
      duplicates: [],
      merged: [],
      conflicts: [],
      invalid: [],
      invalidTotal: 0,
      createdLabels: [],
      createdAttributes: [],
      createdRoles: [],
      skippedFiles: [],
      losses: { counts: [], total: 0, listed: [] },
      committed: false,
    },
    scheme: new ImportScheme(db, options.createLabels ?? false),
    problems: 0,
    losses: new LossTally(),
  };
}

const mustRollBack = (run: Run): boolean => run.problems > 0 && !run.options.skipInvalid;

function finish(run: Run, committed: boolean): ImportReport {
  const { report } = run;
  report.invalidTotal = run.problems;
  report.losses = run.losses.report();
  if (!committed) {
    report.imported = 0;
    report.spans = 0;
    report.createdLabels = [];
    report.createdAttributes = [];
    report.createdRoles = [];
    report.merged = [];
  }
  report.committed = committed;
  return report;
}

/** Imports synchronously in one transaction (the CLI, tests). */
export function importPaths(db: Db, paths: readonly string[], options: ImportOptions = {}): ImportReport {
  const run = begin(db, options, false);
  const restore = statementJournalsInMemory(db);
  try {
    db.transaction(() => {
      for (const step of steps(run, paths)) {
        // Only the worker source asks to wait, and this import never uses one.
        if (step) throw new Error('a synchronous import cannot wait for a worker');
      }
      if (mustRollBack(run)) throw new Rollback();
    })();
  } catch (e) {
    if (e instanceof Rollback) return finish(run, false);
    throw e;
  } finally {
    restore();
  }
  return finish(run, true);
}

/**
 * The same import, with JSONL parsed on a worker thread while this thread
 * writes, and the event loop given a turn between batches so that progress
 * reaches the window and reads stay answered. Writes from elsewhere must wait
 * until it has finished (the IPC handlers refuse them meanwhile).
 */
export async function importPathsAsync(
  db: Db,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const run = begin(db, options, true);
  const work = steps(run, paths);
  const restore = statementJournalsInMemory(db);
  try {
    db.exec('BEGIN IMMEDIATE');
    for (;;) {
      const next = work.next();
      if (next.done) break;
      await (next.value ?? nextTurn());
    }
    if (mustRollBack(run)) {
      db.exec('ROLLBACK');
      return finish(run, false);
    }
    db.exec('COMMIT');
    return finish(run, true);
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    restore();
  }
}
