import { describe, expect, it } from 'vitest';
import {
  createAnnotation,
  deleteAnnotation,
  historyDepth,
  redo,
  undo,
  updateAnnotation,
} from '../../../src-main/db/annotations.ts';
import { createRelation } from '../../../src-main/db/relations.ts';
import { curationList, type CurationItem } from '../../../src-main/db/curation-items.ts';
import { acceptAgreed, acceptCurationItem, rejectCurationItem } from '../../../src-main/db/curation.ts';
import { assertEditable, layerStatus, listLayers, readLayer } from '../../../src-main/db/layers.ts';
import { TEXT, setup, type Fixture } from './event-frame-setup.ts';

/** `part` of the text tagged with `label` in `layer`. */
function tag(f: Fixture, layer: string | null, label: string, part: string, attributes = {}) {
  const start = TEXT.indexOf(part);
  return createAnnotation(f.db, {
    documentId: f.documentId,
    labelId: f.label(label),
    start,
    end: start + part.length,
    annotator: layer,
    attributes,
  });
}

/** Two annotators who agree on one event and its agent, and differ on the rest. */
function twoLayers() {
  const f = setup();
  const annaEvent = tag(f, 'anna', 'EVENT', 'zeiden', { polarity: 'positive' });
  const annaActor = tag(f, 'anna', 'ACTOR', 'De VS');
  tag(f, 'anna', 'NUMBER', '2.500');
  const bobEvent = tag(f, 'bob', 'EVENT', 'zeiden', { polarity: 'negative' });
  const bobActor = tag(f, 'bob', 'ACTOR', 'De VS');
  tag(f, 'bob', 'ACTOR', 'premier al-Kazimi');
  createRelation(f.db, { roleId: f.role('agent'), headId: annaEvent.id, childId: annaActor.id });
  createRelation(f.db, { roleId: f.role('agent'), headId: bobEvent.id, childId: bobActor.id });
  return f;
}

const textOf = (i: CurationItem) =>
  i.kind === 'span' ? TEXT.slice(i.start, i.end) : `relation ${i.head} → ${i.child}`;
const who = (f: Fixture) =>
  curationList(f.db, f.documentId).items.map((i) => [textOf(i), i.layers.join('+'), i.state, i.agreed]);

describe('the curation list', () => {
  it('groups the layers’ spans and relations by identity, with who has them', () => {
    const f = twoLayers();
    const list = curationList(f.db, f.documentId);
    expect(list.layers).toEqual(['anna', 'bob']);
    expect(who(f)).toEqual([
      ['De VS', 'anna+bob', 'open', true],
      ['zeiden', 'anna+bob', 'open', true],
      ['2.500', 'anna', 'open', false],
      ['premier al-Kazimi', 'bob', 'open', false],
      [expect.stringMatching(/^relation S\|/), 'anna+bob', 'open', true],
    ]);
    // Each layer's own attribute values stay visible to the curator.
    const event = list.items.find((i) => i.kind === 'span' && textOf(i) === 'zeiden');
    expect(event?.kind === 'span' && event.attributes).toEqual({
      anna: { polarity: 'positive' },
      bob: { polarity: 'negative' },
    });
  });

  it('leaves unattributed spans out: they are nobody’s layer', () => {
    const f = twoLayers();
    tag(f, null, 'NUMBER', '2.500');
    expect(who(f).filter(([, layers]) => layers === '')).toEqual([]);
  });
});

