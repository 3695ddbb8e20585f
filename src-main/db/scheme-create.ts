/**
 * Additions to the annotation scheme that an import makes with the option to
 * create labels: an attribute a span brings, a role a relation names. The
 * scheme editor has its own, fuller writers; these only add.
 */
import type { Db } from './connection.ts';
import type { AttributeType } from './model.ts';
import { statement } from './statements.ts';

/** Adds attribute `name` to label `labelId`, after its other attributes. Returns its id. */
export function addAttributeDef(
  db: Db,
  labelId: number,
  def: { name: string; type: AttributeType; values: readonly string[] },
): number {
  const { maxPos } = statement(
    db,
    'SELECT coalesce(max(position), 0) AS maxPos FROM attribute_defs WHERE label_id = ?',
  ).get(labelId) as { maxPos: number };
  const info = statement(
    db,
    'INSERT INTO attribute_defs (label_id, name, type, choices, position) VALUES (?, ?, ?, ?, ?)',
  ).run(labelId, def.name, def.type, JSON.stringify(def.values), maxPos + 1);
  return Number(info.lastInsertRowid);
}

/** Adds role `name`, after the other roles, linking no labels yet. Returns its id. */
export function addRole(db: Db, name: string): number {
  const { maxPos } = statement(db, 'SELECT coalesce(max(position), 0) AS maxPos FROM roles').get() as {
    maxPos: number;
  };
  const info = statement(db, 'INSERT INTO roles (name, position) VALUES (?, ?)').run(name, maxPos + 1);
  return Number(info.lastInsertRowid);
}

/** Lets role `roleId` link label `fromLabelId` (the head) to label `toLabelId` (the child). */
export function addRoleLabels(db: Db, roleId: number, fromLabelId: number, toLabelId: number): void {
  const add = statement(db, 'INSERT OR IGNORE INTO role_labels (role_id, side, label_id) VALUES (?, ?, ?)');
  add.run(roleId, 'from', fromLabelId);
  add.run(roleId, 'to', toLabelId);
}
