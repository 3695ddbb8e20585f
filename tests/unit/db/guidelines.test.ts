import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { insertDocument, listDocuments } from '../../../src-main/db/documents.ts';
import { COUNT_SQL, quoteSpan, warningCounts, warningsFor } from '../../../src-main/db/guidelines.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';

const TEXT = 'De Amerikaanse troepen trokken zich vorig jaar terug uit Irak, meldde het leger.';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

/** A real database file through the real migrations, with the default scheme (nothing required). */
function corpus(): Db {
  return openDatabase(join(tempDir(), 'corpus.db'));
}

const labelId = (db: Db, name: string): number =>
  (db.prepare('SELECT id FROM labels WHERE name = ?').get(name) as { id: number }).id;
const roleId = (db: Db, name: string): number =>
  (db.prepare('SELECT id FROM roles WHERE name = ?').get(name) as { id: number }).id;

function addDocument(db: Db, externalId: string, text = TEXT): number {
  return insertDocument(db, documentRecord(externalId, text));
}

function annotate(db: Db, documentId: number, label: string, span: { start: number; end: number }): number {
  return createAnnotation(db, { documentId, labelId: labelId(db, label), ...span }).id;
}

const requireRole = (db: Db, name: string) =>
  db.prepare('UPDATE roles SET required = 1 WHERE name = ?').run(name);
const requireAttribute = (db: Db, label: string, name: string) =>
  db
    .prepare('UPDATE attribute_defs SET required = 1 WHERE name = ? AND label_id = ?')
    .run(name, labelId(db, label));
const link = (db: Db, documentId: number, role: string, headId: number, childId: number) =>
  db
    .prepare('INSERT INTO relations (document_id, role_id, head_id, child_id) VALUES (?, ?, ?, ?)')
    .run(documentId, roleId(db, role), headId, childId);
const setAttributes = (db: Db, id: number, attributes: Record<string, unknown>) =>
  db.prepare('UPDATE annotations SET attributes = ? WHERE id = ?').run(JSON.stringify(attributes), id);

