import type { Statement } from 'better-sqlite3';
import type { Db } from './connection.ts';

const cache = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

/**
 * A prepared statement, compiled once per connection. Preparing per call is
 * slow, and each abandoned statement holds native memory that V8 does not see,
 * so a loop that prepares per row grows without bound until a GC happens to run.
 */
export function statement(db: Db, sql: string): Statement<unknown[]> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let stmt = perDb.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    perDb.set(sql, stmt);
  }
  return stmt;
}
