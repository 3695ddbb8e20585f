/**
 * Building our records from another tool's file: the defaults a format
 * without them gets, so each reader states only what its format holds.
 */
import { isPlainObject } from '../corpus/record-common.ts';
import { META_KEYS } from '../corpus/record.ts';
import { DOCUMENT_STATUSES } from '../db/model.ts';
import { sha256Hex } from '../text/hash.ts';
import { OffsetMap } from '../text/offsets.ts';
import type { CorpusRecord, RecordSpan } from './types.ts';

/** Our meta keys (corpus/record.ts META_KEYS), as a writer keeps them in another format's meta. */
const OUR_META_KEYS: readonly string[] = META_KEYS;

/** A document id from a file: a string as it is, a number as its digits, anything else none. */
export function idFrom(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Our `meta` back from where a writer kept it (an object with our keys);
 * keys that are not ours go to `extra`, so nothing of the file is dropped.
 */
export function metaFrom(
  value: unknown,
  text: string,
  more: Record<string, unknown> = {},
): CorpusRecord['meta'] {
  const given = isPlainObject(value) ? value : {};
  const extra: Record<string, unknown> = {};
  const keep = (k: string, v: unknown) =>
    Object.defineProperty(extra, k, { value: v, enumerable: true, writable: true });
  if (isPlainObject(given.extra)) for (const [k, v] of Object.entries(given.extra)) keep(k, v);
  for (const [k, v] of Object.entries(given)) if (!OUR_META_KEYS.includes(k)) keep(k, v);
  for (const [k, v] of Object.entries(more)) keep(k, v);
  const text_ = (v: unknown) => (typeof v === 'string' ? v : null);
  const status = DOCUMENT_STATUSES.find((s) => s === given.status) ?? 'todo';
  return {
    date: text_(given.date),
    source: text_(given.source),
    status,
    note: text_(given.note),
    flag: text_(given.flag),
    title: text_(given.title),
    sha256: sha256Hex(text),
    extra,
  };
}

/** A contiguous span with nothing but what every format has; `text` is what it covers. */
export function plainSpan(id: string, start: number, end: number, label: string, text: string): RecordSpan {
  return {
    id,
    start,
    end,
    label,
    text,
    annotator: null,
    attributes: {},
    fragments: [],
    origin: null,
    note: null,
    flag: null,
  };
}

/**
 * `text` between two code-point offsets (what Python's `text[start:end]`
 * gives), or null when they are not offsets inside it.
 */
export function codePointSlicer(text: string): (start: unknown, end: unknown) => string | null {
  const map = new OffsetMap(text);
  return (start, end) => {
    if (typeof start !== 'number' || typeof end !== 'number' || start > end) return null;
    const from = map.toUtf16(start);
    const to = map.toUtf16(end);
    return from === undefined || to === undefined ? null : text.slice(from, to);
  };
}

/** `meta` as a writer keeps it: without the hash, which the reader computes again. */
export function metaForWriting(meta: CorpusRecord['meta']): Record<string, unknown> {
  const { sha256: _hash, ...rest } = meta;
  return rest;
}
