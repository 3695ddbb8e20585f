/**
 * The scheme's rows as written, for the scheme editor and the scheme import
 * alike. No checks here: callers check the whole scheme first (check.ts) and
 * the data it would orphan (orphans.ts), inside the same transaction.
 */
import type { Db } from '../db/connection.ts';
import { statement } from '../db/statements.ts';
import type { SchemeAttribute, SchemeRole } from './scheme.ts';

const defaultJson = (a: SchemeAttribute): string | null =>
  a.default === null ? null : JSON.stringify(a.default);
/** Only a choice keeps its values; the table holds '[]' for the rest. */
const choicesJson = (a: SchemeAttribute): string => JSON.stringify(a.type === 'choice' ? a.values : []);

export function insertAttributeRow(db: Db, labelId: number, a: SchemeAttribute): number {
  const { pos } = statement(
    db,
    'SELECT coalesce(max(position), 0) + 1 AS pos FROM attribute_defs WHERE label_id = ?',
  ).get(labelId) as { pos: number };
  const info = statement(
    db,
    `INSERT INTO attribute_defs (label_id, name, type, choices, required, default_value, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(labelId, a.name, a.type, choicesJson(a), a.required ? 1 : 0, defaultJson(a), pos);
  return Number(info.lastInsertRowid);
}

export function updateAttributeRow(db: Db, id: number, a: SchemeAttribute): void {
  statement(
    db,
    'UPDATE attribute_defs SET name = ?, type = ?, choices = ?, required = ?, default_value = ? WHERE id = ?',
  ).run(a.name, a.type, choicesJson(a), a.required ? 1 : 0, defaultJson(a), id);
}

/** A role's fields, its labels by id. */
export type RoleRow = Omit<SchemeRole, 'from' | 'to'> & { from: readonly number[]; to: readonly number[] };

function setRoleLabels(db: Db, roleId: number, role: RoleRow): void {
  statement(db, 'DELETE FROM role_labels WHERE role_id = ?').run(roleId);
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO role_labels (role_id, side, label_id) VALUES (?, ?, ?)',
  );
  for (const labelId of role.from) insert.run(roleId, 'from', labelId);
  for (const labelId of role.to) insert.run(roleId, 'to', labelId);
}

export function insertRoleRow(db: Db, role: RoleRow): number {
  const { pos } = statement(db, 'SELECT coalesce(max(position), 0) + 1 AS pos FROM roles').get() as {
    pos: number;
  };
  const info = statement(
    db,
    'INSERT INTO roles (name, hotkey, description, many, required, position) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(role.name, role.hotkey, role.description, role.many ? 1 : 0, role.required ? 1 : 0, pos);
  const id = Number(info.lastInsertRowid);
  setRoleLabels(db, id, role);
  return id;
}

export function updateRoleRow(db: Db, id: number, role: RoleRow): void {
  statement(
    db,
    'UPDATE roles SET name = ?, hotkey = ?, description = ?, many = ?, required = ? WHERE id = ?',
  ).run(role.name, role.hotkey, role.description, role.many ? 1 : 0, role.required ? 1 : 0, id);
  setRoleLabels(db, id, role);
}
