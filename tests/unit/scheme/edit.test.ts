import { describe, expect, it } from 'vitest';
import type { AttributeDef, Label, Role } from '../../../src-main/db/model.ts';
import type { SchemeView } from '../../../src-main/ipc/contract-scheme.ts';
import { importScheme } from '../../../src-main/scheme/import.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { attributeId, attributesById, labelId, roleId, schemeWorld } from './fixture.ts';

describe('scheme.get', () => {
  it('gives the default scheme of a new database: labels, attributes and roles', async () => {
    const w = schemeWorld();
    const scheme = (await w.call('scheme.get', {})) as SchemeView;
    expect(scheme.labels.map((l) => [l.name, l.hotkey, l.description])).toEqual([
      ['EVENT', '1', ''],
      ['NUMBER', '2', ''],
      ['ACTOR', '3', ''],
    ]);
    const event = labelId(w.db, 'EVENT');
    expect(
      scheme.attributes.filter((a) => a.labelId === event).map((a) => [a.name, a.type, a.values]),
    ).toEqual([
      ['polarity', 'choice', ['positive', 'negative']],
      ['modality', 'choice', ['asserted', 'hypothetical', 'other']],
      ['tense', 'choice', ['past', 'present', 'future', 'unknown']],
      ['prominence', 'choice', ['main', 'background']],
    ]);
    expect(scheme.roles.map((r) => [r.name, r.hotkey, r.many])).toEqual([
      ['agent', 'a', true],
      ['patient', 'p', true],
      ['quantity', 'q', true],
    ]);
    expect(scheme.roles[0]).toMatchObject({ from: [event], to: [labelId(w.db, 'ACTOR')] });
  });
});

describe('labels', () => {
  it('keep a description (the guideline text) through create and update', async () => {
    const w = schemeWorld();
    const place = (await w.call('labels.create', { name: 'PLACE', description: 'Een plaats.' })) as Label;
    expect(place.description).toBe('Een plaats.');
    const updated = (await w.call('labels.update', {
      id: labelId(w.db, 'EVENT'),
      description: 'Iets dat gebeurt.',
    })) as Label;
    expect(updated).toMatchObject({ name: 'EVENT', hotkey: '1', description: 'Iets dat gebeurt.' });
  });

  it('refuse a hotkey a role has, in either case, and change nothing', async () => {
    const w = schemeWorld();
    const before = databaseDigest(w.db);
    for (const hotkey of ['a', 'A']) {
      const error = await w.refusal('labels.update', { id: labelId(w.db, 'EVENT'), hotkey });
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`role agent.hotkey: "a" is also the hotkey of label EVENT`);
    }
    expect(await w.refusal('labels.create', { name: 'PLACE', hotkey: 'Q' })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(databaseDigest(w.db)).toBe(before);
  });

  it('are deleted only when no annotation uses them and no role would link nothing', async () => {
    const w = schemeWorld();
    expect(await w.refusal('labels.delete', { id: labelId(w.db, 'EVENT') })).toEqual({
      code: 'CONFLICT',
      message: 'EVENT is used by 2 annotations; delete or relabel those first',
    });
    w.db.prepare('DELETE FROM relations WHERE role_id = ?').run(roleId(w.db, 'quantity'));
    w.db.prepare('DELETE FROM annotations WHERE label_id = ?').run(labelId(w.db, 'NUMBER'));
    w.db.prepare("UPDATE labels SET annotation_count = 0 WHERE name = 'NUMBER'").run();
    expect(await w.refusal('labels.delete', { id: labelId(w.db, 'NUMBER') })).toEqual({
      code: 'CONFLICT',
      message: 'NUMBER is the only label role quantity links to; change or delete the role first',
    });
    const place = (await w.call('labels.create', { name: 'PLACE' })) as Label;
    await w.call('attributes.create', { labelId: place.id, name: 'gazetteer', type: 'text' });
    await w.call('roles.update', { id: roleId(w.db, 'agent'), to: [labelId(w.db, 'ACTOR'), place.id] });
    expect(await w.call('labels.delete', { id: place.id })).toMatchObject({ name: 'PLACE' });
    const scheme = (await w.call('scheme.get', {})) as SchemeView;
    expect(scheme.labels.map((l) => l.name)).toEqual(['EVENT', 'NUMBER', 'ACTOR']);
    expect(scheme.attributes.map((a) => a.name)).not.toContain('gazetteer');
    expect(scheme.roles.find((r) => r.name === 'agent')?.to).toEqual([labelId(w.db, 'ACTOR')]);
  });

  it('are not deleted while undo could bring back an annotation with them, unless asked to forget those steps', async () => {
    const w = schemeWorld();
    const place = (await w.call('labels.create', { name: 'PLACE' })) as Label;
    const documentId = w.db.prepare('SELECT id FROM documents').pluck().get() as number;
    const created = (await w.call('annotations.create', {
      documentId,
      labelId: place.id,
      start: 43,
      end: 47,
    })) as {
      id: number;
    };
    await w.call('annotations.delete', { id: created.id });
    expect(await w.refusal('labels.delete', { id: place.id })).toEqual({
      code: 'CONFLICT',
      message:
        'PLACE can still come back by undo: 2 undo or redo steps in 1 document hold it; delete it with forgetUndo to drop those steps too',
    });
    expect(await w.call('labels.delete', { id: place.id, forgetUndo: true })).toMatchObject({
      name: 'PLACE',
      forgottenUndoSteps: 2,
    });
    // Undo goes on with the steps before them, instead of failing on a label that is gone.
    expect(await w.call('history.undo', { documentId })).toMatchObject({ action: 'delete' });
  });
});

