/**
 * Reading and writing rows of `annotations`, with the counters that follow
 * them. No rules and no history here: the writers (annotations.ts) check and
 * log, and undo (history.ts) puts back what the log says.
 */
import { attributesJson } from './attributes-json.ts';
import type { Db } from './connection.ts';
import { AppError, notFound } from './errors.ts';
import type { Annotation, AnnotationView, Attributes, Fragment, Origin } from './model.ts';
import { nextSpanUid } from './span-uid.ts';
import { statement } from './statements.ts';
import { adjustLabelCount, countAnnotation } from './counts.ts';
import { say } from '../text/messages/say.ts';

export { attributesJson };

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

const parseAttributes = (json: string): Attributes => (json === '{}' ? {} : (JSON.parse(json) as Attributes));
const parseFragments = (json: string | null): Fragment[] | null =>
  json === null ? null : (JSON.parse(json) as Fragment[]);
const parseOrigin = (json: string | null): Origin | null =>
  json === null ? null : (JSON.parse(json) as Origin);

const toAnnotation = (r: AnnotationRow): Annotation => ({
  id: r.id,
  uid: r.uid,
  documentId: r.document_id,
  labelId: r.label_id,
  start: r.start,
  end: r.end,
  annotator: r.annotator,
  attributes: parseAttributes(r.attributes),
  fragments: parseFragments(r.fragments),
  origin: parseOrigin(r.origin),
  note: r.note,
  flag: r.flag,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Fragments as stored; the duplicate rule compares this text, so one form only. */
const fragmentsJson = (fragments: readonly Fragment[] | null | undefined): string | null =>
  fragments ? JSON.stringify(fragments.map(([s, e]) => [s, e])) : null;

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
    fragments: parseFragments(r.fragments),
    origin: parseOrigin(r.origin),
  }));
}

export function findAnnotation(db: Db, id: number): Annotation | undefined {
  const row = statement(db, 'SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
  return row ? toAnnotation(row) : undefined;
}

export function getAnnotation(db: Db, id: number): Annotation {
  const found = findAnnotation(db, id);
  if (!found) throw notFound('annotation', id);
  return found;
}

function translateConstraint(e: unknown): never {
  const err = e as { code?: string; message?: string };
  if (err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new AppError('CONFLICT', say('refusals.annotation.exists'));
  }
  if (typeof err.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    throw new AppError('VALIDATION', err.message ?? 'constraint failed');
  }
  throw e;
}

export type RowInput = Pick<Annotation, 'documentId' | 'labelId' | 'start' | 'end' | 'annotator'> &
  Partial<Annotation>;

export function insertRow(db: Db, a: RowInput): Annotation {
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
      fragmentsJson(a.fragments),
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

/** What an edit or an undo may change in an annotation; its id, uid, document and layer stay. */
export type Editable = Pick<Annotation, 'labelId' | 'start' | 'end'> &
  Partial<Pick<Annotation, 'attributes' | 'fragments' | 'origin' | 'note' | 'flag'>>;

/** Writes `a` over the row of `current`; a field `a` leaves out (history from before schema 5) is cleared. */
export function writeRow(db: Db, current: Annotation, a: Editable, updatedAt?: string): Annotation {
  try {
    statement(
      db,
      `UPDATE annotations SET label_id = ?, start = ?, "end" = ?, attributes = ?, fragments = ?, origin = ?,
         note = ?, flag = ?, updated_at = coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = ?`,
    ).run(
      a.labelId,
      a.start,
      a.end,
      attributesJson(a.attributes ?? {}),
      fragmentsJson(a.fragments),
      a.origin ? JSON.stringify(a.origin) : null,
      a.note ?? null,
      a.flag ?? null,
      updatedAt ?? null,
      current.id,
    );
  } catch (e) {
    return translateConstraint(e);
  }
  if (a.labelId !== current.labelId) {
    adjustLabelCount(db, current.labelId, -1);
    adjustLabelCount(db, a.labelId, 1);
  }
  return getAnnotation(db, current.id);
}

export function removeRow(db: Db, current: Annotation): void {
  statement(db, 'DELETE FROM annotations WHERE id = ?').run(current.id);
  countAnnotation(db, current, -1);
}
