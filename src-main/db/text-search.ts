import type { Db } from './connection.ts';
import { statement } from './statements.ts';
import { indexedThrough } from './text-index.ts';
import { foldForFind } from '../text/find-fold.ts';

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
 * Text matches the document filter reads at most. A phrase most texts hold
 * ("de VS hebben") costs the index ~3 ms per 1,000 documents it checks, 300
 * ms over 100,000: past the 50 ms a keystroke may take. The index answers
 * in id order, so the first ones are read and the list says there are more.
 */
export const TEXT_MATCH_CAP = 2000;

/**
 * Characters of the texts not indexed yet (text-index.ts) the filter reads
 * directly at most, past the first document. Counted in characters, not
 * documents: folding and searching a text costs by its length, and 2,000
 * documents of 3,000 characters took a keystroke 300 ms. They are in the
 * index within minutes.
 */
export const TEXT_SCAN_CHARS = 500_000;

export interface TextMatches {
  ids: Int32Array;
  /** More documents may match past `known`: the matches stopped at their cap or the scan at its. */
  more: boolean;
  /** With `more`, the answer is complete for ids up to this one. */
  known: number;
}

/**
 * Ids, ascending, of the first `cap` documents whose text contains `query`
 * (ignoring case and accents), and whether more do: looked up in the index
 * for the indexed documents, read directly for the others (at most
 * `scanChars` characters of them). Only for indexable queries: a shorter
 * one is refused.
 */
export function documentIdsWithText(
  db: Db,
  query: string,
  cap = TEXT_MATCH_CAP,
  scanChars = TEXT_SCAN_CHARS,
): TextMatches {
  if (!isIndexable(query)) throw new Error(`a text query needs ${INDEXED_QUERY_LENGTH} characters or more`);
  const through = indexedThrough(db);
  const ids = statement(
    db,
    'SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid LIMIT ?',
  )
    .pluck()
    .all(ftsPhrase(query), cap + 1) as number[];
  if (ids.length > cap)
    return { ids: Int32Array.from(ids.slice(0, cap)), more: true, known: ids[cap - 1] ?? 0 };
  // The rest are above the mark: read directly, in id order, up to the scan's budget.
  const needle = foldForFind(query);
  const rows = statement(db, 'SELECT id, text FROM documents WHERE id > ? ORDER BY id').iterate(through);
  let read = 0;
  let last = through;
  let stopped = false;
  for (const row of rows as IterableIterator<{ id: number; text: string }>) {
    if (read >= scanChars || ids.length > cap) {
      stopped = true;
      break;
    }
    read += row.text.length;
    if (foldForFind(row.text).includes(needle)) ids.push(row.id);
    last = row.id;
  }
  if (ids.length > cap)
    return { ids: Int32Array.from(ids.slice(0, cap)), more: true, known: ids[cap - 1] ?? 0 };
  return { ids: Int32Array.from(ids), more: stopped, known: last };
}

/** The ids of an ascending list up to `last`. */
export function idsUpTo(ids: Int32Array, last: number): Int32Array {
  let n = ids.length;
  while (n > 0 && (ids[n - 1] ?? 0) > last) n--;
  return ids.subarray(0, n);
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
