/**
 * What the app's sync status counts from the change log: the changes made
 * here not yet pushed (own rows of both logs after the sync cursor), and
 * which documents a sync's pull changed (rows made elsewhere that arrived).
 */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';
import { clientId } from './keys.ts';
import { readState } from './state.ts';

const LOGS = ['annotation_history', 'status_history'] as const;

/** Changes made in this database that `server` (a serverName) has not been sent yet. */
export function pendingChanges(db: Db, server: string): number {
  const state = readState(db, server);
  const own = `${clientId(db)}-*`;
  const after = { annotation_history: state.pushedHistory, status_history: state.pushedStatus };
  return LOGS.reduce(
    (sum, log) =>
      sum +
      (statement(db, `SELECT count(*) FROM ${log} WHERE id > ? AND change_id GLOB ?`)
        .pluck()
        .get(after[log], own) as number),
    0,
  );
}

/** Where both logs end now: `changedSince` reads what was added after it. */
export type LogMark = Record<(typeof LOGS)[number], number>;

export function logMark(db: Db): LogMark {
  const end = (log: string) =>
    statement(db, `SELECT coalesce(max(id), 0) FROM ${log}`).pluck().get() as number;
  return { annotation_history: end('annotation_history'), status_history: end('status_history') };
}

/** The documents that rows made elsewhere changed since `mark`: what a pull brought in. */
export function changedSince(db: Db, mark: LogMark): number[] {
  const own = `${clientId(db)}-*`;
  const ids = new Set<number>();
  for (const log of LOGS)
    for (const id of statement(
      db,
      `SELECT DISTINCT document_id FROM ${log} WHERE id > ? AND NOT change_id GLOB ?`,
    )
      .pluck()
      .all(mark[log], own) as number[])
      ids.add(id);
  return [...ids].sort((a, b) => a - b);
}
