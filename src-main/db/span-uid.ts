import type { Db } from './connection.ts';
import { statement } from './statements.ts';

/**
 * Span ids the app makes up: `T` and a number, as brat writes them, counting
 * on from the largest such id in the document. An id a file brought along is
 * kept as it came, whatever its form; only new spans get these.
 */
const GENERATED = /^T([1-9][0-9]{0,14})$/;

/** The number of a generated id, or 0 for any other id. */
export const generatedNumber = (uid: string): number => {
  const m = GENERATED.exec(uid);
  return m?.[1] === undefined ? 0 : Number(m[1]);
};

export const generatedUid = (n: number): string => `T${n}`;

/**
 * The next generated id of a document: after every id its spans have or had.
 * A deleted span's id is not given out again, so an id always means one span
 * (an undo brings a span back under its own id; exports and merges rely on it),
 * nor one a suggestion holds, so accepting keeps ids unique.
 */
export function nextSpanUid(db: Db, documentId: number): string {
  return generatedUid(largestGeneratedNumber(db, documentId) + 1);
}

/** The largest number of a generated id the document's spans and suggestions have or had. */
export function largestGeneratedNumber(db: Db, documentId: number): number {
  const uids = statement(
    db,
    `SELECT uid FROM annotations WHERE document_id = ? AND uid GLOB 'T[1-9]*'
     UNION ALL
     SELECT uid FROM suggestions WHERE document_id = ? AND uid GLOB 'T[1-9]*'
     UNION ALL
     SELECT json_extract(before, '$.uid') FROM annotation_history
     WHERE document_id = ? AND entity = 'annotation' AND action = 'delete'`,
  )
    .pluck()
    .all(documentId, documentId, documentId) as (string | null)[];
  let max = 0;
  for (const uid of uids) if (uid) max = Math.max(max, generatedNumber(uid));
  return max;
}

/** Fills in ids for spans that have none, after the largest generated id among those that have one. */
export function assignUids(uids: readonly (string | null | undefined)[]): string[] {
  let max = 0;
  for (const uid of uids) if (uid) max = Math.max(max, generatedNumber(uid));
  return uids.map((uid) => uid || generatedUid(++max));
}
