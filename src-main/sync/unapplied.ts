/**
 * Pulled changes that could not be applied here (`sync_unapplied`,
 * migration 11): kept as they came, tried again on every sync, never
 * dropped unless applied or outdated by a later change of the same target.
 */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';

/** A change as the server's row has it, before it is checked. */
export interface PulledRow {
  seq: number;
  id: string;
  layer: string;
  documentSha256: string;
  entity: string;
  target: string;
  state: unknown;
}

export function keepUnapplied(db: Db, server: string, row: PulledRow, problem: string): void {
  const { seq, ...change } = row;
  statement(
    db,
    `INSERT INTO sync_unapplied (server, seq, change_id, entity, document_sha256, target, change, problem)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (server, change_id) DO UPDATE SET problem = excluded.problem`,
  ).run(server, seq, row.id, row.entity, row.documentSha256, row.target, JSON.stringify(change), problem);
}

export function readUnapplied(db: Db, server: string): PulledRow[] {
  const rows = statement(db, 'SELECT seq, change FROM sync_unapplied WHERE server = ? ORDER BY seq').all(
    server,
  ) as { seq: number; change: string }[];
  return rows.map((r) => ({ seq: r.seq, ...(JSON.parse(r.change) as Omit<PulledRow, 'seq'>) }));
}

export const hasUnapplied = (db: Db, server: string): boolean =>
  statement(db, 'SELECT EXISTS (SELECT 1 FROM sync_unapplied WHERE server = ?)').pluck().get(server) === 1;

/** Forgets a kept change once applied, and the kept ones of its target it outdates. */
export function settle(db: Db, server: string, row: PulledRow): void {
  statement(
    db,
    `DELETE FROM sync_unapplied WHERE server = ? AND (change_id = ?
       OR (entity = ? AND document_sha256 = ? AND target = ? AND seq < ?))`,
  ).run(server, row.id, row.entity, row.documentSha256, row.target, row.seq);
}
