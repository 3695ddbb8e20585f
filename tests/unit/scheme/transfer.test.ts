import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { exportSchemeText } from '../../../src-main/scheme/export.ts';
import { importScheme, SchemeProblems } from '../../../src-main/scheme/import.ts';
import { DEFAULT_LABEL_COLORS } from '../../../src-main/scheme/palette.ts';
import { formatProblem } from '../../../src-main/scheme/scheme.ts';
import { describeSchemeImport } from '../../../src-main/scheme/summary.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { attributesById, schemeWorld, NEWS_EVENTS } from './fixture.ts';

interface FileShape {
  labels: { name: string; color: string; hotkey: string | null; attributes: Record<string, unknown>[] }[];
  roles: Record<string, unknown>[];
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof SchemeProblems) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('the import was not refused');
}

describe('scheme export', () => {
  it('writes the default scheme of a new database, every key in a fixed order', () => {
    const db = openDatabase(join(tempDir(), 'new.db'));
    const text = exportSchemeText(db);
    closeDatabase(db);
    const file = JSON.parse(text) as FileShape;
    expect(Object.keys(file)).toEqual(['labels', 'roles']);
    expect(file.labels.map((l) => [l.name, l.color, l.hotkey])).toEqual([
      ['EVENT', DEFAULT_LABEL_COLORS.EVENT, '1'],
      ['NUMBER', DEFAULT_LABEL_COLORS.NUMBER, '2'],
      ['ACTOR', DEFAULT_LABEL_COLORS.ACTOR, '3'],
    ]);
    expect(Object.keys(file.labels[0] ?? {})).toEqual([
      'name',
      'color',
      'hotkey',
      'description',
      'attributes',
    ]);
    expect(file.labels[0]?.attributes[0]).toEqual({
      name: 'polarity',
      type: 'choice',
      values: ['positive', 'negative'],
      required: false,
      default: null,
    });
    expect(file.labels[1]?.attributes.map((a) => [a.name, a.type, a.values])).toEqual([
      ['value', 'number', undefined],
      ['unit', 'text', undefined],
      ['mod', 'choice', ['exact', 'approx', 'min', 'max', 'range']],
      ['min', 'number', undefined],
      ['max', 'number', undefined],
    ]);
    expect(file.labels[2]?.attributes).toEqual([
      {
        name: 'kind',
        type: 'choice',
        values: ['person', 'organisation', 'country', 'group', 'other'],
        required: false,
        default: null,
      },
    ]);
    expect(file.roles).toEqual([
      {
        name: 'agent',
        hotkey: 'a',
        description: '',
        from: ['EVENT'],
        to: ['ACTOR'],
        many: true,
        required: false,
      },
      {
        name: 'patient',
        hotkey: 'p',
        description: '',
        from: ['EVENT'],
        to: ['ACTOR'],
        many: true,
        required: false,
      },
      {
        name: 'quantity',
        hotkey: 'q',
        description: '',
        from: ['EVENT'],
        to: ['NUMBER'],
        many: true,
        required: false,
      },
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('scheme import', () => {
  it('merges news-events into a database with annotations, keeping them, and round-trips', () => {
    const w = schemeWorld();
    const annotations = w.db.prepare('SELECT * FROM annotations ORDER BY id').all();
    const relations = w.db.prepare('SELECT * FROM relations ORDER BY id').all();
    const result = importScheme(w.db, readFileSync(NEWS_EVENTS, 'utf8'));
    expect(result.labels).toEqual({
      added: ['TIME', 'PLACE'],
      updated: ['EVENT', 'NUMBER', 'ACTOR'],
      unchanged: [],
      kept: [],
    });
    expect(result.attributes.added).toEqual(['TIME.timex', 'TIME.mod']);
    expect(result.roles.added).toEqual(['time', 'place']);
    expect(describeSchemeImport(result)).toBe(
      'scheme imported: 2 labels added (TIME, PLACE), 3 updated (EVENT, NUMBER, ACTOR), 0 unchanged; ' +
        '2 attributes added (TIME.timex, TIME.mod), 0 updated, 10 unchanged; ' +
        '2 roles added (time, place), 3 updated (agent, patient, quantity), 0 unchanged; ' +
        'nothing in the database was left out of the file',
    );
    expect(w.db.prepare('SELECT * FROM annotations ORDER BY id').all()).toEqual(annotations);
    expect(w.db.prepare('SELECT * FROM relations ORDER BY id').all()).toEqual(relations);
    expect(listLabels(w.db).map((l) => [l.name, l.hotkey])).toEqual([
      ['EVENT', '1'],
      ['NUMBER', '2'],
      ['ACTOR', '3'],
      ['TIME', '4'],
      ['PLACE', '5'],
    ]);
    // What the database now holds exports as the bundled file itself.
    expect(exportSchemeText(w.db)).toBe(readFileSync(NEWS_EVENTS, 'utf8'));
    // Importing it again changes nothing.
    const again = importScheme(w.db, exportSchemeText(w.db));
    expect(again.labels.unchanged).toHaveLength(5);
    expect(again.roles.updated).toEqual([]);
  });

  it('keeps what the file leaves out, and says so', () => {
    const w = schemeWorld();
    const result = importScheme(
      w.db,
      JSON.stringify({ labels: [{ name: 'EVENT', description: 'Iets dat gebeurt.' }], roles: [] }),
    );
    expect(describeSchemeImport(result)).toBe(
      'scheme imported: 0 labels added, 1 updated (EVENT), 0 unchanged; 0 attributes added, 0 updated, 0 unchanged; ' +
        '0 roles added, 0 updated, 0 unchanged; kept, not in the file: 2 labels (NUMBER, ACTOR), ' +
        '10 attributes (EVENT.polarity, EVENT.modality, EVENT.tense, EVENT.prominence, NUMBER.value, NUMBER.unit, NUMBER.mod, NUMBER.min, NUMBER.max, ACTOR.kind), ' +
        '3 roles (agent, patient, quantity)',
    );
    expect(listLabels(w.db)[0]).toMatchObject({
      name: 'EVENT',
      color: DEFAULT_LABEL_COLORS.EVENT,
      hotkey: '1',
      description: 'Iets dat gebeurt.',
    });
  });

  it('swaps hotkeys between labels in one import', () => {
    const w = schemeWorld();
    importScheme(
      w.db,
      JSON.stringify({
        labels: [
          { name: 'EVENT', hotkey: '2' },
          { name: 'NUMBER', hotkey: '1' },
        ],
      }),
    );
    expect(listLabels(w.db).map((l) => l.hotkey)).toEqual(['2', '1', '3']);
  });

  it('refuses a file that would orphan data, with every reason and a count, changing nothing', () => {
    const w = schemeWorld();
    const before = databaseDigest(w.db);
    const file = {
      labels: [
        { name: 'EVENT', attributes: [{ name: 'polarity', type: 'choice', values: ['positive'] }] },
        { name: 'NUMBER', attributes: [{ name: 'value', type: 'text' }] },
      ],
      roles: [
        { name: 'agent', many: false },
        { name: 'quantity', to: ['ACTOR'] },
      ],
    };
    expect(problemsOf(() => importScheme(w.db, JSON.stringify(file)))).toEqual([
      'labels[0].attributes[0]: EVENT.polarity would no longer allow "negative", which 1 annotation uses',
      'labels[1].attributes[0]: NUMBER.value cannot change from number to text: 1 annotation holds a value (delete the attribute with its values first, or keep the type)',
      'roles[0]: 1 event has more than one agent, so it cannot become one per event',
      'roles[1]: 1 relation of quantity link labels it would no longer link',
    ]);
    expect(databaseDigest(w.db)).toBe(before);
    expect(attributesById(w.db)[w.ids.number]).toEqual({ mod: 'exact', value: 2500 });
  });

  it('refuses hotkeys and types that clash with what the database keeps', () => {
    const w = schemeWorld();
    const before = databaseDigest(w.db);
    const file = {
      labels: [{ name: 'TIME', hotkey: 'A', attributes: [{ name: 'kind', type: 'text' }] }],
      roles: [{ name: 'time', hotkey: '3', from: ['EVENT'], to: ['TIME'] }],
    };
    expect(problemsOf(() => importScheme(w.db, JSON.stringify(file)))).toEqual([
      'labels[0].attributes[0].type: "kind" is a text here and a choice at attribute ACTOR.kind; one attribute name has one type across the scheme',
      'role agent.hotkey: "a" is also the hotkey of labels[0]',
      'roles[0].hotkey: "3" is also the hotkey of label ACTOR',
    ]);
    expect(databaseDigest(w.db)).toBe(before);
  });
});
