import type { Db } from './connection.ts';
import { statement } from './statements.ts';

/**
 * Span ids the app makes up: `T` and a number, as brat writes them, counting
 * on from the largest such id in the document; a suggestion's are `S` and a
 * number, so that suggestions never use up the numbers of the annotator's
 * own spans (an accepted suggestion keeps its `S` id). An id a file brought
 * along is kept as it came, whatever its form; only new spans get these.
 */
type Prefix = 'T' | 'S';
const NUMBERED: Record<Prefix, RegExp> = { T: /^T([1-9][0-9]{0,14})$/, S: /^S([1-9][0-9]{0,14})$/ };

/** The number of a generated id, or 0 for any other id. */
export const generatedNumber = (uid: string, prefix: Prefix = 'T'): number => {
  const m = NUMBERED[prefix].exec(uid);
  return m?.[1] === undefined ? 0 : Number(m[1]);
};

export const generatedUid = (n: number, prefix: Prefix = 'T'): string => `${prefix}${n}`;

/**
 * The next generated id of a document: after every id its spans have or had.
 * A deleted span's id is not given out again, so an id always means one span
 * (an undo brings a span back under its own id; exports and merges rely on it);
 * the ids of a layer a merge replaced (deleted with origin `import`) are free,
 * nor one a suggestion holds, so accepting keeps ids unique.
 */
export function nextSpanUid(db: Db, documentId: number): string {
  return generatedUid(largestGeneratedNumber(db, documentId) + 1);
}

/**
 * The ids of the document's deleted spans, which are never given out again;
 * those of a layer an import replaced are free again.
 */
const deletedUids = (db: Db, documentId: number): (string | null)[] =>
  statement(
    db,
    `SELECT json_extract(before, '$.uid') FROM annotation_history
     WHERE document_id = ? AND entity = 'annotation' AND action = 'delete' AND origin <> 'import'`,
  )
    .pluck()
    .all(documentId) as (string | null)[];

/** The largest number of a generated id (`prefix`) the document's spans and suggestions have or had. */
export function largestGeneratedNumber(db: Db, documentId: number, prefix: Prefix = 'T'): number {
  const pattern = `${prefix}[1-9]*`;
  const current = statement(
    db,
    `SELECT uid FROM annotations WHERE document_id = ? AND uid GLOB ?
     UNION ALL
     SELECT uid FROM suggestions WHERE document_id = ? AND uid GLOB ?`,
  )
    .pluck()
    .all(documentId, pattern, documentId, pattern) as string[];
  return largestGeneratedNumberAfter(db, documentId, current, prefix);
}

/**
 * The same, for a caller that has just read the ids of the document's spans
 * and suggestions (a merge, a suggest run): only those of deleted spans are
 * read here.
 */
export function largestGeneratedNumberAfter(
  db: Db,
  documentId: number,
  current: Iterable<string>,
  prefix: Prefix = 'T',
): number {
  let max = 0;
  for (const uid of current) max = Math.max(max, generatedNumber(uid, prefix));
  for (const uid of deletedUids(db, documentId)) if (uid) max = Math.max(max, generatedNumber(uid, prefix));
  return max;
}

/** The next generated id after {@link largestGeneratedNumberAfter}. */
export function nextSpanUidAfter(db: Db, documentId: number, current: Iterable<string>): string {
  return generatedUid(largestGeneratedNumberAfter(db, documentId, current) + 1);
}

/** Fills in ids for spans that have none, after the largest generated id among those that have one. */
export function assignUids(uids: readonly (string | null | undefined)[]): string[] {
  let max = 0;
  for (const uid of uids) if (uid) max = Math.max(max, generatedNumber(uid));
  return uids.map((uid) => uid || generatedUid(++max));
}