describe('guideline checks', () => {
  it('lists an event without its required agent, and drops it once the agent is linked', () => {
    const db = corpus();
    const doc = addDocument(db, 'a');
    const event = annotate(db, doc, 'EVENT', at('trokken'));
    const actor = annotate(db, doc, 'ACTOR', at('Amerikaanse troepen'));
    expect(warningsFor(db, doc)).toEqual([]);

    requireRole(db, 'agent');
    expect(warningsFor(db, doc)).toEqual([
      {
        annotationId: event,
        kind: 'missing-role',
        label: 'EVENT',
        role: 'agent',
        message: "EVENT 'trokken' has no agent",
      },
    ]);

    // A relation of another role does not count.
    link(db, doc, 'patient', event, actor);
    expect(warningsFor(db, doc)).toHaveLength(1);
    link(db, doc, 'agent', event, actor);
    expect(warningsFor(db, doc)).toEqual([]);
  });

  it('lists a required attribute without a value, an empty text counting as none', () => {
    const db = corpus();
    const doc = addDocument(db, 'a');
    const number = annotate(db, doc, 'NUMBER', at('vorig jaar'));
    requireAttribute(db, 'NUMBER', 'unit');
    expect(warningsFor(db, doc)).toEqual([
      {
        annotationId: number,
        kind: 'missing-attribute',
        label: 'NUMBER',
        attribute: 'unit',
        message: "NUMBER 'vorig jaar' has no value for unit",
      },
    ]);
    setAttributes(db, number, { unit: '  ' });
    expect(warningsFor(db, doc)).toHaveLength(1);
    setAttributes(db, number, { unit: 'jaar' });
    expect(warningsFor(db, doc)).toEqual([]);
    // A value of another attribute does not count; false and 0 are values.
    requireAttribute(db, 'NUMBER', 'value');
    setAttributes(db, number, { unit: 'jaar', mod: 'exact' });
    expect(warningsFor(db, doc).map((w) => w.attribute)).toEqual(['value']);
    setAttributes(db, number, { unit: 'jaar', value: 0 });
    expect(warningsFor(db, doc)).toEqual([]);
  });

  it('quotes a discontinuous span by its fragments joined with " … "', () => {
    const db = corpus();
    const doc = addDocument(db, 'a');
    const event = annotate(db, doc, 'EVENT', { start: at('trokken').start, end: at('terug').end });
    db.prepare('UPDATE annotations SET fragments = ? WHERE id = ?').run(
      JSON.stringify([
        [at('trokken').start, at('trokken').end],
        [at('terug').start, at('terug').end],
      ]),
      event,
    );
    requireRole(db, 'agent');
    expect(warningsFor(db, doc).map((w) => w.message)).toEqual(["EVENT 'trokken … terug' has no agent"]);
  });

  it('shortens long texts, keeping every fragment and never splitting a character', () => {
    const long = 'De Amerikaanse troepen trokken zich na een lang en bloedig conflict terug uit Irak';
    expect(quoteSpan(long, [[0, long.length]])).toBe('De Amerikaanse troepen trokken zich na…');
    expect(quoteSpan(long.replaceAll(' ', ''), [[0, 40]])).toBe(long.replaceAll(' ', '').slice(0, 40));
    expect(quoteSpan(long.replaceAll(' ', ''), [[0, 41]])).toBe(`${long.replaceAll(' ', '').slice(0, 40)}…`);
    expect(quoteSpan('een\n\nlijn  verder', [[0, 17]])).toBe('een lijn verder');
    const emoji = `${'😀'.repeat(30)} ${'😀'.repeat(30)}`;
    expect(quoteSpan(emoji, [[0, emoji.length]])).toBe(`${'😀'.repeat(30)}…`);
    expect(
      quoteSpan(long, [
        [0, 35],
        [68, long.length],
      ]),
    ).toBe('De Amerikaanse troepen … terug uit Irak');
    expect(
      quoteSpan(long, [
        [0, 2],
        [3, long.length],
      ]),
    ).toBe('De … Amerikaanse troepen trokken zich na…');
  });

  it('lists warnings in reading order, roles before attributes on one annotation', () => {
    const db = corpus();
    const doc = addDocument(db, 'a');
    // Created out of reading order on purpose.
    annotate(db, doc, 'EVENT', at('meldde'));
    annotate(db, doc, 'EVENT', at('trokken'));
    requireRole(db, 'agent');
    requireRole(db, 'patient');
    requireAttribute(db, 'EVENT', 'polarity');
    expect(warningsFor(db, doc).map((w) => w.message)).toEqual([
      "EVENT 'trokken' has no agent",
      "EVENT 'trokken' has no patient",
      "EVENT 'trokken' has no value for polarity",
      "EVENT 'meldde' has no agent",
      "EVENT 'meldde' has no patient",
      "EVENT 'meldde' has no value for polarity",
    ]);
  });

  it('counts warnings per listed document, and nothing for others', () => {
    const db = corpus();
    const a = addDocument(db, 'a');
    const b = addDocument(db, 'b', 'Een tweede bericht waarin niets gebeurt.');
    const c = addDocument(db, 'c', 'Derde: de regering viel en de premier trad af.');
    annotate(db, a, 'EVENT', at('trokken'));
    annotate(db, a, 'EVENT', at('meldde'));
    annotate(db, c, 'EVENT', { start: 19, end: 23 });
    requireRole(db, 'agent');
    expect(warningCounts(db, [a, b, c])).toEqual(
      new Map([
        [a, 2],
        [c, 1],
      ]),
    );
    expect(warningCounts(db, [b, c])).toEqual(new Map([[c, 1]]));
    expect(listDocuments(db, { offset: 0, limit: 50 }).items.map((d) => [d.externalId, d.warnings])).toEqual([
      ['a', 2],
      ['b', 0],
      ['c', 1],
    ]);
    expect(
      listDocuments(db, { search: 'Derde', offset: 0, limit: 50 }).items.map((d) => [
        d.externalId,
        d.warnings,
      ]),
    ).toEqual([['c', 1]]);
  });

  it('reads no annotation at all while the scheme requires nothing', () => {
    const db = corpus();
    const a = addDocument(db, 'a');
    annotate(db, a, 'EVENT', at('trokken'));
    // A role that is required but starts from no label requires nothing either.
    db.prepare("INSERT INTO roles (name, required) VALUES ('cause', 1)").run();
    // Were the annotations or relations read at all, the checks would fail with "no such table".
    db.exec(
      'ALTER TABLE annotations RENAME TO annotations_away; ALTER TABLE relations RENAME TO relations_away',
    );
    expect(warningCounts(db, [a])).toEqual(new Map());
    expect(warningsFor(db, a)).toEqual([]);
    requireAttribute(db, 'EVENT', 'polarity');
    expect(() => warningCounts(db, [a])).toThrow(/no such table/);
  });

  it('counts a page through an index on the document, not by scanning the annotations of a label', () => {
    const db = corpus();
    requireRole(db, 'agent');
    requireAttribute(db, 'EVENT', 'polarity');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${COUNT_SQL}`).all('[1]') as { detail: string }[])
      .map((p) => p.detail)
      .join('\n');
    expect(plan.match(/SEARCH a USING (COVERING )?INDEX \w+ \(document_id=\?\)/g)).toHaveLength(2);
    expect(plan).not.toMatch(/annotations_label|SCAN a\b/);
  });

  it('says when the document does not exist', () => {
    const db = corpus();
    expect(() => warningsFor(db, 42)).toThrow(/document 42/);
  });
});
