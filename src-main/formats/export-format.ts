/**
 * `export --format X`: our JSONL export's lines, each parsed back into its
 * record, run through X's writer. One export path for every format, so what
 * a corpus holds is read in one place; the writer only converts.
 *
 * One output file goes by the rules of output-path.ts (a temporary file
 * renamed into place); a folder (brat) goes by folder-sink.ts.
 */
import { systemErrorText } from '../text/system-error.ts';
import { Writable } from 'node:stream';
import type { Db } from '../db/connection.ts';
import { AppError } from '../db/errors.ts';
import { exportCorpusWith, forEachPage, shippedPool, type ExportOptions } from '../corpus/export.ts';
import type { PoolOptions } from '../corpus/export-page-pool.ts';
import type { ExportSummary } from '../corpus/report.ts';
import { readStoredScheme } from '../scheme/from-db.ts';
import { LossTally, type LossReport } from './losses.ts';
import { tallyLayerLosses } from '../corpus/layer-losses.ts';
import { formatEntry, type FormatEntry, type ForeignFormat } from './registry.ts';
import { folderSink } from './folder-sink.ts';
import { fileSink, type Sink } from './sink.ts';
import type { CorpusRecord, SchemeForFormats } from './types.ts';
import { say } from '../text/messages/say.ts';

export function schemeForFormats(db: Db): SchemeForFormats {
  const { scheme } = readStoredScheme(db);
  return {
    labels: scheme.labels.map((l) => ({
      name: l.name,
      attributes: l.attributes.map((a) => ({ name: a.name, type: a.type, values: a.values })),
    })),
    roles: scheme.roles.map((r) => ({ name: r.name, from: r.from, to: r.to })),
  };
}

function sinkFor(format: FormatEntry, path: string): Sink {
  return format.folder ? folderSink(path) : fileSink(path);
}

/**
 * Receives the JSONL export's bytes and hands each complete line, parsed,
 * to `onRecord`. The export writes whole lines per page, but a line may
 * still span two chunks.
 */
function recordStream(onRecord: (record: CorpusRecord) => void): Writable {
  let rest = '';
  return new Writable({
    decodeStrings: true,
    write(chunk: Buffer, _encoding, done) {
      try {
        const text = rest + chunk.toString('utf8');
        const lines = text.split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line !== '') onRecord(JSON.parse(line) as CorpusRecord);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
    final(done) {
      if (rest !== '') done(new Error('the export ended inside a line'));
      else done();
    },
  });
}

export interface FormatExportResult {
  summary: ExportSummary;
  losses: LossReport;
}

/** Exports the corpus in `format` to `path` (a file, or a folder for a folder format). */
export async function exportInFormat(
  db: Db,
  name: ForeignFormat,
  path: string,
  options: ExportOptions = {},
  pool: PoolOptions = shippedPool(),
): Promise<FormatExportResult> {
  const format = formatEntry(name);
  if (!format) throw new AppError('VALIDATION', say('refusals.formatUnavailable', { format: name }));
  const sink = sinkFor(format, path);
  const tally = new LossTally();
  tallyLayerLosses(db, options, tally);
  const writer = format.writer();
  const scheme = schemeForFormats(db);
  // Whether a record is written yet: each page's writer starts as if first.
  let written = false;
  try {
    sink.write(writer.begin(scheme));
    const summary = format.pages
      ? await forEachPage(pool, db, options, { format: name, scheme }, (page) => {
          if (!page.converted) throw new Error('an export page came back unconverted');
          if (page.documents > 0) {
            if (written && writer.between) sink.write([{ path: '', text: writer.between }]);
            written = true;
          }
          tally.addReport(page.converted.losses);
          writer.addValuesSeen?.(page.converted.seen);
          sink.writePage(page.converted);
          page.recycle?.();
        })
      : await throughRecords(db, options, pool, (record) => {
          const { outputs, losses } = writer.record(record);
          tally.add(losses);
          sink.write(outputs);
        });
    sink.write(writer.end(scheme));
    await sink.finish();
    return { summary, losses: tally.report() };
  } catch (e) {
    sink.discard();
    throw e instanceof AppError
      ? e
      : new AppError('IO', say('refusals.write.failed', { path, detail: systemErrorText(e) }));
  }
}

/** The JSONL export's records, one by one, on this thread. */
async function throughRecords(
  db: Db,
  options: ExportOptions,
  pool: PoolOptions,
  onRecord: (record: CorpusRecord) => void,
): Promise<ExportSummary> {
  const records = recordStream(onRecord);
  const summary = await exportCorpusWith(pool, db, records, options);
  await new Promise<void>((resolve, reject) => {
    records.end((e?: Error | null) => (e ? reject(e) : resolve()));
  });
  return summary;
}
