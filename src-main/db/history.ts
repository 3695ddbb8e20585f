/**
 * The append-only annotation history and the undo and redo that walk it.
 * One row per user action: an annotation change (a deletion's `before`
 * carries the relations it took along) or a relation change
 * (`entity = 'relation'`, `annotation_id` its head). Undo and redo put the
 * `before` or `after` state back and log that as a row of their own.
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import { documentText } from './document-text.ts';
import type { Annotation, Relation } from './model.ts';
import { findAnnotation, insertRow, removeRow, writeRow } from './annotation-rows.ts';
import {
  findRelation,
  insertRelationRow,
  relationsOf,
  removeRelationRow,
  writeRelationRow,
} from './relation-rows.ts';
import { statement } from './statements.ts';
import { restoreStatus, type StatusStep } from './status.ts';
import { pushEdit, pushEntry, type StackLayer } from './undo-stack.ts';
import { GOLD_LAYER } from './annotator-name.ts';
import { closeAccepted, reopenAccepted } from './suggestion-rows.ts';
import { say } from '../text/messages/say.ts';

export type Action = 'create' | 'update' | 'delete';
export type ChangeOrigin = 'edit' | 'undo' | 'redo' | 'import';
export type Entity = 'annotation' | 'relation';

/**
 * An annotation as a history row stores it. `relations`: those that went
 * with it (a deletion's `before`) or came back with it (an undone deletion's
 * `after`); left out when there were none.
 */
export type AnnotationState = Annotation & { relations?: Relation[] };

/** The state to log for an annotation that took `relations` along. */
export const withRelations = (annotation: Annotation, relations: Relation[]): AnnotationState =>
  relations.length > 0 ? { ...annotation, relations } : annotation;

export interface Change {
  /** 'annotation' when left out. */
  entity?: Entity | undefined;
  /** The annotation changed, or the head of the relation changed. */
  annotationId: number;
  documentId: number;
  action: Action;
  origin: ChangeOrigin;
  /** A change pulled from a team server keeps the id it was made with; left out, this database gives one. */
  changeId?: string | undefined;
}

/** Appends one history row; a user's edit also becomes the newest undo step of its document. */
export function record(
  db: Db,
  change: Change,
  before: AnnotationState | Relation | null,
  after: AnnotationState | Relation | null,
): number {
  const info = statement(
    db,
    'INSERT INTO annotation_history (entity, annotation_id, document_id, action, origin, before, after, change_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    change.entity ?? 'annotation',
    change.annotationId,
    change.documentId,
    change.action,
    change.origin,
    before ? JSON.stringify(before) : null,
    after ? JSON.stringify(after) : null,
    change.changeId ?? null,
  );
  const historyId = Number(info.lastInsertRowid);
  if (change.origin === 'edit')
    pushEdit(db, change.documentId, { historyId }, stackLayerOf(db, change, after ?? before));
  return historyId;
}

/** Whose undo step a change is: the curator's when it is of the gold layer (a relation: of its head's). */
function stackLayerOf(db: Db, change: Change, state: AnnotationState | Relation | null): StackLayer {
  const annotator =
    change.entity === 'relation'
      ? (
          statement(db, 'SELECT annotator FROM annotations WHERE id = ?').get(change.annotationId) as
            { annotator: string | null } | undefined
        )?.annotator
      : state && 'annotator' in state
        ? state.annotator
        : null;
  return annotator === GOLD_LAYER ? GOLD_LAYER : null;
}

/** Takes an annotation out with every relation it is part of; returns those relations. */
export function removeWithRelations(db: Db, current: Annotation): Relation[] {
  const relations = relationsOf(db, current.id);
  for (const r of relations) removeRelationRow(db, r.id);
  removeRow(db, current);
  return relations;
}

export interface AnnotationStep {
  entity: 'annotation';
  /** What the step did to the annotation, as seen by the user after it. */
  action: Action;
  annotationId: number;
  /** The annotation as it is now; null when the step removed it. */
  annotation: Annotation | null;
  /** The relations that came back with the annotation, or went with it. */
  relations: Relation[];
}

