/**
 * One page of the JSONL export written in another format, by a writer of its
 * own: what an export-page thread does for a format whose entry says
 * `pages`, so that converting (tokenizing, above all) runs beside the
 * writing instead of before it. The page comes out as UTF-8 bytes, encoded
 * on the thread that converted it and handed over without a copy: the
 * thread that writes only writes.
 */
import { formatEntry, type ForeignFormat } from './registry.ts';
import type { CorpusRecord, Loss, SchemeForFormats, ValuesSeenList } from './types.ts';

/** Which format, and the scheme its writers begin with: plain data, for a worker's workerData. */
export interface PageConversion {
  format: ForeignFormat;
  scheme: SchemeForFormats;
}

/** One output of a page: `path` as in Output, `length` its bytes in the page's bytes. */
export interface PageFile {
  path: string;
  length: number;
}

export interface ConvertedPage {
  /** The page's outputs as UTF-8, one after another, in the order of `files`. */
  bytes: Uint8Array;
  /** For a one-file format, at most one: the page's text. */
  files: PageFile[];
  losses: Loss[];
  seen: ValuesSeenList;
}

/** Memory for a page's bytes: exactly `size` bytes. */
export type AllocateBytes = (size: number) => Buffer;

const freshMemory: AllocateBytes = (size) => Buffer.allocUnsafeSlow(size);

export function pageConverter(
  { format, scheme }: PageConversion,
  allocate: AllocateBytes = freshMemory,
): (bytes: Uint8Array) => ConvertedPage {
  const entry = formatEntry(format);
  if (!entry?.pages) throw new Error(`${format} cannot be written a page at a time`);
  const decoder = new TextDecoder();
  return (jsonl) => {
    const writer = entry.writer();
    // The header is the export's own writer's to write, once.
    writer.begin(scheme);
    const texts: string[] = [];
    const files: PageFile[] = [];
    const losses: Loss[] = [];
    let size = 0;
    for (const line of decoder.decode(jsonl).split('\n')) {
      if (line === '') continue;
      const converted = writer.record(JSON.parse(line) as CorpusRecord);
      for (const loss of converted.losses) losses.push(loss);
      for (const o of converted.outputs) {
        if (!entry.folder && o.path !== '') throw new Error(`a one-file format wrote ${o.path}`);
        const length = Buffer.byteLength(o.text, 'utf8');
        texts.push(o.text);
        size += length;
        if (entry.folder) files.push({ path: o.path, length });
      }
    }
    if (!entry.folder && size > 0) files.push({ path: '', length: size });
    const bytes = allocate(size);
    let at = 0;
    for (const text of texts) at += bytes.write(text, at, 'utf8');
    return { bytes, files, losses, seen: writer.valuesSeen?.() ?? [] };
  };
}
