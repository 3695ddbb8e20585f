/** Records for the format tests, built with code-point offsets found by the covered text. */
import { newRecord } from '../../../src-main/formats/record-build.ts';
import type { CorpusRecord, SchemeForFormats } from '../../../src-main/formats/types.ts';

/** Code-point offsets of the `nth` occurrence of `part` in `text`. */
export function find(text: string, part: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(part, at + 1);
  if (at < 0) throw new Error(`${part} not in text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...part].length };
}

export function record(
  text: string,
  spans: [string, string, number?][],
  relations: [number, number, string][] = [],
): CorpusRecord {
  return newRecord(
    text,
    spans.map(([part, label, nth]) => ({ ...find(text, part, nth), label })),
    relations.map(([head, child, label]) => ({ head, child, label })),
    { id: 'nos-1', date: '2021-07', status: 'done' },
  );
}

export const SCHEME: SchemeForFormats = {
  labels: ['EVENT', 'ACTOR', 'NUMBER'].map((name) => ({ name, attributes: [] })),
  roles: [{ name: 'agent', from: ['EVENT'], to: ['ACTOR'] }],
};