describe('a database from before the scheme rules', () => {
  it('can still be edited and imported into where its old clash is not touched', async () => {
    const w = schemeWorld();
    // Before roles, a label could take any letter as its hotkey.
    w.db
      .prepare("INSERT INTO labels (name, color, hotkey, position) VALUES ('PLACE', '#123456', 'a', 4)")
      .run();
    expect(await w.call('labels.update', { id: labelId(w.db, 'EVENT'), color: '#000000' })).toMatchObject({
      color: '#000000',
    });
    expect(
      await w.call('roles.update', { id: roleId(w.db, 'agent'), description: 'Wie het doet.' }),
    ).toMatchObject({
      description: 'Wie het doet.',
    });
    expect(
      importScheme(w.db, JSON.stringify({ labels: [{ name: 'EVENT', description: 'Iets.' }] })).labels,
    ).toMatchObject({
      updated: ['EVENT'],
    });
    // A new clash is still refused.
    expect(await w.refusal('labels.update', { id: labelId(w.db, 'EVENT'), hotkey: 'p' })).toMatchObject({
      code: 'CONFLICT',
      message: 'role patient.hotkey: "p" is also the hotkey of label EVENT',
    });
  });
});

describe('attributes', () => {
  it('are created by the scheme rules: one type per name, a default that fits', async () => {
    const w = schemeWorld();
    const event = labelId(w.db, 'EVENT');
    const created = (await w.call('attributes.create', {
      labelId: event,
      name: 'certainty',
      type: 'choice',
      values: ['certain', 'probable'],
      default: 'certain',
    })) as AttributeDef;
    expect(created).toMatchObject({
      labelId: event,
      name: 'certainty',
      values: ['certain', 'probable'],
      position: 5,
    });
    const clash = await w.refusal('attributes.create', { labelId: event, name: 'value', type: 'text' });
    expect(clash.code).toBe('VALIDATION');
    expect(clash.message).toContain(
      'attribute NUMBER.value.type: "value" is a number here and a text at attribute EVENT.value; one attribute name has one type across the scheme',
    );
    const badDefault = await w.refusal('attributes.create', {
      labelId: event,
      name: 'when',
      type: 'date',
      default: '2021-02-30',
    });
    expect(badDefault.message).toContain('attribute EVENT.when.default: "2021-02-30" is not a valid when');
    expect(
      await w.refusal('attributes.create', { labelId: event, name: 'size', type: 'number', values: ['1'] }),
    ).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('only a choice has values') });
    // Another label may have an attribute of the same name and type, with other values.
    await w.call('attributes.create', {
      labelId: labelId(w.db, 'ACTOR'),
      name: 'mod',
      type: 'choice',
      values: ['A'],
    });
  });

  it('keep their values through a rename, logged in the history', async () => {
    const w = schemeWorld();
    const historyBefore = w.db.prepare('SELECT count(*) FROM annotation_history').pluck().get() as number;
    await w.call('attributes.update', { id: attributeId(w.db, 'EVENT', 'polarity'), name: 'sign' });
    const attributes = attributesById(w.db);
    expect(attributes[w.ids.event]).toEqual({ sign: 'positive', tense: 'present' });
    expect(Object.values(attributes).filter((a) => 'polarity' in (a as object))).toEqual([]);
    const logged = w.db
      .prepare('SELECT origin, after FROM annotation_history WHERE id > ? ORDER BY id')
      .all(historyBefore) as { origin: string; after: string }[];
    expect(
      logged.map((r) => [r.origin, (JSON.parse(r.after) as { attributes: unknown }).attributes]),
    ).toEqual([
      ['import', { sign: 'positive', tense: 'present' }],
      ['import', { sign: 'negative' }],
    ]);
    // The ACTOR's own attributes are not the EVENT's.
    expect(attributes[w.ids.actor]).toEqual({ kind: 'country' });
  });

  it('refuse a type change or a lost choice value while annotations hold values, with a count', async () => {
    const w = schemeWorld();
    const before = databaseDigest(w.db);
    expect(
      await w.refusal('attributes.update', { id: attributeId(w.db, 'NUMBER', 'value'), type: 'text' }),
    ).toEqual({
      code: 'CONFLICT',
      message:
        'NUMBER.value cannot change from number to text: 1 annotation holds a value (delete the attribute with its values first, or keep the type)',
    });
    expect(
      await w.refusal('attributes.update', {
        id: attributeId(w.db, 'EVENT', 'polarity'),
        values: ['positive'],
      }),
    ).toEqual({
      code: 'CONFLICT',
      message: 'EVENT.polarity would no longer allow "negative", which 1 annotation uses',
    });
    expect(databaseDigest(w.db)).toBe(before);
    // A value nobody uses may go, and an unused attribute may change type.
    await w.call('attributes.update', { id: attributeId(w.db, 'EVENT', 'prominence'), values: ['main'] });
    const retyped = (await w.call('attributes.update', {
      id: attributeId(w.db, 'NUMBER', 'unit'),
      type: 'choice',
      values: ['%', 'euro'],
    })) as AttributeDef;
    expect(retyped).toMatchObject({ type: 'choice', values: ['%', 'euro'], default: null });
  });

  it('are deleted with their values only when asked, saying how many went', async () => {
    const w = schemeWorld();
    const id = attributeId(w.db, 'EVENT', 'polarity');
    expect(await w.refusal('attributes.delete', { id })).toEqual({
      code: 'CONFLICT',
      message:
        'EVENT.polarity has a value on 2 annotations; delete it with clearValues to remove those values too',
    });
    const deleted = (await w.call('attributes.delete', { id, clearValues: true })) as {
      attribute: AttributeDef;
      clearedValues: number;
    };
    expect(deleted).toMatchObject({ attribute: { name: 'polarity' }, clearedValues: 2 });
    expect(attributesById(w.db)[w.ids.event]).toEqual({ tense: 'present' });
    expect(await w.call('attributes.delete', { id: attributeId(w.db, 'EVENT', 'modality') })).toMatchObject({
      clearedValues: 0,
    });
  });
});

