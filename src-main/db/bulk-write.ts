import type { Db } from './connection.ts';

/** PRAGMA temp_store: 2 is MEMORY. */
const MEMORY = 2;

/**
 * Whether the connection has temporary tables or triggers, which changing
 * temp_store would drop. SQLite lists `temp` among the databases once it is
 * open (a schema change such as a migration's ALTER TABLE opens it too, empty);
 * only then can it hold anything, and only then is it asked.
 */
function tempInUse(db: Db): boolean {
  const open = (db.pragma('database_list') as { name: string }[]).some((d) => d.name === 'temp');
  return open && db.prepare('SELECT count(*) FROM temp.sqlite_schema').pluck().get() !== 0;
}

/**
 * Keeps the statement journals of the write transaction begun next in memory,
 * for a long transaction of many small statements (an import). A statement
 * that fires a trigger and may fail keeps the pages it changes in a statement
 * journal, so that it alone can be undone; SQLite keeps that journal in
 * memory up to 64 KiB and, once one statement has gone past it, in a
 * temporary file for the rest of the transaction: each imported document then
 * cost a dozen system calls writing pages no crash recovery ever reads (the
 * WAL is what makes the commit durable). SQLite decides where they go when
 * the transaction begins, so call this before BEGIN.
 *
 * Scoped, not set for good: the same setting keeps big sorts and temporary
 * tables in memory too, and a sort over a large corpus must stay free to
 * spill to a file. Left alone while temporary tables exist, which the change
 * would drop. Returns the restore, to call once the transaction has ended.
 */
export function statementJournalsInMemory(db: Db): () => void {
  const before = Number(db.pragma('temp_store', { simple: true }));
  if (before === MEMORY || tempInUse(db)) return () => undefined;
  db.pragma(`temp_store = ${MEMORY}`);
  return () => {
    if (db.open && !db.inTransaction && !tempInUse(db)) db.pragma(`temp_store = ${before}`);
  };
}
