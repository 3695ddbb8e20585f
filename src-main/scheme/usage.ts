/**
 * How much data a part of the scheme holds: the counts behind every refusal
 * of a change that would orphan data ("EVENT is used by 1,234 annotations").
 */
import type { Db } from '../db/connection.ts';
import type { AttributeValue } from '../db/model.ts';
import { statement } from '../db/statements.ts';

/** The JSON path of an attribute's key; names follow the name rule, so they never hold a quote. */
export const attributePath = (name: string): string => `$."${name}"`;

export function annotationsWithLabel(db: Db, labelId: number): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM annotations WHERE label_id = ?').get(labelId) as { n: number }
  ).n;
}

/** How many of a label's annotations hold a value for attribute `name`. */
export function valueCount(db: Db, labelId: number, name: string): number {
  const path = attributePath(name);
  return (
    statement(
      db,
      'SELECT count(*) AS n FROM annotations WHERE label_id = ? AND attributes -> ? IS NOT NULL',
    ).get(labelId, path) as { n: number }
  ).n;
}

/** Each value a label's annotations hold for attribute `name`, with how many hold it. */
export function valuesInUse(
  db: Db,
  labelId: number,
  name: string,
): { value: AttributeValue; count: number }[] {
  const path = attributePath(name);
  const rows = statement(
    db,
    `SELECT attributes -> ? AS v, count(*) AS n FROM annotations
     WHERE label_id = ? AND attributes -> ? IS NOT NULL GROUP BY v ORDER BY v`,
  ).all(path, labelId, path) as { v: string; n: number }[];
  return rows.map((r) => ({ value: JSON.parse(r.v) as AttributeValue, count: r.n }));
}

export function relationsWithRole(db: Db, roleId: number): number {
  return (statement(db, 'SELECT count(*) AS n FROM relations WHERE role_id = ?').get(roleId) as { n: number })
    .n;
}

/** Relations of a role whose head or child label the role would no longer link. */
export function relationsOutside(
  db: Db,
  roleId: number,
  from: readonly number[],
  to: readonly number[],
): number {
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM relations r
       JOIN annotations h ON h.id = r.head_id JOIN annotations c ON c.id = r.child_id
       WHERE r.role_id = ?
         AND (h.label_id NOT IN (SELECT value FROM json_each(?)) OR c.label_id NOT IN (SELECT value FROM json_each(?)))`,
    ).get(roleId, JSON.stringify(from), JSON.stringify(to)) as { n: number }
  ).n;
}

/** Heads (events) with more than one relation of a role: what a change to one per event would orphan. */
export function headsWithSeveral(db: Db, roleId: number): number {
  return (
    statement(
      db,
      'SELECT count(*) AS n FROM (SELECT head_id FROM relations WHERE role_id = ? GROUP BY head_id HAVING count(*) > 1)',
    ).get(roleId) as { n: number }
  ).n;
}