export interface RelationStep {
  entity: 'relation';
  /** What the step did to the relation, as seen by the user after it. */
  action: Action;
  relationId: number;
  /** The relation as it is now; null when the step removed it. */
  relation: Relation | null;
  /** The relation's head (the event), as it is now: what the window selects. */
  annotationId: number;
  annotation: Annotation | null;
}

/** One undo or redo: of an annotation change, a relation change or a status change. */
export type HistoryStep = AnnotationStep | RelationStep | StatusStep;

interface HistoryRow {
  id: number;
  entity: Entity;
  action: Action;
  annotation_id: number;
  document_id: number;
  before: string | null;
  after: string | null;
}

/** Moves the annotation from whatever it is now to `target` (null: absent), logging it. */
function restoreAnnotation(
  db: Db,
  row: HistoryRow,
  target: AnnotationState | null,
  origin: 'undo' | 'redo',
): AnnotationStep {
  const current = findAnnotation(db, row.annotation_id) ?? null;
  const log = (action: Action, before: AnnotationState | null, after: AnnotationState | null): void =>
    void record(
      db,
      {
        entity: 'annotation',
        annotationId: row.annotation_id,
        documentId: row.document_id,
        action,
        origin,
      },
      before,
      after,
    );
  const step = (action: Action, annotation: Annotation | null, relations: Relation[]): AnnotationStep => ({
    entity: 'annotation',
    action,
    annotationId: row.annotation_id,
    annotation,
    relations,
  });
  if (target === null) {
    if (!current)
      throw new AppError('CONFLICT', say('refusals.history.annotationGone', { id: row.annotation_id }));
    const relations = removeWithRelations(db, current);
    log('delete', withRelations(current, relations), null);
    // Undoing an accept puts the suggestion back.
    if (origin === 'undo' && row.action === 'create') reopenAccepted(db, current);
    return step('delete', null, relations);
  }
  const { relations: along, ...annotation } = target;
  if (current === null) {
    if (origin === 'redo' && row.action === 'create') closeAccepted(db, annotation);
    const created = insertRow(db, annotation);
    const relations = (along ?? []).map((r) => insertRelationRow(db, r));
    log('create', null, withRelations(created, relations));
    return step('create', created, relations);
  }
  const updated = writeRow(db, current, annotation);
  log('update', current, updated);
  return step('update', updated, []);
}

/** Moves the relation from whatever it is now to `target` (null: absent), logging it. */
function restoreRelation(
  db: Db,
  row: HistoryRow,
  relationId: number,
  target: Relation | null,
  origin: 'undo' | 'redo',
): RelationStep {
  const current = findRelation(db, relationId) ?? null;
  let result: Relation | null;
  let action: Action;
  if (target === null) {
    if (!current) throw new AppError('CONFLICT', say('refusals.history.relationGone', { id: relationId }));
    removeRelationRow(db, relationId);
    [result, action] = [null, 'delete'];
  } else if (current === null) {
    [result, action] = [insertRelationRow(db, target), 'create'];
  } else {
    [result, action] = [writeRelationRow(db, relationId, target), 'update'];
  }
  const headId = (result ?? current ?? target)?.headId ?? row.annotation_id;
  record(
    db,
    { entity: 'relation', annotationId: headId, documentId: row.document_id, action, origin },
    current,
    result,
  );
  return {
    entity: 'relation',
    action,
    relationId,
    relation: result,
    annotationId: headId,
    annotation: findAnnotation(db, headId) ?? null,
  };
}

function restore(db: Db, row: HistoryRow, from: 'undo' | 'redo'): AnnotationStep | RelationStep {
  const json = from === 'undo' ? row.before : row.after;
  if (row.entity === 'annotation')
    return restoreAnnotation(db, row, json ? (JSON.parse(json) as AnnotationState) : null, from);
  const either = row.before ?? row.after;
  if (either === null) throw new AppError('INTERNAL', `history row ${row.id} records no relation`);
  const relationId = (JSON.parse(either) as Relation).id;
  return restoreRelation(db, row, relationId, json ? (JSON.parse(json) as Relation) : null, from);
}

interface StackRow extends HistoryRow {
  stack_id: number;
  status_history_id: number | null;
  batch: number | null;
}

