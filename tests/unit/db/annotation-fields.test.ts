import { describe, expect, it } from 'vitest';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  redo,
  undo,
  updateAnnotation,
} from '../../../src-main/db/annotations.ts';
import { createRelation } from '../../../src-main/db/relations.ts';
import { setup, TEXT } from './event-frame-setup.ts';

const at = (part: string): [number, number] => {
  const start = TEXT.indexOf(part);
  return [start, start + part.length];
};

describe('attributes', () => {
  it('sets, changes and unsets values, stored with their keys in name order', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    updateAnnotation(f.db, event.id, { attributes: { tense: 'past', polarity: 'positive' } });
    const stored = () =>
      f.db.prepare('SELECT attributes FROM annotations WHERE id = ?').pluck().get(event.id) as string;
    expect(stored()).toBe('{"polarity":"positive","tense":"past"}');
    const after = updateAnnotation(f.db, event.id, { attributes: { polarity: null, modality: 'asserted' } });
    expect(after.attributes).toEqual({ modality: 'asserted', tense: 'past' });
    expect(stored()).toBe('{"modality":"asserted","tense":"past"}');
  });

  it('refuses a name the label does not have and a value its type does not allow', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const number = f.annotate('NUMBER', '2.500');
    expect(() => updateAnnotation(f.db, event.id, { attributes: { value: 2500 } })).toThrow(
      'EVENT has no attribute "value" (it has polarity, modality, tense, prominence)',
    );
    expect(() => updateAnnotation(f.db, event.id, { attributes: { tense: 'later' } })).toThrow(
      '"later" is not a valid tense: expected one of "past", "present", "future", "unknown"',
    );
    expect(() => updateAnnotation(f.db, number.id, { attributes: { value: '2.500' } })).toThrow(
      /expected a number/,
    );
    const [start, end] = at('De VS');
    expect(() =>
      createAnnotation(f.db, {
        documentId: f.documentId,
        labelId: f.label('ACTOR'),
        start,
        end,
        attributes: { kind: 'alien' },
      }),
    ).toThrow(/not a valid kind/);
    expect(listAnnotations(f.db, f.documentId).map((a) => a.attributes)).toEqual([{}, {}]);
  });

  it('creates an annotation with attribute values', () => {
    const f = setup();
    const [start, end] = at('2.500');
    const created = createAnnotation(f.db, {
      documentId: f.documentId,
      labelId: f.label('NUMBER'),
      start,
      end,
      attributes: { value: 2500, mod: 'exact' },
    });
    expect(created.attributes).toEqual({ mod: 'exact', value: 2500 });
  });

  it('undoes and redoes setting and unsetting values after a restart', () => {
    const f = setup();
    const number = f.annotate('NUMBER', '2.500');
    updateAnnotation(f.db, number.id, { attributes: { value: 2500 } });
    updateAnnotation(f.db, number.id, { attributes: { value: null, unit: 'militairen' } });
    f.reopen();
    const read = () => listAnnotations(f.db, f.documentId)[0]?.attributes;
    expect(read()).toEqual({ unit: 'militairen' });
    undo(f.db, f.documentId);
    expect(read()).toEqual({ value: 2500 });
    f.reopen();
    undo(f.db, f.documentId);
    expect(read()).toEqual({});
    f.reopen();
    redo(f.db, f.documentId);
    redo(f.db, f.documentId);
    expect(read()).toEqual({ unit: 'militairen' });
  });
});

describe('relabelling keeps what the annotation has, or is refused', () => {
  it('refuses a label without the attributes whose values are set, counting them', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    updateAnnotation(f.db, event.id, { attributes: { tense: 'past', polarity: 'positive' } });
    expect(() => updateAnnotation(f.db, event.id, { labelId: f.label('ACTOR') })).toThrow(
      'ACTOR has no polarity, tense: unset those 2 values before changing the label',
    );
    // Unsetting them in the same change is fine.
    const relabelled = updateAnnotation(f.db, event.id, {
      labelId: f.label('ACTOR'),
      attributes: { tense: null, polarity: null, kind: 'country' },
    });
    expect(relabelled).toMatchObject({ labelId: f.label('ACTOR'), attributes: { kind: 'country' } });
  });

  it('refuses a label the roles of its relations do not allow, counting them', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const vs = f.annotate('ACTOR', 'De VS');
    const premier = f.annotate('ACTOR', 'al-Kazimi');
    createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: vs.id });
    createRelation(f.db, { roleId: f.role('patient'), headId: event.id, childId: premier.id });
    expect(() => updateAnnotation(f.db, vs.id, { labelId: f.label('NUMBER') })).toThrow(
      'NUMBER does not fit 1 relation of this annotation (agent): remove it before changing the label',
    );
    expect(() => updateAnnotation(f.db, event.id, { labelId: f.label('ACTOR') })).toThrow(
      'ACTOR does not fit 2 relations of this annotation (agent, patient): remove them',
    );
    expect(listAnnotations(f.db, f.documentId).map((a) => a.labelId)).toEqual([
      f.label('ACTOR'),
      f.label('EVENT'),
      f.label('ACTOR'),
    ]);
  });
});

