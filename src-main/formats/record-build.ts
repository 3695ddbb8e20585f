/** A new document for our import, built by a format reader from a text and its spans. */
import { idFromTextSha, sha256Hex } from '../text/hash.ts';
import type { CorpusRecord, RecordSpan } from './types.ts';

/** Code points of a UTF-16 prefix length, for building offsets while text is appended. */
export const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** A relation by the positions of its spans in the `spans` given to newRecord. */
export interface RelationAt {
  head: number;
  child: number;
  label: string;
}

export interface SpanAt {
  start: number;
  end: number;
  label: string;
}

/**
 * A record with `text` and spans given in code points; span ids T1, T2, … in
 * order; no id of its own gives `doc-` and 16 hex digits of the text's
 * SHA-256, as our import names a record without one.
 */
export function newRecord(
  text: string,
  spans: readonly SpanAt[],
  relations: readonly RelationAt[],
  meta: Partial<
    Pick<CorpusRecord['meta'], 'date' | 'source' | 'title' | 'status' | 'note' | 'flag' | 'extra'>
  > & {
    id?: string;
  } = {},
): CorpusRecord {
  const chars = [...text];
  const sha256 = sha256Hex(text);
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => {
      const x = spans[a];
      const y = spans[b];
      return x && y ? x.start - y.start || x.end - y.end : 0;
    });
  const idOf = new Map(order.map((at, i) => [at, `T${i + 1}`]));
  const recordSpans: RecordSpan[] = order
    .flatMap((at) => spans[at] ?? [])
    .map((s, i) => ({
      id: `T${i + 1}`,
      start: s.start,
      end: s.end,
      label: s.label,
      text: chars.slice(s.start, s.end).join(''),
      annotator: null,
      attributes: {},
      fragments: [],
      origin: null,
      note: null,
      flag: null,
    }));
  return {
    id: meta.id ?? idFromTextSha(sha256),
    text,
    meta: {
      date: meta.date ?? null,
      source: meta.source ?? null,
      status: meta.status ?? 'todo',
      note: meta.note ?? null,
      flag: meta.flag ?? null,
      title: meta.title ?? null,
      sha256,
      extra: meta.extra ?? {},
    },
    spans: recordSpans,
    relations: relations.map((r) => ({
      head: idOf.get(r.head) ?? '',
      child: idOf.get(r.child) ?? '',
      label: r.label,
    })),
  };
}
