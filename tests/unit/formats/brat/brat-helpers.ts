import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BratReader } from '../../../../src-main/formats/brat/read.ts';
import { BratWriter } from '../../../../src-main/formats/brat/write.ts';
import type {
  CorpusRecord,
  FormatWriter,
  Loss,
  ReadResult,
  RecordSpan,
  SchemeForFormats,
} from '../../../../src-main/formats/types.ts';
import { metaFrom } from '../../../../src-main/formats/build.ts';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/formats/brat');

export const SCHEME: SchemeForFormats = {
  labels: [
    {
      name: 'EVENT',
      attributes: [
        { name: 'polarity', type: 'choice', values: ['positive', 'negative'] },
        { name: 'confirmed', type: 'boolean', values: [] },
        { name: 'certainty', type: 'number', values: [] },
        { name: 'quote', type: 'text', values: [] },
      ],
    },
    { name: 'NUMBER', attributes: [] },
    { name: 'ACTOR', attributes: [] },
  ],
  roles: [
    { name: 'agent', from: ['EVENT'], to: ['ACTOR'] },
    { name: 'quantity', from: ['EVENT'], to: ['ACTOR', 'NUMBER'] },
  ],
};

/** A span as brat holds it fully: no annotator, origin or flag. */
export function span(id: string, text: string, start: number, end: number, label: string): RecordSpan {
  const chars = [...text];
  return {
    id,
    start,
    end,
    label,
    text: chars.slice(start, end).join(''),
    annotator: null,
    attributes: {},
    fragments: [],
    origin: null,
    note: null,
    flag: null,
  };
}

export function record(
  id: string,
  text: string,
  spans: RecordSpan[],
  relations: CorpusRecord['relations'] = [],
): CorpusRecord {
  return {
    id,
    text,
    meta: metaFrom(null, text),
    spans,
    relations,
  };
}

export interface Written {
  files: Map<string, string>;
  losses: Loss[];
}

/** Every output of a whole export, by path, and its losses. */
export function writeBrat(records: readonly CorpusRecord[], scheme: SchemeForFormats = SCHEME): Written {
  const writer: FormatWriter = new BratWriter();
  const files = new Map<string, string>();
  const losses: Loss[] = [];
  const put = (outputs: readonly { path: string; text: string }[]): void => {
    for (const o of outputs) {
      if (files.has(o.path)) throw new Error(`${o.path} written twice`);
      files.set(o.path, o.text);
    }
  };
  put(writer.begin(scheme));
  for (const r of records) {
    const out = writer.record(r);
    put(out.outputs);
    losses.push(...out.losses);
  }
  put(writer.end(scheme));
  return { files, losses };
}

/** Reads the written folder back: each `.txt` with its `.ann`, as the CLI pairs them. */
export function readBrat(
  files: ReadonlyMap<string, string>,
  scheme: SchemeForFormats | null = SCHEME,
): ReadResult[] {
  const reader = new BratReader(scheme);
  const results: ReadResult[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith('.txt')) continue;
    const annPath = path.replace(/\.txt$/, '.ann');
    const ann = files.get(annPath);
    const input = [{ path, text }, ...(ann === undefined ? [] : [{ path: annPath, text: ann }])];
    results.push(...reader.read(input));
  }
  return results;
}

export function onlyRecords(results: readonly ReadResult[]): { records: CorpusRecord[]; losses: Loss[] } {
  const records: CorpusRecord[] = [];
  const losses: Loss[] = [];
  for (const r of results) {
    if (r.kind === 'error') throw new Error(`${r.where}: ${r.reason}`);
    records.push(r.record);
    losses.push(...r.losses);
  }
  return { records, losses };
}

/** A fixture pair from brat's repository, as the reader gets it. */
export function fixture(name: string): { path: string; text: string }[] {
  return ['txt', 'ann'].map((ext) => {
    const path = join(FIXTURES, `${name}.${ext}`);
    return { path, text: readFileSync(path, 'utf8') };
  });
}
