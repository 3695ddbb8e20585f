import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { readAgreementDocuments } from '../../../src-main/db/agreement-read.ts';
import { setLayerStatus } from '../../../src-main/db/layers.ts';
import { createRelation } from '../../../src-main/db/relations.ts';
import { TEXT, setup, type Fixture } from './event-frame-setup.ts';

const at = (part: string): [number, number] => {
  const start = TEXT.indexOf(part);
  return [start, start + part.length];
};

/** `part` tagged with `label` in `layer`, whole or as the given pieces. */
function tag(
  f: Fixture,
  layer: string,
  label: string,
  pieces: readonly string[],
  attributes: Record<string, string> = {},
) {
  const fragments = pieces.length > 1 ? pieces.map(at) : null;
  const first = at(pieces[0] ?? '');
  const last = at(pieces[pieces.length - 1] ?? '');
  return createAnnotation(f.db, {
    documentId: f.documentId,
    labelId: f.label(label),
    start: first[0],
    end: last[1],
    annotator: layer,
    attributes,
    fragments,
  });
}

describe('reading layers for agreement', () => {
  it('brings every span’s fragments and attributes, and leaves plain spans plain', () => {
    const f = setup();
    const event = tag(f, 'anna', 'EVENT', ['zeiden'], { polarity: 'negative' });
    const actor = tag(f, 'anna', 'ACTOR', ['De VS', 'al-Kazimi']);
    tag(f, 'anna', 'NUMBER', ['2.500']);
    createRelation(f.db, { roleId: f.role('agent'), headId: event.id, childId: actor.id });
    tag(f, 'bob', 'EVENT', ['zeiden']);
    tag(f, 'bob', 'ACTOR', ['premier', 'al-Kazimi'], {});
    // A layer set back to todo is left out of the document, its spans too.
    tag(f, 'carl', 'EVENT', ['meldde']);
    setLayerStatus(f.db, f.documentId, 'carl', 'in_progress');
    setLayerStatus(f.db, f.documentId, 'carl', 'todo');

    const docs = [...readAgreementDocuments(f.db, ['anna', 'bob', 'carl'])];
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    expect(doc?.text).toBe(TEXT);
    expect([...(doc?.layers.keys() ?? [])]).toEqual(['anna', 'bob']);
    // In text order: the measures sort a layer's spans themselves.
    const spans = (layer: string) =>
      [...(doc?.layers.get(layer)?.spans ?? [])]
        .sort((x, y) => x.start - y.start || x.end - y.end)
        .map((s) => ({
          text: TEXT.slice(s.start, s.end),
          label: s.label,
          fragments: s.fragments,
          attributes: s.attributes,
        }));
    expect(spans('anna')).toEqual([
      {
        text: TEXT.slice(0, at('al-Kazimi')[1]),
        label: 'ACTOR',
        fragments: [at('De VS'), at('al-Kazimi')],
        attributes: {},
      },
      { text: 'zeiden', label: 'EVENT', fragments: null, attributes: { polarity: 'negative' } },
      { text: '2.500', label: 'NUMBER', fragments: null, attributes: {} },
    ]);
    expect(spans('bob')).toEqual([
      { text: 'zeiden', label: 'EVENT', fragments: null, attributes: {} },
      {
        text: 'premier al-Kazimi',
        label: 'ACTOR',
        fragments: [at('premier'), at('al-Kazimi')],
        attributes: {},
      },
    ]);
    expect(doc?.layers.get('anna')?.relations).toEqual([
      { role: 'agent', headId: event.id, childId: actor.id },
    ]);
    expect(doc?.layers.get('bob')?.relations).toEqual([]);
  });

  it('measures no document that only one chosen layer annotated', () => {
    const f = setup();
    tag(f, 'anna', 'EVENT', ['zeiden'], { polarity: 'positive' });
    tag(f, 'bob', 'EVENT', ['zeiden']);
    expect([...readAgreementDocuments(f.db, ['anna', 'carl'])]).toEqual([]);
    expect([...readAgreementDocuments(f.db, ['anna', 'bob'])]).toHaveLength(1);
  });
});