describe('roles', () => {
  it('take a hotkey no label or role has and that the editor does not bind itself', async () => {
    const w = schemeWorld();
    const event = labelId(w.db, 'EVENT');
    const actor = labelId(w.db, 'ACTOR');
    const base = { name: 'cause', from: [event], to: [event] };
    for (const [hotkey, reason] of [
      ['j', '"j" is the editor\'s own key (j, k move between annotations)'],
      ['K', '"K" is the editor\'s own key'],
      ['1', 'role cause.hotkey: "1" is also the hotkey of label EVENT'],
      ['A', 'role cause.hotkey: "A" is also the hotkey of role agent'],
    ] as const) {
      const error = await w.refusal('roles.create', { ...base, hotkey });
      expect(['VALIDATION', 'CONFLICT']).toContain(error.code);
      expect(error.message).toContain(reason);
    }
    const created = (await w.call('roles.create', {
      ...base,
      hotkey: 'c',
      many: false,
      description: 'Oorzaak.',
    })) as Role;
    expect(created).toMatchObject({
      name: 'cause',
      hotkey: 'c',
      many: false,
      from: [event],
      to: [event],
      position: 4,
    });
    expect(await w.refusal('roles.create', { name: 'cause', from: [event], to: [actor] })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('role cause.name: "cause" is also the name of role cause'),
    });
  });

  it('keep their relations through a rename and refuse narrowing that would orphan them', async () => {
    const w = schemeWorld();
    const agent = roleId(w.db, 'agent');
    const before = databaseDigest(w.db);
    expect(await w.refusal('roles.update', { id: agent, to: [labelId(w.db, 'NUMBER')] })).toEqual({
      code: 'CONFLICT',
      message: '2 relations of agent link labels it would no longer link',
    });
    expect(await w.refusal('roles.update', { id: agent, many: false })).toEqual({
      code: 'CONFLICT',
      message: '1 event has more than one agent, so it cannot become one per event',
    });
    expect(databaseDigest(w.db)).toBe(before);
    const renamed = (await w.call('roles.update', { id: agent, name: 'doer', hotkey: 'd' })) as Role;
    expect(renamed).toMatchObject({ id: agent, name: 'doer', hotkey: 'd' });
    expect(w.db.prepare('SELECT count(*) FROM relations WHERE role_id = ?').pluck().get(agent)).toBe(2);
    // Widening never orphans anything.
    await w.call('roles.update', { id: agent, to: [labelId(w.db, 'ACTOR'), labelId(w.db, 'NUMBER')] });
    // quantity has one filler per event: it may become one per event.
    expect(await w.call('roles.update', { id: roleId(w.db, 'quantity'), many: false })).toMatchObject({
      many: false,
    });
  });

  it('are deleted only when no relation uses them', async () => {
    const w = schemeWorld();
    expect(await w.refusal('roles.delete', { id: roleId(w.db, 'agent') })).toEqual({
      code: 'CONFLICT',
      message: 'agent is used by 2 relations; delete those relations first',
    });
    expect(await w.call('roles.delete', { id: roleId(w.db, 'patient') })).toMatchObject({ name: 'patient' });
    expect(((await w.call('scheme.get', {})) as SchemeView).roles.map((r) => r.name)).toEqual([
      'agent',
      'quantity',
    ]);
  });
});
