import { createHash } from 'node:crypto';
import type { Db } from '../../src-main/db/connection.ts';

/**
 * A digest of every user table's rows: equal digests mean nothing changed.
 * The search index's shadow tables are left out: they derive from the
 * documents, and some have no rowid to order by.
 */
export function databaseDigest(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts_%' ORDER BY name",
    )
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`table ${name}\n`);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
