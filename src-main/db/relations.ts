/**
 * The writers of relations: a role linking an event (head) to an argument
 * (child) of the same document. Each change is checked against the scheme,
 * logged in the annotation history (`entity = 'relation'`, under its head)
 * and made one undo step. A relation's document is its head's.
 */
import type { Db } from './connection.ts';
import { AppError, notFound } from './errors.ts';
import { documentText } from './document-text.ts';
import type { Annotation, Relation, Role } from './model.ts';
import { listRoles, roleAllows } from './scheme-read.ts';
import { getLabel } from './labels.ts';
import { getAnnotation } from './annotation-rows.ts';
import { describeAnnotation } from './annotation-rules.ts';
import {
  getRelation,
  insertRelationRow,
  relationsFrom,
  removeRelationRow,
  writeRelationRow,
} from './relation-rows.ts';
import { record, type Action } from './history.ts';
import { type MainText, say } from '../text/messages/say.ts';

export { listRelations } from './relation-rows.ts';

export interface NewRelation {
  roleId: number;
  headId: number;
  childId: number;
}

function getRole(db: Db, id: number): Role {
  const role = listRoles(db).find((r) => r.id === id);
  if (!role) throw notFound('role', id);
  return role;
}

/** "A or B or C" (the label names are the user's; "or" is the window's language). */
function labelNames(db: Db, ids: readonly number[]): MainText | string {
  const names = ids.map((id) => getLabel(db, id).name);
  const last = names.pop();
  if (last === undefined) return say('refusals.relation.noLabel');
  return names.reduceRight<MainText | string>(
    (rest, first) => say('refusals.relation.orList', { first, rest }),
    last,
  );
}

/**
 * Refuses a relation the scheme does not allow or the event already has.
 * `self` is the relation being changed, which does not count against itself.
 */
function assertAllowed(db: Db, role: Role, head: Annotation, child: Annotation, self?: number): void {
  if (head.id === child.id) throw new AppError('VALIDATION', say('refusals.relation.self'));
  if (head.documentId !== child.documentId)
    throw new AppError(
      'VALIDATION',
      say('refusals.relation.otherDocument', { head: head.id, child: child.id }),
    );
  if (!roleAllows(role, head.labelId, child.labelId)) {
    const links = { role: role.name, from: labelNames(db, role.from), to: labelNames(db, role.to) };
    const childName = getLabel(db, child.labelId).name;
    throw new AppError(
      'VALIDATION',
      role.from.includes(head.labelId)
        ? say('refusals.relation.notChild', { ...links, child: childName })
        : say('refusals.relation.notHeadChild', {
            ...links,
            head: getLabel(db, head.labelId).name,
            child: childName,
          }),
    );
  }
  const text = documentText(db, head.documentId);
  const others = relationsFrom(db, head.id, role.id).filter((r) => r.id !== self);
  if (others.some((r) => r.childId === child.id))
    throw new AppError(
      'CONFLICT',
      say('refusals.relation.already', {
        head: describeAnnotation(db, head, text),
        child: describeAnnotation(db, child, text),
        role: role.name,
      }),
    );
  const filler = others[0];
  if (!role.many && filler)
    throw new AppError(
      'CONFLICT',
      say('refusals.relation.onlyOne', {
        head: describeAnnotation(db, head, text),
        child: describeAnnotation(db, getAnnotation(db, filler.childId), text),
        role: role.name,
      }),
    );
}

/** Logs a relation change as one undo step of its document; `r` is the relation after it, or before a deletion. */
function log(db: Db, action: Action, r: Relation, before: Relation | null, after: Relation | null): void {
  record(
    db,
    { entity: 'relation', annotationId: r.headId, documentId: r.documentId, action, origin: 'edit' },
    before,
    after,
  );
}

export function createRelation(db: Db, input: NewRelation): Relation {
  return db.transaction(() => {
    const head = getAnnotation(db, input.headId);
    const child = getAnnotation(db, input.childId);
    assertAllowed(db, getRole(db, input.roleId), head, child);
    const created = insertRelationRow(db, { ...input, documentId: head.documentId });
    log(db, 'create', created, null, created);
    return created;
  })();
}

export interface RelationChanges {
  roleId?: number | undefined;
  childId?: number | undefined;
}

/** Gives a relation another role or another argument; its event stays. */
export function updateRelation(db: Db, id: number, changes: RelationChanges): Relation {
  return db.transaction(() => {
    const before = getRelation(db, id);
    const roleId = changes.roleId ?? before.roleId;
    const childId = changes.childId ?? before.childId;
    if (roleId === before.roleId && childId === before.childId) return before;
    const head = getAnnotation(db, before.headId);
    assertAllowed(db, getRole(db, roleId), head, getAnnotation(db, childId), id);
    const after = writeRelationRow(db, id, { roleId, headId: before.headId, childId });
    log(db, 'update', after, before, after);
    return after;
  })();
}

export function deleteRelation(db: Db, id: number): Relation {
  return db.transaction(() => {
    const before = getRelation(db, id);
    removeRelationRow(db, id);
    log(db, 'delete', before, before, null);
    return before;
  })();
}
