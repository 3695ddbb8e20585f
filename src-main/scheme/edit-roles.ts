/**
 * The scheme editor's role calls. A rename keeps the relations (they point
 * at the role's row); narrowing a role (fewer labels, or one per event) is
 * refused while relations would no longer fit; deleting one is refused while
 * relations use it.
 */
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../db/errors.ts';
import { getLabel } from '../db/labels.ts';
import type { Role } from '../db/model.ts';
import { listRoles } from '../db/scheme-read.ts';
import { statement } from '../db/statements.ts';
import { assertEdit } from './edit-check.ts';
import { readStoredScheme } from './from-db.ts';
import { roleChangeRefusal, roleDeleteRefusal } from './orphans.ts';
import type { SchemeRole } from './scheme.ts';
import { forgetUndoSteps, undoRefusal, undoStepsWithRole } from './undo-steps.ts';
import { insertRoleRow, updateRoleRow, type RoleRow } from './write.ts';
import { say } from '../text/messages/say.ts';

export interface NewRole {
  name: string;
  hotkey?: string | null | undefined;
  description?: string | undefined;
  /** Label ids. */
  from: number[];
  to: number[];
  many?: boolean | undefined;
  required?: boolean | undefined;
}

export type RoleChanges = Partial<NewRole>;

export function getRole(db: Db, id: number): Role {
  const role = listRoles(db).find((r) => r.id === id);
  if (!role) throw notFound('role', id);
  return role;
}

/** The role as the scheme names it; every label id must exist. */
function named(db: Db, row: RoleRow): SchemeRole {
  const names = (ids: readonly number[]) => ids.map((id) => getLabel(db, id).name);
  return { ...row, from: names(row.from), to: names(row.to) };
}

export function createRole(db: Db, input: NewRole): Role {
  return db.transaction(() => {
    const row: RoleRow = {
      name: input.name,
      hotkey: input.hotkey ?? null,
      description: input.description ?? '',
      from: input.from,
      to: input.to,
      many: input.many ?? true,
      required: input.required ?? false,
    };
    const role = named(db, row);
    assertEdit(readStoredScheme(db).scheme, (next) => next.roles.push(role));
    return getRole(db, insertRoleRow(db, row));
  })();
}

export function updateRole(db: Db, id: number, changes: RoleChanges): Role {
  return db.transaction(() => {
    const role = getRole(db, id);
    const row: RoleRow = {
      name: changes.name ?? role.name,
      hotkey: changes.hotkey === undefined ? role.hotkey : changes.hotkey,
      description: changes.description ?? role.description,
      from: changes.from ?? role.from,
      to: changes.to ?? role.to,
      many: changes.many ?? role.many,
      required: changes.required ?? role.required,
    };
    const stored = readStoredScheme(db);
    const index = stored.roles.findIndex((r) => r.id === id);
    const changed = named(db, row);
    assertEdit(stored.scheme, (next) => {
      next.roles[index] = changed;
    });
    const refusal = roleChangeRefusal(db, role, row);
    if (refusal) throw new AppError('CONFLICT', refusal);
    updateRoleRow(db, id, row);
    return getRole(db, id);
  })();
}

export interface DeletedRole extends Role {
  /** Undo and redo steps dropped with it (only with `forgetUndo`). */
  forgottenUndoSteps: number;
}

export function deleteRole(db: Db, id: number, forgetUndo = false): DeletedRole {
  return db.transaction(() => {
    const role = getRole(db, id);
    const refusal = roleDeleteRefusal(db, role);
    if (refusal) throw new AppError('CONFLICT', say('scheme.roleDelete', { refusal }));
    const steps = undoStepsWithRole(db, id);
    const undoing = undoRefusal(role.name, steps);
    if (undoing && !forgetUndo) throw new AppError('CONFLICT', undoing);
    const forgottenUndoSteps = forgetUndoSteps(db, steps);
    statement(db, 'DELETE FROM roles WHERE id = ?').run(id);
    return { ...role, forgottenUndoSteps };
  })();
}