describe('accepting into gold', () => {
  it('accepts everything all annotators agree on as one undo step of the gold layer', () => {
    const f = twoLayers();
    const { accepted } = acceptAgreed(f.db, f.documentId);
    expect(accepted).toBe(3);
    const gold = readLayer(f.db, f.documentId, 'gold');
    expect(gold.annotations.map((a) => TEXT.slice(a.start, a.end))).toEqual(['De VS', 'zeiden']);
    expect(gold.relations).toHaveLength(1);
    // The first layer's attributes come along.
    expect(gold.annotations.find((a) => a.start === TEXT.indexOf('zeiden'))?.attributes).toEqual({
      polarity: 'positive',
    });
    expect(layerStatus(f.db, f.documentId, 'gold')).toBe('in_progress');
    expect(historyDepth(f.db, f.documentId, 'gold')).toEqual({ undo: 1, redo: 0 });
    undo(f.db, f.documentId, 'gold');
    expect(readLayer(f.db, f.documentId, 'gold')).toEqual({ annotations: [], relations: [] });
    redo(f.db, f.documentId, 'gold');
    expect(readLayer(f.db, f.documentId, 'gold').annotations).toHaveLength(2);
    expect(readLayer(f.db, f.documentId, 'gold').relations).toHaveLength(1);
  });

  it("keeps gold's undo apart from the user's own", () => {
    const f = twoLayers();
    const own = tag(f, 'tester', 'NUMBER', '2.500');
    const key =
      curationList(f.db, f.documentId).items.find((i) => textOf(i) === 'premier al-Kazimi')?.key ?? '';
    acceptCurationItem(f.db, f.documentId, key);
    // The user's undo takes back their own span, not the curator's acceptance.
    undo(f.db, f.documentId);
    expect(readLayer(f.db, f.documentId, 'tester').annotations).toEqual([]);
    expect(readLayer(f.db, f.documentId, 'gold').annotations).toHaveLength(1);
    expect(historyDepth(f.db, f.documentId, 'gold')).toEqual({ undo: 1, redo: 0 });
    undo(f.db, f.documentId, 'gold');
    expect(readLayer(f.db, f.documentId, 'gold').annotations).toEqual([]);
    expect(own.annotator).toBe('tester');
  });

  it('accepts a relation with its two ends, and a disagreement with the chosen layer’s attributes', () => {
    const f = twoLayers();
    const relation = curationList(f.db, f.documentId).items.find((i) => i.kind === 'relation');
    acceptCurationItem(f.db, f.documentId, relation?.key ?? '', 'bob');
    const gold = readLayer(f.db, f.documentId, 'gold');
    expect(gold.annotations).toHaveLength(2);
    expect(gold.relations).toHaveLength(1);
    expect(gold.annotations.find((a) => a.start === TEXT.indexOf('zeiden'))?.attributes).toEqual({
      polarity: 'negative',
    });
    expect(() => acceptCurationItem(f.db, f.documentId, relation?.key ?? '')).toThrow(/already in gold/);
  });

  it('accepts a relation whose ends are in two layers, each end from its own', () => {
    const f = twoLayers();
    const bobsEvent = readLayer(f.db, f.documentId, 'bob').annotations.find(
      (a) => a.labelId === f.label('EVENT'),
    );
    const annasNumber = readLayer(f.db, f.documentId, 'anna').annotations.find(
      (a) => a.labelId === f.label('NUMBER'),
    );
    createRelation(f.db, {
      roleId: f.role('quantity'),
      headId: bobsEvent?.id ?? 0,
      childId: annasNumber?.id ?? 0,
    });
    const link = curationList(f.db, f.documentId).items.find(
      (i) => i.kind === 'relation' && i.layers.join() === 'bob',
    );
    acceptCurationItem(f.db, f.documentId, link?.key ?? '');
    expect(readLayer(f.db, f.documentId, 'gold').annotations.map((a) => TEXT.slice(a.start, a.end))).toEqual([
      'zeiden',
      '2.500',
    ]);
  });

  it('lets gold be edited like any layer, and an edited gold span stands on its own', () => {
    const f = twoLayers();
    acceptAgreed(f.db, f.documentId);
    const actor = readLayer(f.db, f.documentId, 'gold').annotations.find((a) => a.start === 0);
    updateAnnotation(f.db, actor?.id ?? 0, { end: 2 });
    expect(who(f).slice(0, 3)).toEqual([
      ['De', '', 'accepted', false],
      ['De VS', 'anna+bob', 'open', true],
      ['zeiden', 'anna+bob', 'accepted', true],
    ]);
    expect(historyDepth(f.db, f.documentId, 'gold').undo).toBe(2);
    undo(f.db, f.documentId, 'gold');
    expect(who(f)[0]).toEqual(['De VS', 'anna+bob', 'accepted', true]);
    deleteAnnotation(f.db, actor?.id ?? 0);
    expect(readLayer(f.db, f.documentId, 'gold').relations).toEqual([]);
  });
});

describe('rejecting', () => {
  it('keeps a rejection in the database, and refuses to reject what is in gold', () => {
    const f = twoLayers();
    const items = curationList(f.db, f.documentId).items;
    const number = items.find((i) => textOf(i) === '2.500')?.key ?? '';
    rejectCurationItem(f.db, f.documentId, number);
    f.reopen();
    expect(who(f).find(([text]) => text === '2.500')).toEqual(['2.500', 'anna', 'rejected', false]);
    acceptAgreed(f.db, f.documentId);
    const actor = items.find((i) => textOf(i) === 'De VS')?.key ?? '';
    expect(() => rejectCurationItem(f.db, f.documentId, actor)).toThrow(/in gold/);
    expect(() => rejectCurationItem(f.db, f.documentId, 'S|1|0|1|')).toThrow(/no longer in this document/);
  });
});

describe('layers', () => {
  it('lists a document’s layers with their counts and statuses', () => {
    const f = twoLayers();
    tag(f, null, 'NUMBER', '2.500');
    acceptAgreed(f.db, f.documentId);
    expect(listLayers(f.db, f.documentId)).toEqual([
      { name: null, spans: 1, relations: 0, status: null },
      // anna's first span started the document, and her layer with it.
      { name: 'anna', spans: 3, relations: 1, status: 'in_progress' },
      { name: 'bob', spans: 3, relations: 1, status: null },
      { name: 'gold', spans: 2, relations: 1, status: 'in_progress' },
    ]);
  });

  it("refuses changes to another annotator's layer", () => {
    const f = twoLayers();
    const bobs = readLayer(f.db, f.documentId, 'bob').annotations[0];
    expect(() => assertEditable(f.db, bobs?.id ?? 0, 'anna')).toThrow(
      /bob's layer, which is shown read-only/,
    );
    expect(() => assertEditable(f.db, bobs?.id ?? 0, 'bob')).not.toThrow();
  });
});
