import type { Db } from './connection.ts';
import { statement } from './statements.ts';
import { foldForFind } from '../text/find-fold.ts';

/**
 * Filling the texts' trigram index (migration 009) after the fact: an import
 * stores documents without indexing them, and the app's database thread
 * calls `indexSlice` between other calls until none is left.
 */

/** Name of the SQL function that tells whether a text holds a folded needle, as the index would match it. */
export const CONTAINS_FUNCTION = 'find_contains';

/**
 * Registers CONTAINS_FUNCTION on a connection: the direct scan of the
 * documents not indexed yet, with the folding of find (text/find-fold.ts).
 */
export function registerTextFunctions(db: Db): void {
  db.function(CONTAINS_FUNCTION, { deterministic: true }, (text: unknown, needle: unknown) =>
    typeof text === 'string' && typeof needle === 'string' && foldForFind(text).includes(needle) ? 1 : 0,
  );
}

/** Every document with an id up to this one is in the index; none above it. */
export const indexedThrough = (db: Db): number =>
  statement(db, 'SELECT indexed_through FROM documents_fts_state').pluck().get() as number;

/** How many documents the index lacks and how many there are. */
export function indexState(db: Db): { unindexed: number; total: number } {
  const through = indexedThrough(db);
  const total = statement(db, 'SELECT count(*) FROM documents').pluck().get() as number;
  const unindexed = statement(db, 'SELECT count(*) FROM documents WHERE id > ?')
    .pluck()
    .get(through) as number;
  return { unindexed, total };
}

/** Ids read ahead per look-up; a slice usually stops on time before using them all. */
const READ_AHEAD = 64;

/**
 * Indexes the next documents, in id order, for about `budgetMs` (at least
 * one document), in one transaction that also moves the mark; returns how
 * many were indexed, 0 when none is left. Not inside another transaction:
 * rows an import has not committed may still be rolled back.
 */
export function indexSlice(db: Db, budgetMs: number): number {
  if (db.inTransaction) throw new Error('the text index is filled outside transactions only');
  const slice = db.transaction(() => {
    const through = indexedThrough(db);
    const ids = statement(db, 'SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?')
      .pluck()
      .all(through, READ_AHEAD) as number[];
    const add = statement(
      db,
      'INSERT INTO documents_fts (rowid, text) SELECT id, text FROM documents WHERE id = ?',
    );
    const until = performance.now() + budgetMs;
    let done = 0;
    let last = through;
    for (const id of ids) {
      add.run(id);
      done++;
      last = id;
      if (performance.now() >= until) break;
    }
    if (done > 0) statement(db, 'UPDATE documents_fts_state SET indexed_through = ?').run(last);
    return done;
  });
  // Not synced to disk at commit: a slice lost to a power cut is only indexed again,
  // while waiting for the disk would hold the thread's calls back.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    // Immediate: the read of the next ids and the writes see the same committed rows.
    return slice.immediate();
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
}
