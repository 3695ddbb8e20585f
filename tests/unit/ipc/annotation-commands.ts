/**
 * The commands of the model-based test: each one call a user can make,
 * sent through dispatch to the real handlers and applied to the model, with
 * the answer the model predicts checked, and then every invariant.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import type { Method, Reply, RequestInput, ResponseOf } from '../../../src-main/ipc/contract.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../src-main/db/model.ts';
import type { TestBackend } from '../../helpers/backend.ts';
import {
  createOutcome,
  documentOf,
  edit,
  relationsOf,
  openDocument,
  travel,
  updateOutcome,
  type Model,
  type ModelDocument,
  type Outcome,
} from './annotation-model.ts';
import { problemsSince, type ImportState } from './seed.ts';

export interface Real {
  backend: TestBackend;
  /** Where the histories start. */
  imported: ImportState;
}

export type Command = fc.AsyncCommand<Model, Real>;

/** An id no annotation has, for commands on a document without annotations. */
export const NO_ANNOTATION = 2 ** 40;

export async function send<M extends Method>(
  real: Real,
  method: M,
  payload: RequestInput<M>,
): Promise<Reply<ResponseOf<M>>> {
  return (await dispatch(real.backend.handlers, method, payload)) as Reply<ResponseOf<M>>;
}

export function expectOutcome<T>(reply: Reply<T>, outcome: Outcome, what: string): T | undefined {
  const got = reply.ok ? 'ok' : reply.error.code;
  expect(got, `${what}: ${reply.ok ? 'succeeded' : reply.error.message}`).toBe(outcome);
  return reply.ok ? reply.value : undefined;
}

/** The API's view of every document against the model, then the database's own invariants. */
export async function checkInvariants(model: Model, real: Real): Promise<void> {
  for (const doc of model.documents.values()) {
    const reply = await send(real, 'documents.get', { id: doc.id });
    if (!reply.ok) throw new Error(reply.error.message);
    const expected = [...doc.annotations]
      .map(([id, s]) => ({ id, labelId: s.labelId, start: s.start, end: s.end, annotator: s.annotator }))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
    const actual = reply.value.annotations.map(({ id, labelId, start, end, annotator }) => ({
      id,
      labelId,
      start,
      end,
      annotator,
    }));
    expect(actual, `annotations of document ${doc.id}`).toEqual(expected);
    expect(reply.value.relations, `relations of document ${doc.id}`).toEqual(
      [...doc.relations].map(([id, r]) => ({ id, ...r })).sort((a, b) => a.id - b.id),
    );
    expect(reply.value.document.status, `status of document ${doc.id}`).toBe(doc.status);
    expect(reply.value.history, `history depth of document ${doc.id}`).toEqual({
      undo: doc.undo.length,
      redo: doc.redo.length,
    });
  }
  const page = await send(real, 'documents.list', { limit: 1000 });
  if (!page.ok) throw new Error(page.error.message);
  expect(page.value.items.map((d) => [d.id, d.status, d.annotationCount])).toEqual(
    [...model.documents.values()].map((d) => [d.id, d.status, d.annotations.size]),
  );
  const stats = await send(real, 'corpus.stats', {});
  if (!stats.ok) throw new Error(stats.error.message);
  const perLabel = new Map<number, number>();
  for (const doc of model.documents.values())
    for (const s of doc.annotations.values()) perLabel.set(s.labelId, (perLabel.get(s.labelId) ?? 0) + 1);
  expect(stats.value.annotations.byLabel.map((l) => [l.labelId, l.count])).toEqual(
    model.labels.map((l) => [l.id, perLabel.get(l.id) ?? 0]),
  );
  // The histories replayed from the import equal the tables; counters equal the rows.
  expect(problemsSince(real.backend.db, real.imported)).toEqual([]);
}

export const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

