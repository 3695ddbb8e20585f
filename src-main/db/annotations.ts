import type { Db } from './connection.ts';
import { AppError, notFound } from './errors.ts';
import { documentText } from './document-text.ts';
import type { Annotation, AnnotationView, Attributes, Fragment, Origin } from './model.ts';
import { nextSpanUid } from './span-uid.ts';
import { statement } from './statements.ts';
import { getLabel } from './labels.ts';
import { splitsSurrogatePair } from '../text/offsets.ts';
import { adjustLabelCount, countAnnotation } from './counts.ts';
import { restoreStatus, startDocument, type StatusStep } from './status.ts';
import { pushEdit, pushEntry } from './undo-stack.ts';

interface AnnotationRow {
  id: number;
  uid: string;
  document_id: number;
  label_id: number;
  start: number;
  end: number;
  annotator: string | null;
  attributes: string;
  fragments: string | null;
  origin: string | null;
  note: string | null;
  flag: string | null;
  created_at: string;
  updated_at: string;
}

const toAnnotation = (r: AnnotationRow): Annotation => ({
  id: r.id,
  uid: r.uid,
  documentId: r.document_id,
  labelId: r.label_id,
  start: r.start,
  end: r.end,
  annotator: r.annotator,
  attributes: parseAttributes(r.attributes),
  fragments: r.fragments === null ? null : (JSON.parse(r.fragments) as Fragment[]),
  origin: r.origin === null ? null : (JSON.parse(r.origin) as Origin),
  note: r.note,
  flag: r.flag,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listAnnotations(db: Db, documentId: number): Annotation[] {
  const rows = statement(db, 'SELECT * FROM annotations WHERE document_id = ? ORDER BY start, "end", id').all(
    documentId,
  ) as AnnotationRow[];
  return rows.map(toAnnotation);
}

/** The annotations of a document as the editor needs them, in text order. */
export function listAnnotationViews(db: Db, documentId: number): AnnotationView[] {
  const rows = statement(
    db,
    `SELECT id, uid, label_id AS labelId, start, "end", annotator, attributes, fragments, origin, note, flag
     FROM annotations WHERE document_id = ? ORDER BY start, "end", id`,
  ).all(documentId) as (Omit<AnnotationView, 'attributes' | 'fragments' | 'origin'> & {
    attributes: string;
    fragments: string | null;
    origin: string | null;
  })[];
  return rows.map((r) => ({
    ...r,
    attributes: parseAttributes(r.attributes),
    fragments: r.fragments === null ? null : (JSON.parse(r.fragments) as Fragment[]),
    origin: r.origin === null ? null : (JSON.parse(r.origin) as Origin),
  }));
}

function findAnnotation(db: Db, id: number): Annotation | undefined {
  const row = statement(db, 'SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
  return row ? toAnnotation(row) : undefined;
}

export function getAnnotation(db: Db, id: number): Annotation {
  const found = findAnnotation(db, id);
  if (!found) throw notFound('annotation', id);
  return found;
}

/** Checks a span against its document's text; throws VALIDATION with the reason. */
function assertValidSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new AppError('VALIDATION', 'offsets must be integers');
  if (start < 0) throw new AppError('VALIDATION', `start ${start} is negative`);
  if (end <= start) throw new AppError('VALIDATION', `end ${end} must be greater than start ${start}`);
  if (end > text.length)
    throw new AppError('VALIDATION', `end ${end} is past the end of the text (${text.length})`);
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new AppError('VALIDATION', 'the span splits a character (a surrogate pair) in two');
  }
}

/**
 * Where a change came from. 'import' is any change from outside the
 * document's own editing, not on its undo stack: a corpus import, or a
 * scheme change that rewrites attribute values (a rename, a cleared value).
 */
export type ChangeOrigin = 'edit' | 'undo' | 'redo' | 'import';

const parseAttributes = (json: string): Attributes => (json === '{}' ? {} : (JSON.parse(json) as Attributes));

/** Attributes as stored: keys in name order, so equal values are equal text. */
export function attributesJson(attributes: Attributes): string {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return '{}';
  return `{${names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(attributes[n])}`).join(',')}}`;
}
type Action = 'create' | 'update' | 'delete';

/** Logs one change in the append-only history; an edit also goes on its document's undo stack. */
export function record(
  db: Db,
  change: { annotationId: number; documentId: number; action: Action; origin: ChangeOrigin },
  before: Annotation | null,
  after: Annotation | null,
): number {
  const info = statement(
    db,
    'INSERT INTO annotation_history (annotation_id, document_id, action, origin, before, after) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    change.annotationId,
    change.documentId,
    change.action,
    change.origin,
    before ? JSON.stringify(before) : null,
    after ? JSON.stringify(after) : null,
  );
  const historyId = Number(info.lastInsertRowid);
  if (change.origin === 'edit') pushEdit(db, change.documentId, { historyId });
  return historyId;
}

function translateConstraint(e: unknown): never {
  const err = e as { code?: string; message?: string };
  if (err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new AppError('CONFLICT', 'an annotation with this label already covers exactly this span');
  }
  if (typeof err.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    throw new AppError('VALIDATION', err.message ?? 'constraint failed');
  }
  throw e;
}

type RowInput = Pick<Annotation, 'documentId' | 'labelId' | 'start' | 'end' | 'annotator'> &
  Partial<Annotation>;

function insertRow(db: Db, a: RowInput): Annotation {
  try {
    const info = statement(
      db,
      `INSERT INTO annotations (id, document_id, label_id, start, "end", uid, annotator, attributes, fragments, origin, note, flag, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`,
    ).run(
      a.id ?? null,
      a.documentId,
      a.labelId,
      a.start,
      a.end,
      // History rows from before span ids (schema 4) restore without one.
      a.uid ?? nextSpanUid(db, a.documentId),
      a.annotator,
      attributesJson(a.attributes ?? {}),
      a.fragments ? JSON.stringify(a.fragments) : null,
      a.origin ? JSON.stringify(a.origin) : null,
      a.note ?? null,
      a.flag ?? null,
      a.createdAt ?? null,
      a.updatedAt ?? null,
    );
    const created = getAnnotation(db, Number(info.lastInsertRowid));
    countAnnotation(db, created, 1);
    return created;
  } catch (e) {
    return translateConstraint(e);
  }
}

function writeRow(
  db: Db,
  current: Annotation,
  a: Pick<Annotation, 'labelId' | 'start' | 'end'>,
  updatedAt?: string,
): Annotation {
  try {
    statement(
      db,
      `UPDATE annotations SET label_id = ?, start = ?, "end" = ?,
         updated_at = coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = ?`,
    ).run(a.labelId, a.start, a.end, updatedAt ?? null, current.id);
  } catch (e) {
    return translateConstraint(e);
  }
  if (a.labelId !== current.labelId) {
    adjustLabelCount(db, current.labelId, -1);
    adjustLabelCount(db, a.labelId, 1);
  }
  return getAnnotation(db, current.id);
}

function removeRow(db: Db, current: Annotation): void {
  statement(db, 'DELETE FROM annotations WHERE id = ?').run(current.id);
  countAnnotation(db, current, -1);
}

export interface NewAnnotation {
  documentId: number;
  labelId: number;
  start: number;
  end: number;
  annotator?: string | null | undefined;
}

export function createAnnotation(
  db: Db,
  input: NewAnnotation,
  origin: 'edit' | 'import' = 'edit',
): Annotation {
  return db.transaction(() => {
    assertValidSpan(documentText(db, input.documentId), input.start, input.end);
    getLabel(db, input.labelId);
    const created = insertRow(db, {
      ...input,
      annotator: input.annotator ?? null,
      origin: origin === 'edit' ? { kind: 'manual', rule: null } : null,
    });
    record(
      db,
      { annotationId: created.id, documentId: created.documentId, action: 'create', origin },
      null,
      created,
    );
    // The first annotation on a document means work on it has started.
    if (origin === 'edit') startDocument(db, created.documentId);
    return created;
  })();
}

export interface AnnotationChanges {
  labelId?: number | undefined;
  start?: number | undefined;
  end?: number | undefined;
}

export function updateAnnotation(db: Db, id: number, changes: AnnotationChanges): Annotation {
  return db.transaction(() => {
    const before = getAnnotation(db, id);
    const next = {
      labelId: changes.labelId ?? before.labelId,
      start: changes.start ?? before.start,
      end: changes.end ?? before.end,
    };
    if (next.labelId === before.labelId && next.start === before.start && next.end === before.end)
      return before;
    assertValidSpan(documentText(db, before.documentId), next.start, next.end);
    getLabel(db, next.labelId);
    const after = writeRow(db, before, next);
    record(
      db,
      { annotationId: id, documentId: before.documentId, action: 'update', origin: 'edit' },
      before,
      after,
    );
    return after;
  })();
}

export function deleteAnnotation(db: Db, id: number): Annotation {
  return db.transaction(() => {
    const before = getAnnotation(db, id);
    removeRow(db, before);
    record(
      db,
      { annotationId: id, documentId: before.documentId, action: 'delete', origin: 'edit' },
      before,
      null,
    );
    return before;
  })();
}

export interface AnnotationStep {
  /** What the step did to the annotation, as seen by the user after it. */
  action: Action;
  annotationId: number;
  /** The annotation as it is now; null when the step removed it. */
  annotation: Annotation | null;
}

/** One undo or redo: of an annotation change or of a status change. */
export type HistoryStep = AnnotationStep | StatusStep;

interface HistoryRow {
  id: number;
  annotation_id: number;
  document_id: number;
  action: Action;
  before: string | null;
  after: string | null;
}

const parseState = (json: string | null): Annotation | null =>
  json ? (JSON.parse(json) as Annotation) : null;

/** Moves `annotationId` from whatever it is now to `target` (null: absent), recording it in the history. */
function restore(
  db: Db,
  row: HistoryRow,
  target: Annotation | null,
  origin: 'undo' | 'redo',
): AnnotationStep {
  const current = findAnnotation(db, row.annotation_id) ?? null;
  let result: Annotation | null;
  let action: Action;
  if (target === null) {
    if (!current) throw new AppError('CONFLICT', `annotation ${row.annotation_id} is already gone`);
    removeRow(db, current);
    result = null;
    action = 'delete';
  } else if (current === null) {
    result = insertRow(db, target);
    action = 'create';
  } else {
    result = writeRow(db, current, target);
    action = 'update';
  }
  record(
    db,
    { annotationId: row.annotation_id, documentId: row.document_id, action, origin },
    current,
    result,
  );
  return { action, annotationId: row.annotation_id, annotation: result };
}

function step(db: Db, documentId: number, from: 'undo' | 'redo'): HistoryStep {
  return db.transaction(() => {
    documentText(db, documentId);
    const entry = statement(
      db,
      `SELECT s.id AS stack_id, s.status_history_id, h.id, h.annotation_id, h.document_id, h.action, h.before, h.after
       FROM undo_stack s LEFT JOIN annotation_history h ON h.id = s.history_id
       WHERE s.document_id = ? AND s.stack = ? ORDER BY s.id DESC LIMIT 1`,
    ).get(documentId, from) as
      (HistoryRow & { stack_id: number; status_history_id: number | null }) | undefined;
    if (!entry) {
      throw new AppError(
        from === 'undo' ? 'NOTHING_TO_UNDO' : 'NOTHING_TO_REDO',
        `nothing to ${from} in this document`,
      );
    }
    const statusHistoryId = entry.status_history_id;
    const result =
      statusHistoryId === null
        ? restore(db, entry, parseState(from === 'undo' ? entry.before : entry.after), from)
        : restoreStatus(db, statusHistoryId, from);
    statement(db, 'DELETE FROM undo_stack WHERE id = ?').run(entry.stack_id);
    pushEntry(
      db,
      documentId,
      statusHistoryId === null ? { historyId: entry.id } : { statusHistoryId },
      from === 'undo' ? 'redo' : 'undo',
    );
    return result;
  })();
}

/** Reverts the latest edit in a document (annotation or status); persisted, so it works after a restart. */
export const undo = (db: Db, documentId: number): HistoryStep => step(db, documentId, 'undo');
/** Re-applies the latest undone edit in a document. */
export const redo = (db: Db, documentId: number): HistoryStep => step(db, documentId, 'redo');

export function historyDepth(db: Db, documentId: number): { undo: number; redo: number } {
  const rows = statement(
    db,
    'SELECT stack, count(*) AS n FROM undo_stack WHERE document_id = ? GROUP BY stack',
  ).all(documentId) as { stack: 'undo' | 'redo'; n: number }[];
  return {
    undo: rows.find((r) => r.stack === 'undo')?.n ?? 0,
    redo: rows.find((r) => r.stack === 'redo')?.n ?? 0,
  };
}
