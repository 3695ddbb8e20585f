/** Our records as export writes them, built span by span, for the doccano and Label Studio tests. */
import type { CorpusRecord, RecordSpan } from '../../../src-main/formats/types.ts';
import { metaFrom } from '../../../src-main/formats/build.ts';

export function span(
  id: string,
  text: string,
  start: number,
  end: number,
  label: string,
  more: Partial<RecordSpan> = {},
): RecordSpan {
  return {
    id,
    start,
    end,
    label,
    text: [...text].slice(start, end).join(''),
    annotator: null,
    attributes: {},
    fragments: [],
    origin: null,
    note: null,
    flag: null,
    ...more,
  };
}

export function record(
  id: string,
  text: string,
  spans: RecordSpan[] = [],
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

export const NO_SCHEME = { labels: [], roles: [] };
export const WITH_ROLES = { labels: [], roles: [{ name: 'place', from: ['EVENT'], to: ['LOC'] }] };
