/**
 * Applying pulled changes to this database's layers. Each sets its target
 * (an annotation, a relation, a layer's status on a document) to the state
 * it carries and is logged under its own change id with origin `import`
 * (no undo step: it is someone else's work), so a change seen before is
 * skipped. A change that cannot be applied here is returned as a problem
 * in words, never dropped silently.
 */
import type { Db } from '../db/connection.ts';
import { findAnnotation, insertRow, writeRow } from '../db/annotation-rows.ts';
import { record, removeWithRelations, withRelations, type AnnotationState } from '../db/history.ts';
import { findDocumentIdBySha } from '../db/documents.ts';
import { storeLayerStatus } from '../db/layer-rows.ts';
import { layerStatus } from '../db/layers.ts';
import { findRelation, insertRelationRow, removeRelationRow, writeRelationRow } from '../db/relation-rows.ts';
import type { Relation } from '../db/model.ts';
import { nextSpanUid } from '../db/span-uid.ts';
import { statement } from '../db/statements.ts';
import { errorMessage } from '../text/error-message.ts';
import { localIdOf, rememberKey } from './keys.ts';
import type { AnnotationWire, RelationWire, StatusWire, WireChange } from './wire.ts';

export type Applied = 'applied' | 'seen' | { problem: string };

export function alreadyApplied(db: Db, changeId: string): boolean {
  return (
    statement(
      db,
      `SELECT EXISTS (SELECT 1 FROM annotation_history WHERE change_id = ?)
           OR EXISTS (SELECT 1 FROM status_history WHERE change_id = ?)`,
    )
      .pluck()
      .get(changeId, changeId) === 1
  );
}

/**
 * Applies one change inside the caller's transaction, on its own savepoint:
 * a change that fails leaves nothing half-applied and the batch around it
 * goes on.
 */
export function applyChange(db: Db, change: WireChange): Applied {
  if (alreadyApplied(db, change.id)) return 'seen';
  const doc = findDocumentIdBySha(db, change.documentSha256);
  if (!doc) return { problem: noDocument(change) };
  const save = 'sync_apply';
  db.exec(`SAVEPOINT ${save}`);
  try {
    applyTo(db, change, doc.id);
    db.exec(`RELEASE ${save}`);
    return 'applied';
  } catch (e) {
    db.exec(`ROLLBACK TO ${save}`);
    db.exec(`RELEASE ${save}`);
    return { problem: problemOf(change, e) };
  }
}

export const noDocument = (change: WireChange): string =>
  `change ${change.id}: no document with text SHA-256 ${change.documentSha256}`;

export const problemOf = (change: WireChange, e: unknown): string =>
  `change ${change.id} (${change.entity} of layer ${change.layer}): ${errorMessage(e)}`;

/** Applies a change not applied before to document `documentId`; throws when it cannot be. */
export function applyTo(db: Db, change: WireChange, documentId: number): void {
  const ctx: Context = { db, documentId, changeId: change.id, layer: change.layer };
  if (change.entity === 'annotation') applyAnnotation(ctx, change.target, change.state);
  else if (change.entity === 'relation') applyRelation(ctx, change.target, change.state);
  else applyStatus(ctx, change.state);
}

interface Context {
  db: Db;
  documentId: number;
  changeId: string;
  layer: string;
}

export const idByName = (db: Db, table: 'labels' | 'roles', name: string): number => {
  const id = statement(db, `SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number | undefined;
  if (id === undefined)
    throw new Error(`the scheme here has no ${table === 'labels' ? 'label' : 'role'} "${name}"`);
  return id;
};

function applyAnnotation(ctx: Context, key: string, state: AnnotationWire | null): void {
  const { db, documentId } = ctx;
  const localId = localIdOf(db, 'annotation', key);
  const current = localId === undefined ? undefined : findAnnotation(db, localId);
  if (current && current.documentId !== documentId)
    throw new Error(`annotation ${key} belongs to another document`);
  const log = (
    action: 'create' | 'update' | 'delete',
    annotationId: number,
    before: AnnotationState | null,
    after: AnnotationState | null,
  ): void =>
    void record(
      db,
      { entity: 'annotation', annotationId, documentId, action, origin: 'import', changeId: ctx.changeId },
      before,
      after,
    );
  if (state === null) {
    if (!current) return;
    const relations = removeWithRelations(db, current);
    log('delete', current.id, withRelations(current, relations), null);
    return;
  }
  const fields = {
    labelId: idByName(db, 'labels', state.label),
    start: state.start,
    end: state.end,
    attributes: state.attributes,
    fragments: state.fragments,
    origin: state.origin,
    note: state.note,
    flag: state.flag,
  };
  if (current) {
    log('update', current.id, current, writeRow(db, current, fields));
    return;
  }
  const uidTaken = statement(
    db,
    `SELECT EXISTS (SELECT 1 FROM annotations WHERE document_id = ? AND uid = ?)
         OR EXISTS (SELECT 1 FROM suggestions WHERE document_id = ? AND uid = ?)`,
  )
    .pluck()
    .get(documentId, state.uid, documentId, state.uid);
  const created = insertRow(db, {
    ...fields,
    documentId,
    annotator: ctx.layer,
    uid: uidTaken === 1 ? nextSpanUid(db, documentId) : state.uid,
  });
  rememberKey(db, 'annotation', created.id, key);
  const relations = (state.relations ?? []).map((r) => putRelation(ctx, r));
  log('create', created.id, null, withRelations(created, relations));
}

/** Creates or rewrites a relation; returns it as stored. */
function putRelation(ctx: Context, r: RelationWire): Relation {
  const { db, documentId } = ctx;
  const end = (key: string): number => {
    const id = localIdOf(db, 'annotation', key);
    if (id === undefined || !findAnnotation(db, id))
      throw new Error(`a relation names annotation ${key}, not here`);
    return id;
  };
  const fields = { roleId: idByName(db, 'roles', r.role), headId: end(r.head), childId: end(r.child) };
  const localId = localIdOf(db, 'relation', r.key);
  const current = localId === undefined ? undefined : findRelation(db, localId);
  if (current) return writeRelationRow(db, current.id, fields);
  const created = insertRelationRow(db, { ...fields, documentId });
  rememberKey(db, 'relation', created.id, r.key);
  return created;
}

function applyRelation(ctx: Context, key: string, state: RelationWire | null): void {
  const { db, documentId } = ctx;
  const localId = localIdOf(db, 'relation', key);
  const current = localId === undefined ? undefined : findRelation(db, localId);
  const after = state === null ? null : putRelation(ctx, state);
  if (state === null) {
    if (!current) return;
    removeRelationRow(db, current.id);
  }
  const head = (after ?? current)?.headId;
  if (head === undefined) return;
  record(
    db,
    {
      entity: 'relation',
      annotationId: head,
      documentId,
      action: after === null ? 'delete' : current ? 'update' : 'create',
      origin: 'import',
      changeId: ctx.changeId,
    },
    current ?? null,
    after,
  );
}

function applyStatus(ctx: Context, state: StatusWire | null): void {
  if (state === null) return;
  const { db, documentId, layer } = ctx;
  const before = layerStatus(db, documentId, layer);
  storeLayerStatus(db, documentId, layer, state.status);
  statement(
    db,
    "INSERT INTO status_history (document_id, origin, before, after, layer, change_id) VALUES (?, 'edit', ?, ?, ?, ?)",
  ).run(documentId, before, state.status, layer, ctx.changeId);
}
