/**
 * Reading and writing rows of `relations`. The rules a new relation must
 * meet live in relations.ts; undo (history.ts) writes back what the log says.
 */
import type { Db } from './connection.ts';
import { AppError, notFound } from './errors.ts';
import type { Relation, RelationView } from './model.ts';
import { statement } from './statements.ts';
import { say } from '../text/messages/say.ts';

interface RelationRow {
  id: number;
  document_id: number;
  role_id: number;
  head_id: number;
  child_id: number;
  created_at: string;
}

const toRelation = (r: RelationRow): Relation => ({
  id: r.id,
  documentId: r.document_id,
  roleId: r.role_id,
  headId: r.head_id,
  childId: r.child_id,
  createdAt: r.created_at,
});

/** The relations of a document, as the editor draws them, oldest first. */
export function listRelations(db: Db, documentId: number): RelationView[] {
  return statement(
    db,
    'SELECT id, role_id AS roleId, head_id AS headId, child_id AS childId FROM relations WHERE document_id = ? ORDER BY id',
  ).all(documentId) as RelationView[];
}

export function findRelation(db: Db, id: number): Relation | undefined {
  const row = statement(db, 'SELECT * FROM relations WHERE id = ?').get(id) as RelationRow | undefined;
  return row ? toRelation(row) : undefined;
}

export function getRelation(db: Db, id: number): Relation {
  const found = findRelation(db, id);
  if (!found) throw notFound('relation', id);
  return found;
}

/** The relations an annotation takes part in, as event or as argument, oldest first. */
export function relationsOf(db: Db, annotationId: number): Relation[] {
  const rows = statement(db, 'SELECT * FROM relations WHERE head_id = ? OR child_id = ? ORDER BY id').all(
    annotationId,
    annotationId,
  ) as RelationRow[];
  return rows.map(toRelation);
}

/** The relations of one role from one event, oldest first. */
export function relationsFrom(db: Db, headId: number, roleId: number): Relation[] {
  const rows = statement(db, 'SELECT * FROM relations WHERE head_id = ? AND role_id = ? ORDER BY id').all(
    headId,
    roleId,
  ) as RelationRow[];
  return rows.map(toRelation);
}

/** Why a relation cannot be stored: the SQLite constraint it broke, said as a person would. */
function translateConstraint(db: Db, e: unknown, r: Pick<Relation, 'roleId' | 'headId' | 'childId'>): never {
  const err = e as { code?: string };
  if (err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    throw new AppError('CONFLICT', say('refusals.relation.exists'));
  if (err.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    // Only undo and redo put back relations without checking first: say which end is gone.
    const exists = (table: string, id: number) =>
      statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
    throw new AppError(
      'CONFLICT',
      !exists('roles', r.roleId)
        ? say('refusals.relation.roleGone', { role: r.roleId })
        : say('refusals.relation.endGone', { id: exists('annotations', r.headId) ? r.childId : r.headId }),
    );
  }
  if (typeof err.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT'))
    throw new AppError('VALIDATION', say('refusals.relation.selfStored'));
  throw e;
}

export type RelationInput = Pick<Relation, 'documentId' | 'roleId' | 'headId' | 'childId'> &
  Partial<Pick<Relation, 'id' | 'createdAt'>>;

/** Inserts a relation; with `id` (undo, redo) it comes back under the id it had. */
export function insertRelationRow(db: Db, r: RelationInput): Relation {
  try {
    const info = statement(
      db,
      `INSERT INTO relations (id, document_id, role_id, head_id, child_id, created_at)
       VALUES (?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`,
    ).run(r.id ?? null, r.documentId, r.roleId, r.headId, r.childId, r.createdAt ?? null);
    return getRelation(db, Number(info.lastInsertRowid));
  } catch (e) {
    return translateConstraint(db, e, r);
  }
}

export function writeRelationRow(
  db: Db,
  id: number,
  r: Pick<Relation, 'roleId' | 'headId' | 'childId'>,
): Relation {
  try {
    statement(db, 'UPDATE relations SET role_id = ?, head_id = ?, child_id = ? WHERE id = ?').run(
      r.roleId,
      r.headId,
      r.childId,
      id,
    );
  } catch (e) {
    return translateConstraint(db, e, r);
  }
  return getRelation(db, id);
}

export function removeRelationRow(db: Db, id: number): void {
  statement(db, 'DELETE FROM relations WHERE id = ?').run(id);
}
