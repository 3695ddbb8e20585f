/**
 * A plain model of what the annotation calls do, written from the rules the
 * app promises (not from its code): the spans and status of each document,
 * and its undo and redo stacks. The model-based test runs the same commands
 * on it and on the real handlers and compares the two after every step.
 */
import type { DocumentStatus } from '../../../src-main/db/model.ts';
import type { ErrorCode } from '../../../src-main/db/errors.ts';

export interface ModelSpan {
  labelId: number;
  start: number;
  end: number;
  annotator: string | null;
}

export type Step =
  | { kind: 'annotation'; id: number; before: ModelSpan | null; after: ModelSpan | null }
  | { kind: 'status'; before: DocumentStatus; after: DocumentStatus };

export interface ModelDocument {
  id: number;
  text: string;
  status: DocumentStatus;
  /** The first annotation on a `todo` document set it `in_progress`: that is no step undo takes back. */
  startedByAnnotation: boolean;
  annotations: Map<number, ModelSpan>;
  undo: Step[];
  redo: Step[];
}

export interface ModelLabel {
  id: number;
  name: string;
  hotkey: string | null;
}

export interface Model {
  documents: Map<number, ModelDocument>;
  labels: ModelLabel[];
  /** The document the user has open: where new annotations, status changes and undo go. */
  open: number;
}

/** What the model expects a call to answer: success, or the error code it must fail with. */
export type Outcome = 'ok' | ErrorCode;

const isHigh = (text: string, i: number): boolean => /[\ud800-\udbff]/.test(text.charAt(i));
const isLow = (text: string, i: number): boolean => /[\udc00-\udfff]/.test(text.charAt(i));
const insidePair = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && isHigh(text, offset - 1) && isLow(text, offset);

/** A span must lie inside the text, be non-empty and not cut a surrogate pair. */
export function validSpan(text: string, start: number, end: number): boolean {
  return start < end && end <= text.length && !insidePair(text, start) && !insidePair(text, end);
}

/** Another annotation of the document with the same label and offsets: the one thing a document cannot hold twice. */
export function duplicates(doc: ModelDocument, span: ModelSpan, exceptId?: number): boolean {
  for (const [id, other] of doc.annotations) {
    if (id === exceptId) continue;
    if (other.labelId === span.labelId && other.start === span.start && other.end === span.end) return true;
  }
  return false;
}

export function openDocument(model: Model): ModelDocument {
  const doc = model.documents.get(model.open);
  if (!doc) throw new Error(`model has no document ${model.open}`);
  return doc;
}

/** The document holding annotation `id`, if any does. */
export function documentOf(model: Model, id: number): ModelDocument | undefined {
  for (const doc of model.documents.values()) if (doc.annotations.has(id)) return doc;
  return undefined;
}

function setSpan(doc: ModelDocument, id: number, span: ModelSpan | null): void {
  if (span) doc.annotations.set(id, span);
  else doc.annotations.delete(id);
}

/** A change by the user: applied, undoable, and it empties the redo stack. */
export function edit(doc: ModelDocument, step: Step): void {
  if (step.kind === 'annotation') setSpan(doc, step.id, step.after);
  else doc.status = step.after;
  doc.undo.push(step);
  doc.redo = [];
}

/** Undo or redo of the latest step; returns it, or undefined when there is none. */
export function travel(doc: ModelDocument, direction: 'undo' | 'redo'): Step | undefined {
  const [from, to] = direction === 'undo' ? [doc.undo, doc.redo] : [doc.redo, doc.undo];
  const step = from.pop();
  if (!step) return undefined;
  const target = direction === 'undo' ? step.before : step.after;
  if (step.kind === 'annotation') setSpan(doc, step.id, target as ModelSpan | null);
  else doc.status = target as DocumentStatus;
  to.push(step);
  return step;
}

/** What a new annotation in `doc` must answer. */
export function createOutcome(doc: ModelDocument, span: ModelSpan): Outcome {
  if (!validSpan(doc.text, span.start, span.end)) return 'VALIDATION';
  if (duplicates(doc, span)) return 'CONFLICT';
  return 'ok';
}

/** What a change to annotation `id` must answer, and the span it leaves when it succeeds. */
export function updateOutcome(
  model: Model,
  id: number,
  changes: Partial<Pick<ModelSpan, 'labelId' | 'start' | 'end'>>,
): { outcome: Outcome; doc?: ModelDocument; before?: ModelSpan; after?: ModelSpan } {
  const doc = documentOf(model, id);
  const before = doc?.annotations.get(id);
  if (!doc || !before) return { outcome: 'NOT_FOUND' };
  const after = { ...before, ...definedOnly(changes) };
  if (after.labelId === before.labelId && after.start === before.start && after.end === before.end)
    return { outcome: 'ok', doc, before, after };
  if (!validSpan(doc.text, after.start, after.end)) return { outcome: 'VALIDATION' };
  if (duplicates(doc, after, id)) return { outcome: 'CONFLICT' };
  return { outcome: 'ok', doc, before, after };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
