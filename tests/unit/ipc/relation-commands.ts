/**
 * The model-based test's commands for what issue 18 added: linking an event
 * to an argument, unlinking, giving a link another role, and a note and flag
 * on an annotation. Each is sent through dispatch and applied to the model.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { command, expectOutcome, NO_ANNOTATION, pick, send, type Command } from './annotation-commands.ts';
import {
  documentOf,
  documentOfRelation,
  edit,
  linkOutcome,
  openDocument,
  type Model,
  type ModelDocument,
  type ModelRelation,
} from './annotation-model.ts';

/**
 * An event and an argument for `role`, chosen by index among those whose
 * labels the role links, in the open document or else the first that has
 * both (which the user then opens); `wild` chooses among all annotations of
 * all documents, to meet every refusal.
 */
function ends(model: Model, roleId: number, head: number, child: number, wild: boolean): [number, number] {
  const role = model.roles.find((r) => r.id === roleId);
  const spans = (docs: ModelDocument[]) => docs.flatMap((d) => [...d.annotations]).sort(([a], [b]) => a - b);
  if (wild) {
    const all = spans([...model.documents.values()]);
    return [pick(all, head)?.[0] ?? NO_ANNOTATION, pick(all, child)?.[0] ?? NO_ANNOTATION];
  }
  const open = openDocument(model);
  for (const doc of [open, ...model.documents.values()]) {
    const heads = spans([doc]).filter(([, s]) => role?.from.includes(s.labelId));
    const children = spans([doc]).filter(([, s]) => role?.to.includes(s.labelId));
    const [h, c] = [pick(heads, head), pick(children, child)];
    if (h && c) {
      model.open = doc.id;
      return [h[0], c[0]];
    }
  }
  return [NO_ANNOTATION, NO_ANNOTATION];
}

const link = (role: number, head: number, child: number, wild: boolean): Command =>
  command(`link(role ${role}, ${head} -> ${child}${wild ? ' wild' : ''})`, async (model, real) => {
    const found = pick(model.roles, role);
    if (!found) return;
    const [headId, childId] = ends(model, found.id, head, child, wild);
    const request: ModelRelation = { roleId: found.id, headId, childId };
    const reply = await send(real, 'relations.create', request);
    const created = expectOutcome(
      reply,
      linkOutcome(model, found, headId, childId),
      `link ${JSON.stringify(request)}`,
    );
    const doc = documentOf(model, headId);
    if (!created || !doc) return;
    expect(created).toMatchObject({ ...request, documentId: doc.id });
    edit(doc, { kind: 'relation', id: created.id, before: null, after: request });
  });

/** A relation of the open document, chosen by index; a missing id when it has none. */
function relationAt(model: Model, index: number): number {
  return (
    pick(
      [...openDocument(model).relations.keys()].sort((a, b) => a - b),
      index,
    ) ?? NO_ANNOTATION
  );
}

const unlink = (index: number): Command =>
  command(`unlink(${index})`, async (model, real) => {
    const id = relationAt(model, index);
    const doc = documentOfRelation(model, id);
    const before = doc?.relations.get(id);
    const reply = await send(real, 'relations.delete', { id });
    expectOutcome(reply, before ? 'ok' : 'NOT_FOUND', `unlink ${id}`);
    if (doc && before) edit(doc, { kind: 'relation', id, before, after: null });
  });

const relink = (index: number, role: number): Command =>
  command(`relink(${index}, role ${role})`, async (model, real) => {
    const id = relationAt(model, index);
    const found = pick(model.roles, role);
    if (!found) return;
    const doc = documentOfRelation(model, id);
    const before = doc?.relations.get(id);
    let outcome = linkOutcome(
      model,
      found,
      before?.headId ?? NO_ANNOTATION,
      before?.childId ?? NO_ANNOTATION,
    );
    if (!doc || !before) outcome = 'NOT_FOUND';
    // The relation itself does not count against its new role; the same role is no change.
    else if (before.roleId === found.id) outcome = 'ok';
    const reply = await send(real, 'relations.update', { id, roleId: found.id });
    const updated = expectOutcome(reply, outcome, `relink ${id} to role ${found.id}`);
    if (!updated || !doc || !before) return;
    expect(updated).toMatchObject({ id, roleId: found.id });
    if (before.roleId !== found.id)
      edit(doc, { kind: 'relation', id, before, after: { ...before, roleId: found.id } });
  });

const remark = (annotation: number, note: string | null, flag: string | null): Command =>
  command(`remark(${annotation}, ${JSON.stringify(note)}, ${String(flag)})`, async (model, real) => {
    const ids = [...openDocument(model).annotations.keys()].sort((a, b) => a - b);
    const id = pick(ids, annotation) ?? NO_ANNOTATION;
    const doc = documentOf(model, id);
    const before = doc?.annotations.get(id);
    const reply = await send(real, 'annotations.update', { id, note, flag });
    const updated = expectOutcome(reply, before ? 'ok' : 'NOT_FOUND', `remark ${id}`);
    if (!updated || !doc || !before) return;
    // An empty note is no note.
    const after = { ...before, note: note || null, flag };
    expect(updated).toMatchObject({ id, note: after.note, flag });
    if ((before.note ?? null) !== after.note || (before.flag ?? null) !== flag)
      edit(doc, { kind: 'annotation', id, before, after });
  });

/** The new commands, weighted towards linking so that frames grow and undo meets them. */
export const relationCommands: fc.Arbitrary<Command>[] = [
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constant(false)).map(([r, h, c, w]) => link(r, h, c, w)),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constant(false)).map(([r, h, c, w]) => link(r, h, c, w)),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean()).map(([r, h, c, w]) => link(r, h, c, w)),
  fc.nat().map(unlink),
  fc.tuple(fc.nat(), fc.nat()).map(([i, r]) => relink(i, r)),
  fc
    .tuple(fc.nat(), fc.constantFrom(null, '', 'Wie?', '𝔘 nota'), fc.constantFrom(null, 'unsure'))
    .map(([a, n, f]) => remark(a, n, f)),
];
