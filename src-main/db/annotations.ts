/**
 * The writers of annotations: create, update and delete, each checked
 * (annotation-rules.ts), stored, logged in the history and made one undo step.
 */
import type { Db } from './connection.ts';
import { AppError } from './errors.ts';
import { documentText } from './document-text.ts';
import type { Annotation, Attributes, AttributeValue, Fragment } from './model.ts';
import { getLabel } from './labels.ts';
import { startDocument } from './status.ts';
import { attributesJson, getAnnotation, insertRow, writeRow, type Editable } from './annotation-rows.ts';
import {
  assertRelabelKeeps,
  assertValidFragments,
  assertValidSpan,
  patchAttributes,
} from './annotation-rules.ts';
import { record, removeWithRelations, withRelations } from './history.ts';
import { GOLD_LAYER } from './annotator-name.ts';

// What callers have imported from here since before the split.
export { attributesJson, getAnnotation, listAnnotations, listAnnotationViews } from './annotation-rows.ts';
export {
  historyDepth,
  record,
  redo,
  undo,
  type AnnotationStep,
  type ChangeOrigin,
  type HistoryStep,
  type RelationStep,
} from './history.ts';
import { say } from '../text/messages/say.ts';

export interface NewAnnotation {
  documentId: number;
  labelId: number;
  /** With fragments: their extent. */
  start: number;
  end: number;
  annotator?: string | null | undefined;
  fragments?: Fragment[] | null | undefined;
  attributes?: Attributes | undefined;
}

/** Refuses start and end that are not the extent of the fragments. */
function assertExtent(extent: Fragment, start: number, end: number): void {
  if (extent[0] !== start || extent[1] !== end)
    throw new AppError(
      'VALIDATION',
      say('refusals.annotation.extent', { first: extent[0], last: extent[1], start, end }),
    );
}

export function createAnnotation(
  db: Db,
  input: NewAnnotation,
  origin: 'edit' | 'import' = 'edit',
): Annotation {
  return db.transaction(() => {
    const text = documentText(db, input.documentId);
    assertValidSpan(text, input.start, input.end);
    if (input.fragments) assertExtent(assertValidFragments(text, input.fragments), input.start, input.end);
    const label = getLabel(db, input.labelId);
    const attributes = patchAttributes(db, label, {}, input.attributes ?? {});
    const created = insertRow(db, {
      documentId: input.documentId,
      labelId: input.labelId,
      start: input.start,
      end: input.end,
      annotator: input.annotator ?? null,
      attributes,
      fragments: input.fragments ?? null,
      origin: origin === 'edit' ? { kind: 'manual', rule: null } : null,
    });
    record(
      db,
      {
        entity: 'annotation',
        annotationId: created.id,
        documentId: created.documentId,
        action: 'create',
        origin,
      },
      null,
      created,
    );
    // The first annotation on a document means work on it has started; gold is curation's (curation.ts).
    if (origin === 'edit' && created.annotator !== GOLD_LAYER)
      startDocument(db, created.documentId, created.annotator);
    return created;
  })();
}

export interface AnnotationChanges {
  labelId?: number | undefined;
  /** Of a discontinuous annotation: moves its first fragment's start. */
  start?: number | undefined;
  /** Of a discontinuous annotation: moves its last fragment's end. */
  end?: number | undefined;
  /** A value sets an attribute, null unsets it; attributes not named stay. */
  attributes?: Readonly<Record<string, AttributeValue | null>> | undefined;
  /** The new fragments (start and end become their extent), or null to make the annotation one stretch. */
  fragments?: Fragment[] | null | undefined;
  /** An empty note is no note. */
  note?: string | null | undefined;
  /** The editor uses "unsure". */
  flag?: string | null | undefined;
}

/** Where the annotation lies after `changes`: its extent and fragments, checked against the text. */
function nextShape(
  text: string,
  before: Annotation,
  changes: AnnotationChanges,
): Pick<Annotation, 'start' | 'end' | 'fragments'> {
  if (changes.fragments) {
    const [start, end] = assertValidFragments(text, changes.fragments);
    assertExtent([start, end], changes.start ?? start, changes.end ?? end);
    return { start, end, fragments: changes.fragments };
  }
  const start = changes.start ?? before.start;
  const end = changes.end ?? before.end;
  assertValidSpan(text, start, end);
  if (changes.fragments === null || before.fragments === null) return { start, end, fragments: null };
  // A new extent of a discontinuous annotation moves its outer edges.
  const last = before.fragments.length - 1;
  const fragments = before.fragments.map(([s, e], i): Fragment => [
    i === 0 ? start : s,
    i === last ? end : e,
  ]);
  assertValidFragments(text, fragments);
  return { start, end, fragments };
}

const sameEditable = (a: Editable, b: Editable): boolean =>
  a.labelId === b.labelId &&
  a.start === b.start &&
  a.end === b.end &&
  attributesJson(a.attributes ?? {}) === attributesJson(b.attributes ?? {}) &&
  JSON.stringify(a.fragments ?? null) === JSON.stringify(b.fragments ?? null) &&
  (a.note ?? null) === (b.note ?? null) &&
  (a.flag ?? null) === (b.flag ?? null);

export function updateAnnotation(db: Db, id: number, changes: AnnotationChanges): Annotation {
  return db.transaction(() => {
    const before = getAnnotation(db, id);
    const shape = nextShape(documentText(db, before.documentId), before, changes);
    const label = getLabel(db, changes.labelId ?? before.labelId);
    const attributes = patchAttributes(db, label, before.attributes, changes.attributes ?? {});
    const next: Editable = {
      ...shape,
      labelId: label.id,
      attributes,
      origin: before.origin,
      note: changes.note === undefined ? before.note : changes.note || null,
      flag: changes.flag === undefined ? before.flag : changes.flag || null,
    };
    if (sameEditable(next, before)) return before;
    if (label.id !== before.labelId) assertRelabelKeeps(db, before, label, attributes);
    const after = writeRow(db, before, next);
    record(
      db,
      {
        entity: 'annotation',
        annotationId: id,
        documentId: before.documentId,
        action: 'update',
        origin: 'edit',
      },
      before,
      after,
    );
    return after;
  })();
}

/** Deletes an annotation with its relations (as event and as argument): one history row, one undo step. */
export function deleteAnnotation(db: Db, id: number): Annotation {
  return db.transaction(() => {
    const before = getAnnotation(db, id);
    const relations = removeWithRelations(db, before);
    record(
      db,
      {
        entity: 'annotation',
        annotationId: id,
        documentId: before.documentId,
        action: 'delete',
        origin: 'edit',
      },
      withRelations(before, relations),
      null,
    );
    return before;
  })();
}