/** An annotation of the open document, or of any document, chosen by index; a missing id when there is none. */
function annotationAt(model: Model, index: number, anyDocument: boolean): number {
  const docs = anyDocument ? [...model.documents.values()] : [openDocument(model)];
  const ids = docs.flatMap((d) => [...d.annotations.keys()]).sort((a, b) => a - b);
  return pick(ids, index) ?? NO_ANNOTATION;
}

/** A command: the call and model update in `act`, then every invariant. */
export function command(label: string, act: (model: Model, real: Real) => Promise<void>): Command {
  return {
    check: () => true,
    run: async (model, real) => {
      await act(model, real);
      await checkInvariants(model, real);
    },
    toString: () => label,
  };
}

const open = (index: number, at: number): Command =>
  command(`open(${index}, at ${at})`, async (model, real) => {
    const doc = pick([...model.documents.values()], index) as ModelDocument;
    model.open = doc.id;
    const place = { documentId: doc.id, offset: at % (doc.text.length + 1) };
    expectOutcome(await send(real, 'place.set', place), 'ok', 'place.set');
    expect(await send(real, 'place.get', {})).toEqual({ ok: true, value: place });
  });

const create = (label: number, start: number, length: number): Command =>
  command(`create(label ${label}, ${start}+${length})`, async (model, real) => {
    const doc = openDocument(model);
    const labelId = (pick(model.labels, label) as { id: number }).id;
    const request = { documentId: doc.id, labelId, start, end: start + length };
    const span = { labelId, start, end: start + length, annotator: 'tester', note: null, flag: null };
    const reply = await send(real, 'annotations.create', request);
    const created = expectOutcome(reply, createOutcome(doc, span), `create ${JSON.stringify(request)}`);
    if (!created) return;
    edit(doc, { kind: 'annotation', id: created.id, before: null, after: span });
    if (doc.status === 'todo') {
      doc.status = 'in_progress';
      doc.startedByAnnotation = true;
    }
  });

const update = (
  annotation: number,
  anyDocument: boolean,
  change: { label?: number | undefined; start?: number | undefined; end?: number | undefined },
): Command =>
  command(
    `update(${annotation}${anyDocument ? ' any' : ''}, ${JSON.stringify(change)})`,
    async (model, real) => {
      const id = annotationAt(model, annotation, anyDocument);
      const labelId = change.label === undefined ? undefined : pick(model.labels, change.label)?.id;
      const changes = { labelId, start: change.start, end: change.end };
      const predicted = updateOutcome(model, id, changes);
      const payload: RequestInput<'annotations.update'> = { id };
      if (changes.labelId !== undefined) payload.labelId = changes.labelId;
      if (changes.start !== undefined) payload.start = changes.start;
      if (changes.end !== undefined) payload.end = changes.end;
      const reply = await send(real, 'annotations.update', payload);
      const updated = expectOutcome(reply, predicted.outcome, `update ${JSON.stringify(payload)}`);
      const { doc, before, after } = predicted;
      if (!updated || !doc || !before || !after) return;
      expect(updated).toMatchObject({ id, labelId: after.labelId, start: after.start, end: after.end });
      const unchanged =
        before.labelId === after.labelId && before.start === after.start && before.end === after.end;
      if (!unchanged) edit(doc, { kind: 'annotation', id, before, after });
    },
  );

const remove = (annotation: number, anyDocument: boolean): Command =>
  command(`delete(${annotation}${anyDocument ? ' any' : ''})`, async (model, real) => {
    const id = annotationAt(model, annotation, anyDocument);
    const doc = documentOf(model, id);
    const reply = await send(real, 'annotations.delete', { id });
    expectOutcome(reply, doc ? 'ok' : 'NOT_FOUND', `delete ${id}`);
    const before = doc?.annotations.get(id);
    // Its relations go with it, in the same step.
    if (doc && before)
      edit(doc, { kind: 'annotation', id, before, after: null, relations: relationsOf(doc, id) });
  });

