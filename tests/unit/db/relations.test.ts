import { describe, expect, it } from 'vitest';
import {
  createRelation,
  deleteRelation,
  listRelations,
  updateRelation,
} from '../../../src-main/db/relations.ts';
import { deleteAnnotation, listAnnotations, redo, undo } from '../../../src-main/db/annotations.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { sha256Hex } from '../../../src-main/text/hash.ts';
import { setup } from './event-frame-setup.ts';

/** The relations of the document as (role, head, child) names, for readable expectations. */
function frames(f: ReturnType<typeof setup>): string[] {
  const uid = new Map(listAnnotations(f.db, f.documentId).map((a) => [a.id, a.uid]));
  const roles = new Map(['agent', 'patient', 'quantity'].map((n) => [f.role(n), n]));
  return listRelations(f.db, f.documentId).map(
    (r) => `${uid.get(r.headId)} ${roles.get(r.roleId)} ${uid.get(r.childId)}`,
  );
}

describe('relations: what the scheme and the document allow', () => {
  it('links an event to its arguments and lists them with the document', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const actor = f.annotate('ACTOR', 'De VS');
    const number = f.annotate('NUMBER', '2.500');
    const agent = createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: actor.id });
    createRelation(f.db, { roleId: f.role('quantity'), headId: event.id, childId: number.id });
    expect(agent).toMatchObject({ documentId: f.documentId, headId: event.id, childId: actor.id });
    expect(frames(f)).toEqual(['T1 agent T2', 'T1 quantity T3']);
  });

  it('refuses each relation the rules forbid, saying why, and stores none of them', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const actor = f.annotate('ACTOR', 'De VS');
    const number = f.annotate('NUMBER', '2.500');
    const agent = f.role('agent');
    expect(() => createRelation(f.db, { roleId: agent, headId: event.id, childId: number.id })).toThrow(
      'agent links EVENT to ACTOR, not to NUMBER',
    );
    expect(() => createRelation(f.db, { roleId: agent, headId: actor.id, childId: event.id })).toThrow(
      'agent links EVENT to ACTOR, not ACTOR to EVENT',
    );
    expect(() => createRelation(f.db, { roleId: agent, headId: event.id, childId: event.id })).toThrow(
      'an annotation cannot be linked to itself',
    );
    expect(() => createRelation(f.db, { roleId: 999, headId: event.id, childId: actor.id })).toThrow(
      'role 999 does not exist',
    );
    expect(() => createRelation(f.db, { roleId: agent, headId: event.id, childId: 999 })).toThrow(
      'annotation 999 does not exist',
    );
    const other = insertDocument(f.db, {
      externalId: 'other',
      title: null,
      published: null,
      source: null,
      text: 'Rutte sprak.',
      textSha256: sha256Hex('Rutte sprak.'),
      meta: {},
      status: 'todo',
    });
    const elsewhere = createAnnotation(f.db, {
      documentId: other,
      labelId: f.label('ACTOR'),
      start: 0,
      end: 5,
    });
    expect(() => createRelation(f.db, { roleId: agent, headId: event.id, childId: elsewhere.id })).toThrow(
      /in different documents/,
    );
    createRelation(f.db, { roleId: agent, headId: event.id, childId: actor.id });
    expect(() => createRelation(f.db, { roleId: agent, headId: event.id, childId: actor.id })).toThrow(
      'EVENT "zeiden" (T1) already has ACTOR "De VS" (T2) as its agent',
    );
    expect(frames(f)).toEqual(['T1 agent T2']);
  });

  it('allows one filler of a role that takes one per event, and names the one already there', () => {
    const f = setup();
    f.db.prepare("UPDATE roles SET many = 0 WHERE name = 'patient'").run();
    const event = f.annotate('EVENT', 'zeiden');
    const vs = f.annotate('ACTOR', 'De VS');
    const premier = f.annotate('ACTOR', 'al-Kazimi');
    const patient = f.role('patient');
    createRelation(f.db, { roleId: patient, headId: event.id, childId: vs.id });
    expect(() => createRelation(f.db, { roleId: patient, headId: event.id, childId: premier.id })).toThrow(
      'EVENT "zeiden" (T1) already has ACTOR "De VS" (T2) as its patient, and patient takes one per event',
    );
    // Many agents are fine.
    createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: vs.id });
    createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: premier.id });
    expect(frames(f)).toEqual(['T1 patient T2', 'T1 agent T2', 'T1 agent T3']);
  });

  it('changes a relation’s role or argument under the same rules', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const vs = f.annotate('ACTOR', 'De VS');
    const number = f.annotate('NUMBER', '2.500');
    const r = createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: vs.id });
    expect(() => updateRelation(f.db, r.id, { childId: number.id })).toThrow('not to NUMBER');
    updateRelation(f.db, r.id, { roleId: f.role('patient') });
    expect(frames(f)).toEqual(['T1 patient T2']);
    undo(f.db, f.documentId);
    expect(frames(f)).toEqual(['T1 agent T2']);
    redo(f.db, f.documentId);
    expect(frames(f)).toEqual(['T1 patient T2']);
  });

  it('refuses to give a relation a one-per-event role another argument already fills', () => {
    const f = setup();
    f.db.prepare("UPDATE roles SET many = 0 WHERE name = 'patient'").run();
    const event = f.annotate('EVENT', 'zeiden');
    const vs = f.annotate('ACTOR', 'De VS');
    const premier = f.annotate('ACTOR', 'al-Kazimi');
    const patient = createRelation(f.db, { roleId: f.role('patient'), headId: event.id, childId: vs.id });
    const agent = createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: premier.id });
    expect(() => updateRelation(f.db, agent.id, { roleId: f.role('patient') })).toThrow(
      'EVENT "zeiden" (T1) already has ACTOR "De VS" (T2) as its patient, and patient takes one per event',
    );
    // The filler itself may change its argument: it does not count against itself.
    updateRelation(f.db, patient.id, { childId: premier.id });
    expect(frames(f)).toEqual(['T1 patient T3', 'T1 agent T3']);
  });
});

