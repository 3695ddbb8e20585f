/** The sync cursor of this database per server (`sync_state`, migration 8). */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';

export interface SyncState {
  pushedHistory: number;
  pushedStatus: number;
  pushedDocument: number;
  pulledSeq: number;
  pulledDocument: number;
  schemeVersion: number;
  /** The scheme as exported here right after the last sync: a change since is a change made here. */
  schemeJson: string | null;
  lastSync: string | null;
}

const COLUMNS: Record<keyof SyncState, string> = {
  pushedHistory: 'pushed_history',
  pushedStatus: 'pushed_status',
  pushedDocument: 'pushed_document',
  pulledSeq: 'pulled_seq',
  pulledDocument: 'pulled_document',
  schemeVersion: 'scheme_version',
  schemeJson: 'scheme_json',
  lastSync: 'last_sync',
};
const SELECT = Object.entries(COLUMNS)
  .map(([key, column]) => `${column} AS ${key}`)
  .join(', ');

export function readState(db: Db, server: string): SyncState {
  const row = statement(db, `SELECT ${SELECT} FROM sync_state WHERE server = ?`).get(server) as
    SyncState | undefined;
  return (
    row ?? {
      pushedHistory: 0,
      pushedStatus: 0,
      pushedDocument: 0,
      pulledSeq: 0,
      pulledDocument: 0,
      schemeVersion: 0,
      schemeJson: null,
      lastSync: null,
    }
  );
}

/** Stores part of the state, inside the caller's transaction when there is one. */
export function writeState(db: Db, server: string, patch: Partial<SyncState>): void {
  db.transaction(() => {
    statement(db, 'INSERT OR IGNORE INTO sync_state (server) VALUES (?)').run(server);
    for (const [key, value] of Object.entries(patch) as [keyof SyncState, SyncState[keyof SyncState]][])
      statement(db, `UPDATE sync_state SET ${COLUMNS[key]} = ? WHERE server = ?`).run(value, server);
  })();
}