describe('fragments', () => {
  it('makes an annotation discontinuous; start and end become the extent; undo and redo after a restart', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const first = at('zeiden');
    const second = at('blijven');
    const split = updateAnnotation(f.db, event.id, { fragments: [first, second] });
    expect(split).toMatchObject({ start: first[0], end: second[1], fragments: [first, second] });
    f.reopen();
    undo(f.db, f.documentId);
    expect(listAnnotations(f.db, f.documentId)[0]).toMatchObject({
      start: first[0],
      end: first[1],
      fragments: null,
    });
    f.reopen();
    redo(f.db, f.documentId);
    expect(listAnnotations(f.db, f.documentId)[0]).toMatchObject({ fragments: [first, second] });
    // Back to one stretch: the extent.
    expect(updateAnnotation(f.db, event.id, { fragments: null })).toMatchObject({
      start: first[0],
      end: second[1],
      fragments: null,
    });
  });

  it('creates a discontinuous annotation whose start and end are its extent', () => {
    const f = setup();
    const [a, b] = [at('De VS'), at('zeiden')];
    const created = createAnnotation(f.db, {
      documentId: f.documentId,
      labelId: f.label('EVENT'),
      start: a[0],
      end: b[1],
      fragments: [a, b],
    });
    expect(created.fragments).toEqual([a, b]);
    expect(() =>
      createAnnotation(f.db, {
        documentId: f.documentId,
        labelId: f.label('ACTOR'),
        start: a[0],
        end: b[1] + 1,
        fragments: [a, b],
      }),
    ).toThrow(`start and end of a discontinuous annotation are its fragments' extent (${a[0]}-${b[1]})`);
  });

  it('refuses fragments that are too few, out of order, overlapping, touching, past the text or split a character', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    const refused = (fragments: [number, number][]) => () => updateAnnotation(f.db, event.id, { fragments });
    expect(refused([[3, 5]])).toThrow('at least two fragments');
    expect(
      refused([
        [10, 12],
        [3, 5],
      ]),
    ).toThrow('fragment 2 (3-5) overlaps fragment 1');
    expect(
      refused([
        [3, 8],
        [6, 9],
      ]),
    ).toThrow('fragment 2 (6-9) overlaps fragment 1');
    expect(
      refused([
        [3, 6],
        [6, 9],
      ]),
    ).toThrow('fragment 2 (6-9) touches fragment 1 at 6');
    expect(
      refused([
        [3, 6],
        [8, TEXT.length + 1],
      ]),
    ).toThrow('fragment 2: end');
    const flag = TEXT.indexOf('🇺🇸');
    expect(
      refused([
        [3, 6],
        [flag + 1, flag + 4],
      ]),
    ).toThrow('fragment 2: the span splits a character');
    expect(
      refused([
        [3, 6],
        [7, 7],
      ]),
    ).toThrow('fragment 2: end 7 must be greater than start 7');
    expect(listAnnotations(f.db, f.documentId)[0]?.fragments).toBeNull();
  });

  it('moves the outer edges of a discontinuous annotation when only its start or end changes', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    updateAnnotation(f.db, event.id, { fragments: [at('zeiden'), at('blijven')] });
    const [s, e] = at('blijven');
    expect(updateAnnotation(f.db, event.id, { end: e - 1 }).fragments).toEqual([at('zeiden'), [s, e - 1]]);
    expect(() => updateAnnotation(f.db, event.id, { start: at('zeiden')[1] })).toThrow(/greater than start/);
  });
});

describe('note and flag', () => {
  it('sets and clears them, undoable after a restart; an empty note is no note', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    updateAnnotation(f.db, event.id, { note: 'Wie zei het?', flag: 'unsure' });
    f.reopen();
    const read = () => {
      const a = listAnnotations(f.db, f.documentId)[0];
      return { note: a?.note, flag: a?.flag };
    };
    expect(read()).toEqual({ note: 'Wie zei het?', flag: 'unsure' });
    updateAnnotation(f.db, event.id, { note: '', flag: null });
    expect(read()).toEqual({ note: null, flag: null });
    f.reopen();
    undo(f.db, f.documentId);
    expect(read()).toEqual({ note: 'Wie zei het?', flag: 'unsure' });
    undo(f.db, f.documentId);
    expect(read()).toEqual({ note: null, flag: null });
    f.reopen();
    redo(f.db, f.documentId);
    expect(read()).toEqual({ note: 'Wie zei het?', flag: 'unsure' });
  });

  it('writes no history row for a change that changes nothing', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    updateAnnotation(f.db, event.id, { note: 'x', attributes: { tense: 'past' } });
    const rows = () => f.db.prepare('SELECT count(*) FROM annotation_history').pluck().get();
    const before = rows();
    updateAnnotation(f.db, event.id, { note: 'x', attributes: { tense: 'past' }, flag: null });
    expect(rows()).toBe(before);
  });

  it('keeps the whole annotation in the history row, and the span id through every change', () => {
    const f = setup();
    const event = f.annotate('EVENT', 'zeiden');
    updateAnnotation(f.db, event.id, { attributes: { tense: 'past' }, note: 'n', flag: 'unsure' });
    const after = JSON.parse(
      f.db.prepare('SELECT after FROM annotation_history ORDER BY id DESC LIMIT 1').pluck().get() as string,
    );
    expect(after).toMatchObject({ uid: 'T1', attributes: { tense: 'past' }, note: 'n', flag: 'unsure' });
    updateAnnotation(f.db, event.id, { labelId: f.label('ACTOR'), attributes: { tense: null } });
    expect(listAnnotations(f.db, f.documentId)[0]?.uid).toBe('T1');
  });
});

describe('span ids', () => {
  it('gives out each id once: not again after its span was deleted or its creation undone', () => {
    const f = setup();
    f.annotate('ACTOR', 'De VS');
    const second = f.annotate('NUMBER', '2.500');
    deleteAnnotation(f.db, second.id);
    expect(f.annotate('EVENT', 'zeiden').uid).toBe('T3');
    undo(f.db, f.documentId);
    f.reopen();
    expect(f.annotate('EVENT', 'blijven').uid).toBe('T4');
    // Undoing the deletion brings the span back under its own id.
    undo(f.db, f.documentId);
    undo(f.db, f.documentId);
    expect(listAnnotations(f.db, f.documentId).map((a) => a.uid)).toEqual(['T1', 'T2']);
  });
});