const setStatus = (status: DocumentStatus): Command =>
  command(`setStatus(${status})`, async (model, real) => {
    const doc = openDocument(model);
    const reply = await send(real, 'documents.setStatus', { id: doc.id, status });
    expect(expectOutcome(reply, 'ok', 'setStatus')).toMatchObject({ id: doc.id, status });
    // The status a document already has is no change, and nothing to undo.
    if (doc.status !== status) edit(doc, { kind: 'status', before: doc.status, after: status });
  });

/** Undo or redo in the open document. */
export const step = (direction: 'undo' | 'redo'): Command =>
  command(direction, async (model, real) => {
    const doc = openDocument(model);
    const expected = travel(doc, direction);
    const nothing = direction === 'undo' ? 'NOTHING_TO_UNDO' : 'NOTHING_TO_REDO';
    const reply = await send(real, `history.${direction}`, { documentId: doc.id });
    const done = expectOutcome(reply, expected ? 'ok' : nothing, `${direction} in ${doc.id}`);
    if (!done || !expected) return;
    if (expected.kind === 'status') expect(done).toMatchObject({ action: 'status', status: doc.status });
    else if (expected.kind === 'relation') {
      const now = doc.relations.get(expected.id);
      expect(done).toMatchObject({
        entity: 'relation',
        relationId: expected.id,
        relation: now ? { ...now, id: expected.id } : null,
      });
    } else {
      const now = doc.annotations.get(expected.id);
      expect(done).toMatchObject({
        entity: 'annotation',
        annotationId: expected.id,
        annotation: now ? { ...now, id: expected.id } : null,
      });
      // Undoing or redoing a deletion brings back or takes again the relations it took along.
      const along = expected.after === null ? [...(expected.relations?.keys() ?? [])] : [];
      if ('relations' in done)
        expect(done.relations.map((r) => r.id).sort((a, b) => a - b)).toEqual(along.sort((a, b) => a - b));
    }
  });

const createLabel = (name: string, hotkey: string | null): Command =>
  command(`createLabel(${name}, ${String(hotkey)})`, async (model, real) => {
    const taken = model.labels.some((l) => l.name === name || (hotkey !== null && l.hotkey === hotkey));
    const reply = await send(real, 'labels.create', { name, hotkey });
    const label = expectOutcome(reply, taken ? 'CONFLICT' : 'ok', `labels.create ${name}`);
    if (label) model.labels.push({ id: label.id, name: label.name, hotkey: label.hotkey });
  });

const offset = fc.nat({ max: 90 });
const length = fc.integer({ min: 1, max: 20 });
const maybeOffset = fc.option(offset, { nil: undefined });

/** Every command, weighted towards the annotation edits and undo/redo. */
export const commands: fc.Arbitrary<Command>[] = [
  fc.tuple(fc.nat(), fc.nat()).map(([i, at]) => open(i, at)),
  fc.tuple(fc.nat(), offset, length).map(([l, s, n]) => create(l, s, n)),
  fc.tuple(fc.nat(), offset, length).map(([l, s, n]) => create(l, s, n)),
  fc.tuple(fc.nat(), fc.boolean(), fc.nat()).map(([a, any, l]) => update(a, any, { label: l })),
  fc
    .tuple(fc.nat(), fc.boolean(), maybeOffset, maybeOffset)
    .filter(([, , s, e]) => s !== undefined || e !== undefined)
    .map(([a, any, start, end]) => update(a, any, { start, end })),
  fc.tuple(fc.nat(), fc.boolean()).map(([a, any]) => remove(a, any)),
  fc.constantFrom(...DOCUMENT_STATUSES).map(setStatus),
  fc.constant(step('undo')),
  fc.constant(step('undo')),
  fc.constant(step('redo')),
  fc
    .tuple(fc.constantFrom('PLAATS', 'TIJD', 'ACTOR'), fc.constantFrom(null, '4', '1'))
    .map(([name, hotkey]) => createLabel(name, hotkey)),
];
