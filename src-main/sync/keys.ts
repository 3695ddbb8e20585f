/**
 * Names of annotations and relations across a team's databases. One made
 * here is `<client id>-n<row id>` (`-r` for a relation): row ids are never
 * reused (AUTOINCREMENT; undo brings a row back under its id), so the name
 * needs no row. One pulled from elsewhere keeps the name it was made with,
 * kept in `sync_keys` (migration 8).
 */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';

export type KeyedEntity = 'annotation' | 'relation';
const LETTER: Record<KeyedEntity, string> = { annotation: 'n', relation: 'r' };

export const clientId = (db: Db): string =>
  statement(db, 'SELECT client_id FROM sync_client WHERE id = 1').pluck().get() as string;

export function keyOf(db: Db, entity: KeyedEntity, localId: number): string {
  const kept = statement(db, 'SELECT key FROM sync_keys WHERE entity = ? AND local_id = ?')
    .pluck()
    .get(entity, localId) as string | undefined;
  return kept ?? `${clientId(db)}-${LETTER[entity]}${localId}`;
}

/** The row id a key names here, or undefined when no row here ever had it. */
export function localIdOf(db: Db, entity: KeyedEntity, key: string): number | undefined {
  const kept = statement(db, 'SELECT local_id FROM sync_keys WHERE entity = ? AND key = ?')
    .pluck()
    .get(entity, key) as number | undefined;
  if (kept !== undefined) return kept;
  const own = `${clientId(db)}-${LETTER[entity]}`;
  if (!key.startsWith(own)) return undefined;
  const id = Number(key.slice(own.length));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function rememberKey(db: Db, entity: KeyedEntity, localId: number, key: string): void {
  statement(db, 'INSERT OR IGNORE INTO sync_keys (entity, local_id, key) VALUES (?, ?, ?)').run(
    entity,
    localId,
    key,
  );
}
