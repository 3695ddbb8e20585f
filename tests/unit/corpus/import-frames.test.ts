import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { exportCorpus } from '../../../src-main/corpus/export.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { formatProblem } from '../../../src-main/corpus/report.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { listAttributeDefs, listRoles } from '../../../src-main/db/scheme-read.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';

const TEXT = 'De VS hebben 2.500 militairen in Irak.';
const EVENT = { id: 'E1', start: 0, end: 29, label: 'EVENT' };
const ACTOR = { id: 'A1', start: 0, end: 5, label: 'ACTOR' };
const NUMBER = { id: 'N1', start: 13, end: 18, label: 'NUMBER' };

async function exported(db: Db): Promise<Record<string, unknown>[]> {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  await exportCorpus(db, out);
  return chunks
    .join('')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const attributeTypes = (db: Db) => {
  const labels = new Map(listLabels(db).map((l) => [l.id, l.name]));
  return Object.fromEntries(listAttributeDefs(db).map((d) => [`${labels.get(d.labelId)}.${d.name}`, d.type]));
};

const roleLinks = (db: Db, name: string) => {
  const labels = new Map(listLabels(db).map((l) => [l.id, l.name]));
  const role = listRoles(db).find((r) => r.name === name);
  return role && { from: role.from.map((id) => labels.get(id)), to: role.to.map((id) => labels.get(id)) };
};

describe('import of attributes and relations with --create-labels', () => {
  it('creates unknown attributes typed by their first value, and checks later values against them', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const file = writeJsonl(dir, 'a.jsonl', [
      {
        id: 'a',
        text: TEXT,
        spans: [
          { ...EVENT, attributes: { certainty: 0.8, confirmed: true, quote: 'ja', polarity: 'negative' } },
          // polarity belongs to EVENT: for ACTOR it is unknown, and ACTOR gets it with the type it has.
          { ...ACTOR, attributes: { polarity: 'positive' } },
          { id: 'P1', start: 33, end: 37, label: 'PLACE', attributes: { capital: false } },
        ],
      },
      { id: 'b', text: `${TEXT} Twee.`, spans: [{ ...EVENT, attributes: { certainty: 'high' } }] },
    ]);
    const report = importPaths(db, [file], { createLabels: true, skipInvalid: true });
    expect(report.invalid.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '2: spans[0]: "high" is not a valid certainty: expected a number',
    ]);
    expect(report).toMatchObject({
      imported: 1,
      createdLabels: ['PLACE'],
      createdAttributes: [
        'EVENT.certainty (number)',
        'EVENT.confirmed (boolean)',
        'EVENT.quote (text)',
        'ACTOR.polarity (choice)',
        'PLACE.capital (boolean)',
      ],
    });
    expect(attributeTypes(db)).toMatchObject({
      'EVENT.certainty': 'number',
      'EVENT.confirmed': 'boolean',
      'EVENT.quote': 'text',
      'ACTOR.polarity': 'choice',
      'PLACE.capital': 'boolean',
    });
  });

  it('creates an unknown role between the labels seen and extends only a role it created', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const spans = [EVENT, ACTOR, NUMBER, { id: 'E2', start: 6, end: 12, label: 'EVENT', annotator: 'bob' }];
    const file = writeJsonl(dir, 'r.jsonl', [
      { id: 'a', text: TEXT, spans, relations: [{ head: 'E2', child: 'E1', label: 'cause' }] },
      { id: 'b', text: `${TEXT} B`, spans, relations: [{ head: 'E1', child: 'A1', label: 'cause' }] },
      // agent is in the scheme: EVENT to ACTOR only, and --create-labels does not widen it.
      { id: 'c', text: `${TEXT} C`, spans, relations: [{ head: 'E1', child: 'N1', label: 'agent' }] },
    ]);
    const report = importPaths(db, [file], { createLabels: true, skipInvalid: true });
    expect(report.invalid.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '3: relations[0]: role "agent" does not link EVENT to NUMBER (it links EVENT to ACTOR)',
    ]);
    expect(report.createdRoles).toEqual(['cause (EVENT → EVENT)', 'cause (EVENT → ACTOR)']);
    expect(roleLinks(db, 'cause')).toEqual({ from: ['EVENT'], to: ['EVENT', 'ACTOR'] });
    expect(roleLinks(db, 'agent')).toEqual({ from: ['EVENT'], to: ['ACTOR'] });
  });

  it('keeps nothing a refused record added to the scheme when the good records are imported', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const before = { attributes: listAttributeDefs(db).length, roles: listRoles(db).length };
    const file = writeJsonl(dir, 's.jsonl', [
      {
        id: 'bad',
        text: TEXT,
        spans: [
          { ...EVENT, label: 'STATE', attributes: { certainty: 1 } },
          { ...ACTOR, id: 'A1' },
        ],
        relations: [
          { head: 'E1', child: 'A1', label: 'holder' },
          { head: 'E1', child: 'A1', label: 'agent' },
        ],
      },
      { id: 'good', text: `${TEXT} Goed.`, spans: [ACTOR] },
    ]);
    const report = importPaths(db, [file], { createLabels: true, skipInvalid: true });
    expect(report.invalid.map((p) => p.reason)).toEqual([
      'relations[1]: role "agent" does not link STATE to ACTOR (it links EVENT to ACTOR)',
    ]);
    expect(report).toMatchObject({ imported: 1, createdLabels: [], createdAttributes: [], createdRoles: [] });
    expect(listLabels(db).map((l) => l.name)).not.toContain('STATE');
    expect({ attributes: listAttributeDefs(db).length, roles: listRoles(db).length }).toEqual(before);
  });

  it('allows a relation between two layers: it belongs to its head', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const file = writeJsonl(dir, 'l.jsonl', [
      {
        id: 'l',
        text: TEXT,
        spans: [
          { ...EVENT, annotator: 'anna' },
          { ...ACTOR, annotator: 'bob' },
        ],
        relations: [{ head: 'E1', child: 'A1', label: 'agent' }],
      },
    ]);
    expect(importPaths(db, [file])).toMatchObject({ committed: true, imported: 1 });
    expect((await exported(db))[0]?.relations).toEqual([{ head: 'E1', child: 'A1', label: 'agent' }]);
  });
});

