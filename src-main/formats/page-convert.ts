/**
 * One page of the export written in another format, from its records, by a writer of its
 * own: what an export-page thread does for a format whose entry says
 * `pages`, so that converting (tokenizing, above all) runs beside the
 * writing instead of before it. The page comes out as UTF-8 bytes, encoded
 * on the thread that converted it and handed over without a copy: the
 * thread that writes only writes.
 */
import { formatEntry, type ForeignFormat } from './registry.ts';
import type {
  CorpusRecord,
  FormatWriter,
  OutputBytes,
  RecordBytes,
  SchemeForFormats,
  ValuesSeenList,
} from './types.ts';
import { Utf8Builder } from './utf8-builder.ts';
import { LossTally, type LossReport } from './losses.ts';

/** Which format, and the scheme its writers begin with: plain data, for a worker's workerData. */
export interface PageConversion {
  format: ForeignFormat;
  scheme: SchemeForFormats;
}

/** One output of a page: `path` as in Output, `length` its bytes in the page's bytes. */
export type PageFile = OutputBytes;

export interface ConvertedPage {
  /** The page's outputs as UTF-8, one after another, in the order of `files`. */
  bytes: Uint8Array;
  /** For a one-file format, at most one: the page's text. */
  files: PageFile[];
  /** The page's losses tallied: every one counted, the first few listed (LossTally.addReport). */
  losses: LossReport;
  seen: ValuesSeenList;
}

/** Memory for a page's bytes: exactly `size` bytes. */
export type AllocateBytes = (size: number) => Buffer;

const freshMemory: AllocateBytes = (size) => Buffer.allocUnsafeSlow(size);

/** A page given as its records, converted. */
export function recordsConverter(
  { format, scheme }: PageConversion,
  allocate: AllocateBytes = freshMemory,
): (records: Iterable<CorpusRecord>) => ConvertedPage {
  const entry = formatEntry(format);
  if (!entry?.pages) throw new Error(`${format} cannot be written a page at a time`);
  // Kept from page to page: a page is built here, then copied into memory of its own.
  const out = new Utf8Builder();
  return (records) => {
    const writer = entry.writer();
    // The header is the export's own writer's to write, once.
    writer.begin(scheme);
    out.reset();
    const files: PageFile[] = [];
    const losses = new LossTally();
    for (const record of records) {
      const converted = writer.recordInto
        ? writer.recordInto(record, out)
        : writeOutputs(writer, record, out);
      losses.add(converted.losses);
      for (const f of converted.files) {
        if (!entry.folder && f.path !== '') throw new Error(`a one-file format wrote ${f.path}`);
        if (entry.folder) files.push(f);
      }
    }
    if (!entry.folder && out.length > 0) files.push({ path: '', length: out.length });
    const bytes = allocate(out.length);
    bytes.set(out.view());
    return { bytes, files, losses: losses.report(), seen: writer.valuesSeen?.() ?? [] };
  };
}

/** record()'s outputs, encoded into `out`. */
function writeOutputs(writer: FormatWriter, record: CorpusRecord, out: Utf8Builder): RecordBytes {
  const { outputs, losses } = writer.record(record);
  const files = outputs.map((o) => {
    const from = out.length;
    out.string(o.text);
    return { path: o.path, length: out.length - from };
  });
  return { files, losses };
}
