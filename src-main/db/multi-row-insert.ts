/**
 * INSERTs of many rows in one statement: a statement call per row costs more
 * than the row itself. The rows of one statement get consecutive ids
 * (AUTOINCREMENT, nothing else writing meanwhile), the last of them reported
 * as the last insert rowid.
 */

/** Rows per INSERT at most; a statement is prepared (and kept) per row count up to it. */
export const ROWS_PER_INSERT = 32;

/**
 * The text of `head` VALUES with `rows` times `row` (one row's placeholders),
 * made once per row count: the statement cache is keyed by it.
 */
export function multiRowInsert(head: string, row: string): (rows: number) => string {
  const texts: string[] = [];
  return (rows) => (texts[rows] ??= `${head} VALUES ${Array.from({ length: rows }, () => row).join(', ')}`);
}
