/**
 * One page of the JSONL export written in another format, by a writer of its
 * own: what an export-page thread does for a format whose entry says
 * `pages`, so that converting (tokenizing, above all) runs beside the
 * writing instead of before it.
 */
import { formatEntry, type ForeignFormat } from './registry.ts';
import type { CorpusRecord, Loss, Output, SchemeForFormats, ValuesSeenList } from './types.ts';

/** Which format, and the scheme its writers begin with: plain data, for a worker's workerData. */
export interface PageConversion {
  format: ForeignFormat;
  scheme: SchemeForFormats;
}

export interface ConvertedPage {
  /** For a one-file format, one output holding the page's text. */
  outputs: Output[];
  losses: Loss[];
  seen: ValuesSeenList;
}

export function pageConverter({ format, scheme }: PageConversion): (bytes: Uint8Array) => ConvertedPage {
  const entry = formatEntry(format);
  if (!entry?.pages) throw new Error(`${format} cannot be written a page at a time`);
  const decoder = new TextDecoder();
  return (bytes) => {
    const writer = entry.writer();
    if (writer.begin(scheme).length > 0) throw new Error(`${format} writes a header: not a page format`);
    const outputs: Output[] = [];
    const losses: Loss[] = [];
    let text = '';
    for (const line of decoder.decode(bytes).split('\n')) {
      if (line === '') continue;
      const converted = writer.record(JSON.parse(line) as CorpusRecord);
      for (const loss of converted.losses) losses.push(loss);
      for (const o of converted.outputs) {
        if (!entry.folder && o.path === '') text += o.text;
        else outputs.push(o);
      }
    }
    if (!entry.folder && text !== '') outputs.unshift({ path: '', text });
    return { outputs, losses, seen: writer.valuesSeen?.() ?? [] };
  };
}