describe('import of the older shape and the rest of a span', () => {
  it('reads extra meta keys at the top of meta into meta.extra, after those already there, in their order', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const file = writeJsonl(dir, 'o.jsonl', [
      '{"id":"old","text":"Oud artikel.","meta":{"date":"2021","bron":"krant","status":"done","kop":{"a":1}}}',
      '{"id":"both","text":"Beide.","meta":{"zz":1,"extra":{"b":2,"a":3},"c":4}}',
    ]);
    expect(importPaths(db, [file])).toMatchObject({ committed: true, imported: 2 });
    const [old, both] = await exported(db);
    expect(JSON.stringify(old?.meta)).toMatch(
      /"status":"done","note":null,"flag":null,"title":null,"sha256":"[0-9a-f]{64}","extra":\{"bron":"krant","kop":\{"a":1\}\}\}$/,
    );
    expect(JSON.stringify((both?.meta as { extra: unknown }).extra)).toBe('{"b":2,"a":3,"zz":1,"c":4}');
    expect(old).toMatchObject({ spans: [], relations: [] });
  });

  it('gives spans without an id the next T-numbers after the largest present and keeps the ids given', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const file = writeJsonl(dir, 'i.jsonl', [
      {
        id: 'i',
        text: TEXT,
        spans: [
          { ...ACTOR, id: 'T5' },
          { ...EVENT, id: undefined },
          { ...NUMBER, id: 'getal' },
          { start: 6, end: 12, label: 'EVENT' },
        ],
      },
    ]);
    expect(importPaths(db, [file])).toMatchObject({ committed: true });
    const spans = (await exported(db))[0]?.spans as { id: string; label: string; start: number }[];
    expect(spans.map((s) => `${s.id} ${s.label} ${s.start}`)).toEqual([
      'T5 ACTOR 0',
      'T6 EVENT 0',
      'T7 EVENT 6',
      'getal NUMBER 13',
    ]);
  });

  it('never writes an attribute default: only the values set', async () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    db.prepare(`UPDATE attribute_defs SET default_value = '"positive"' WHERE name = 'polarity'`).run();
    const file = writeJsonl(dir, 'd.jsonl', [
      { id: 'd', text: TEXT, spans: [EVENT, { ...ACTOR, attributes: { kind: 'country' } }] },
    ]);
    importPaths(db, [file]);
    const spans = (await exported(db))[0]?.spans as { label: string; attributes: object }[];
    expect(spans.map((s) => [s.label, s.attributes])).toEqual([
      ['ACTOR', { kind: 'country' }],
      ['EVENT', {}],
    ]);
  });

  it('keeps the same span by two annotators, and refuses one that repeats another once --annotator fills it in', () => {
    const dir = tempDir();
    const two = writeJsonl(dir, 'two.jsonl', [
      {
        id: 'two',
        text: TEXT,
        spans: [
          { ...ACTOR, annotator: 'anna' },
          { ...ACTOR, id: 'A2' },
        ],
      },
    ]);
    expect(importPaths(openDatabase(':memory:'), [two])).toMatchObject({ committed: true, spans: 2 });
    const db = openDatabase(':memory:');
    const before = databaseDigest(db);
    const report = importPaths(db, [two], { annotator: 'anna' });
    expect(report.invalid.map(formatProblem)).toEqual([
      `${two}:1: spans[1] repeats an earlier span (same label, start, end, fragments and annotator)`,
    ]);
    expect(databaseDigest(db)).toBe(before);
  });
});
