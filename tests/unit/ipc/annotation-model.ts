/**
 * A plain model of what the annotation calls do, written from the rules the
 * app promises (not from its code): the spans, relations and status of each
 * document, and its undo and redo stacks. The model-based test runs the same commands
 * on it and on the real handlers and compares the two after every step.
 */
import type { DocumentStatus } from '../../../src-main/db/model.ts';
import type { ErrorCode } from '../../../src-main/db/errors.ts';

export interface ModelSpan {
  labelId: number;
  start: number;
  end: number;
  annotator: string | null;
  note?: string | null;
  flag?: string | null;
}

/** A role linking an event (head) to an argument (child). */
export interface ModelRelation {
  roleId: number;
  headId: number;
  childId: number;
}

export type Step =
  | {
      kind: 'annotation';
      id: number;
      before: ModelSpan | null;
      after: ModelSpan | null;
      /** What a deletion took along: undoing it brings these back. */
      relations?: Map<number, ModelRelation>;
    }
  | { kind: 'relation'; id: number; before: ModelRelation | null; after: ModelRelation | null }
  | { kind: 'status'; before: DocumentStatus; after: DocumentStatus };

export interface ModelDocument {
  id: number;
  text: string;
  status: DocumentStatus;
  /** The first annotation on a `todo` document set it `in_progress`: that is no step undo takes back. */
  startedByAnnotation: boolean;
  annotations: Map<number, ModelSpan>;
  relations: Map<number, ModelRelation>;
  undo: Step[];
  redo: Step[];
}

export interface ModelLabel {
  id: number;
  name: string;
  hotkey: string | null;
}

export interface ModelRole {
  id: number;
  /** Whether an event may have more than one argument in this role. */
  many: boolean;
  from: number[];
  to: number[];
}

export interface Model {
  documents: Map<number, ModelDocument>;
  labels: ModelLabel[];
  roles: ModelRole[];
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

/** The relations annotation `id` is part of, as event or as argument. */
export function relationsOf(doc: ModelDocument, id: number): Map<number, ModelRelation> {
  return new Map([...doc.relations].filter(([, r]) => r.headId === id || r.childId === id));
}

/** An annotation goes with its relations; one that comes back brings back `along`. */
function setSpan(
  doc: ModelDocument,
  id: number,
  span: ModelSpan | null,
  along?: Map<number, ModelRelation>,
): void {
  if (span) doc.annotations.set(id, span);
  else {
    doc.annotations.delete(id);
    for (const r of relationsOf(doc, id).keys()) doc.relations.delete(r);
  }
  if (span && along) for (const [r, relation] of along) doc.relations.set(r, relation);
}

function setRelation(doc: ModelDocument, id: number, relation: ModelRelation | null): void {
  if (relation) doc.relations.set(id, relation);
  else doc.relations.delete(id);
}

/** A change by the user: applied, undoable, and it empties the redo stack. */
export function edit(doc: ModelDocument, step: Step): void {
  if (step.kind === 'annotation') setSpan(doc, step.id, step.after);
  else if (step.kind === 'relation') setRelation(doc, step.id, step.after);
  else doc.status = step.after;
  doc.undo.push(step);
  doc.redo = [];
}

/** Undo or redo of the latest step; returns it, or undefined when there is none. */
export function travel(doc: ModelDocument, direction: 'undo' | 'redo'): Step | undefined {
  const [from, to] = direction === 'undo' ? [doc.undo, doc.redo] : [doc.redo, doc.undo];
  const step = from.pop();
  if (!step) return undefined;
  if (step.kind === 'annotation') {
    const target = direction === 'undo' ? step.before : step.after;
    setSpan(doc, step.id, target, direction === 'undo' ? step.relations : undefined);
  } else if (step.kind === 'relation')
    setRelation(doc, step.id, direction === 'undo' ? step.before : step.after);
  else doc.status = direction === 'undo' ? step.before : step.after;
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
  // A new label must suit every relation the annotation is part of.
  if (after.labelId !== before.labelId) {
    for (const r of relationsOf(doc, id).values()) {
      const role = model.roles.find((x) => x.id === r.roleId);
      const head = r.headId === id ? after : doc.annotations.get(r.headId);
      const child = r.childId === id ? after : doc.annotations.get(r.childId);
      if (role && head && child && !allows(role, head.labelId, child.labelId))
        return { outcome: 'VALIDATION' };
    }
  }
  if (duplicates(doc, after, id)) return { outcome: 'CONFLICT' };
  return { outcome: 'ok', doc, before, after };
}

const allows = (role: ModelRole, headLabel: number, childLabel: number): boolean =>
  role.from.includes(headLabel) && role.to.includes(childLabel);

/** What linking `headId` to `childId` in `role` must answer. */
export function linkOutcome(model: Model, role: ModelRole, headId: number, childId: number): Outcome {
  const doc = documentOf(model, headId);
  const head = doc?.annotations.get(headId);
  const childDoc = documentOf(model, childId);
  const child = childDoc?.annotations.get(childId);
  if (!doc || !head || !childDoc || !child) return 'NOT_FOUND';
  if (headId === childId || doc !== childDoc || !allows(role, head.labelId, child.labelId))
    return 'VALIDATION';
  const fillers = [...doc.relations.values()].filter((r) => r.headId === headId && r.roleId === role.id);
  if (fillers.some((r) => r.childId === childId) || (!role.many && fillers.length > 0)) return 'CONFLICT';
  return 'ok';
}

/** The document holding relation `id`, if any does. */
export function documentOfRelation(model: Model, id: number): ModelDocument | undefined {
  for (const doc of model.documents.values()) if (doc.relations.has(id)) return doc;
  return undefined;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
