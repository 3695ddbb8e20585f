import type { Db } from './connection.ts';
import { statement } from './statements.ts';

/**
 * The trigram index (migration 009) answers queries of this many characters
 * or more; a shorter one has no trigram to look up.
 */
export const INDEXED_QUERY_LENGTH = 3;

/**
 * Whether `query` can be looked up in the index: characters counted as the
 * tokenizer does; FTS5's query parser ends a string at a NUL, so a query
 * holding one is left to a scan.
 */
export const isIndexable = (query: string): boolean =>
  [...query].length >= INDEXED_QUERY_LENGTH && !query.includes('\0');

/** The query as one FTS5 phrase: its trigrams in a row, so it matches the text as a substring. */
export const ftsPhrase = (query: string): string => `"${query.replaceAll('"', '""')}"`;

/**
 * Ids, ascending, of the documents whose text contains `query` (ignoring
 * case and accents). Only for indexable queries: a shorter one is refused,
 * since the index cannot answer it and would otherwise match nothing.
 */
export function documentIdsWithText(db: Db, query: string): Int32Array {
  if (!isIndexable(query)) throw new Error(`a text query needs ${INDEXED_QUERY_LENGTH} characters or more`);
  const ids = statement(db, 'SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(ftsPhrase(query)) as number[];
  return Int32Array.from(ids);
}

/** The ids in either of two ascending id lists, ascending, once each. */
export function unionOfIds(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    if (x <= y) i++;
    if (y <= x) j++;
    out[n++] = Math.min(x, y);
  }
  return out.subarray(0, n);
}