const STACK_ROW = `SELECT s.id AS stack_id, s.status_history_id, s.batch, h.id, h.entity, h.action, h.annotation_id, h.document_id, h.before, h.after
       FROM undo_stack s LEFT JOIN annotation_history h ON h.id = s.history_id`;

/** One undo or redo: what its newest change did, and how many changes it took back or made again. */
interface Stepped {
  result: HistoryStep;
  changes: number;
}

function step(db: Db, documentId: number, from: 'undo' | 'redo', layer: StackLayer): Stepped {
  return db.transaction((): Stepped => {
    documentText(db, documentId);
    const newest = statement(
      db,
      `${STACK_ROW} WHERE s.document_id = ? AND s.stack = ? AND s.layer IS ? ORDER BY s.id DESC LIMIT 1`,
    ).get(documentId, from, layer) as StackRow | undefined;
    if (!newest) {
      throw from === 'undo'
        ? new AppError('NOTHING_TO_UNDO', say('refusals.history.nothingToUndo'))
        : new AppError('NOTHING_TO_REDO', say('refusals.history.nothingToRedo'));
    }
    // A batch (one command's edits) goes back and forth whole, newest entry first.
    const entries =
      newest.batch === null
        ? [newest]
        : (statement(
            db,
            `${STACK_ROW} WHERE s.document_id = ? AND s.stack = ? AND s.batch = ? ORDER BY s.id DESC`,
          ).all(documentId, from, newest.batch) as StackRow[]);
    let result: HistoryStep | undefined;
    for (const entry of entries) {
      const statusHistoryId = entry.status_history_id;
      result = statusHistoryId === null ? restore(db, entry, from) : restoreStatus(db, statusHistoryId, from);
      statement(db, 'DELETE FROM undo_stack WHERE id = ?').run(entry.stack_id);
      pushEntry(
        db,
        documentId,
        statusHistoryId === null ? { historyId: entry.id } : { statusHistoryId },
        from === 'undo' ? 'redo' : 'undo',
        layer,
        entry.batch,
      );
    }
    if (!result) throw new AppError('INTERNAL', `an empty ${from} step in document ${documentId}`);
    return { result, changes: entries.length };
  })();
}

/**
 * Reverts the latest edit in a document (annotation, relation or status) of
 * `layer`'s steps (null: the user's own; `gold`: the curator's); persisted,
 * so it works after a restart.
 */
export const undo = (db: Db, documentId: number, layer: StackLayer = null): HistoryStep =>
  step(db, documentId, 'undo', layer).result;
/** Re-applies the latest undone edit in a document, of `layer`'s steps. */
export const redo = (db: Db, documentId: number, layer: StackLayer = null): HistoryStep =>
  step(db, documentId, 'redo', layer).result;

/**
 * An undo or redo as the window gets it: the step, `changes` (more than one
 * for a batch, of which the step describes only the newest: the window reads
 * the document back then) and the depths after it, so the window need not
 * read the whole document to show one change put back.
 */
export type WindowStep = HistoryStep & { changes: number; history: { undo: number; redo: number } };

export function stepInWindow(
  db: Db,
  documentId: number,
  from: 'undo' | 'redo',
  layer: StackLayer = null,
): WindowStep {
  const { result, changes } = step(db, documentId, from, layer);
  return { ...result, changes, history: historyDepth(db, documentId, layer) };
}

/** How many undo and redo steps `layer` has in a document (a batch counts once). */
export function historyDepth(
  db: Db,
  documentId: number,
  layer: StackLayer = null,
): { undo: number; redo: number } {
  const rows = statement(
    db,
    `SELECT stack, count(DISTINCT CASE WHEN batch IS NULL THEN -id ELSE batch END) AS n
     FROM undo_stack WHERE document_id = ? AND layer IS ? GROUP BY stack`,
  ).all(documentId, layer) as { stack: 'undo' | 'redo'; n: number }[];
  return {
    undo: rows.find((r) => r.stack === 'undo')?.n ?? 0,
    redo: rows.find((r) => r.stack === 'redo')?.n ?? 0,
  };
}