describe('relations: history and undo across a restart', () => {
  it('undoes and redoes creating and deleting a relation after the file is reopened', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const actor = f.annotate('ACTOR', 'De VS');
    const created = createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: actor.id });
    deleteRelation(f.db, created.id);
    expect(frames(f)).toEqual([]);
    f.reopen();
    expect(undo(f.db, f.documentId)).toMatchObject({
      entity: 'relation',
      action: 'create',
      relationId: created.id,
      relation: { id: created.id, createdAt: created.createdAt },
      annotationId: event.id,
    });
    expect(frames(f)).toEqual(['T1 agent T2']);
    f.reopen();
    expect(undo(f.db, f.documentId)).toMatchObject({ entity: 'relation', action: 'delete', relation: null });
    expect(frames(f)).toEqual([]);
    f.reopen();
    redo(f.db, f.documentId);
    expect(listRelations(f.db, f.documentId)).toEqual([
      { id: created.id, roleId: created.roleId, headId: event.id, childId: actor.id },
    ]);
    const rows = f.db
      .prepare(
        'SELECT entity, annotation_id AS head, action, origin FROM annotation_history WHERE entity = ? ORDER BY id',
      )
      .all('relation');
    expect(rows).toEqual([
      { entity: 'relation', head: event.id, action: 'create', origin: 'edit' },
      { entity: 'relation', head: event.id, action: 'delete', origin: 'edit' },
      { entity: 'relation', head: event.id, action: 'create', origin: 'undo' },
      { entity: 'relation', head: event.id, action: 'delete', origin: 'undo' },
      { entity: 'relation', head: event.id, action: 'create', origin: 'redo' },
    ]);
  });

  it('deletes an annotation with its relations in one step; undo brings all back, redo takes them again', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const actor = f.annotate('ACTOR', 'De VS');
    const number = f.annotate('NUMBER', '2.500');
    const other = f.annotate('EVENT', 'blijven');
    const agent = createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: actor.id });
    const quantity = createRelation(f.db, {
      roleId: f.role('quantity'),
      headId: event.id,
      childId: number.id,
    });
    const elsewhere = createRelation(f.db, {
      roleId: f.role('patient'),
      headId: other.id,
      childId: actor.id,
    });
    // The actor is an argument of two events: both links go with it.
    deleteAnnotation(f.db, actor.id);
    expect(frames(f)).toEqual(['T1 quantity T3']);
    const row = f.db
      .prepare("SELECT before FROM annotation_history WHERE action = 'delete' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(row)).toMatchObject({ id: actor.id, uid: 'T2', relations: [agent, elsewhere] });
    f.reopen();
    const back = undo(f.db, f.documentId);
    expect(back).toMatchObject({
      entity: 'annotation',
      action: 'create',
      annotation: { id: actor.id, uid: 'T2' },
      relations: [agent, elsewhere],
    });
    expect(frames(f)).toEqual(['T1 agent T2', 'T1 quantity T3', 'T4 patient T2']);
    expect(listAnnotations(f.db, f.documentId).find((a) => a.id === actor.id)).toMatchObject({ uid: 'T2' });
    f.reopen();
    expect(redo(f.db, f.documentId)).toMatchObject({ action: 'delete', relations: [agent, elsewhere] });
    expect(frames(f)).toEqual(['T1 quantity T3']);
    f.reopen();
    undo(f.db, f.documentId);
    expect(listRelations(f.db, f.documentId).map((r) => r.id)).toEqual([agent.id, quantity.id, elsewhere.id]);
  });
});

describe('relations: undo that cannot be done', () => {
  it('says the role is gone when an undone deletion would bring back a relation of a deleted role, and changes nothing', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const actor = f.annotate('ACTOR', 'De VS');
    createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: actor.id });
    deleteAnnotation(f.db, actor.id);
    // The scheme editor may delete a role nothing uses any more.
    const agent = f.role('agent');
    f.db.prepare('DELETE FROM roles WHERE id = ?').run(agent);
    expect(() => undo(f.db, f.documentId)).toThrow(
      `the relation cannot come back: its role (${agent}) was deleted from the scheme`,
    );
    expect(listAnnotations(f.db, f.documentId).map((a) => a.uid)).toEqual(['T1']);
  });
});
