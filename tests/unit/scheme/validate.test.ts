import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSchemeText } from '../../../src-main/scheme/validate.ts';
import { schemeFileText } from '../../../src-main/scheme/file.ts';
import { formatProblem } from '../../../src-main/scheme/scheme.ts';
import { BUNDLED_SCHEMES } from '../../../src-main/ipc/contract-scheme.ts';
import { NEWS_EVENTS } from './fixture.ts';

const problemsOf = (file: unknown): string[] =>
  validateSchemeText(typeof file === 'string' ? file : JSON.stringify(file)).problems.map(formatProblem);

describe('a scheme file on its own', () => {
  it('reports every problem as path: reason, not only the first', () => {
    const file = {
      labels: [
        { name: 'EVENT', color: '#F2A93B', hotkey: '1', extra: true },
        {
          name: 'NUMBER',
          hotkey: '1',
          attributes: [
            { name: 'value', type: 'number', default: 'veel' },
            { name: 'unit', type: 'string' },
            { name: 'mod', type: 'choice', values: ['exact', 'exact'] },
            { name: 'when', type: 'date', default: '2021-13' },
          ],
        },
        { name: 'TIME', color: 'red', attributes: [{ name: 'mod', type: 'text' }, { type: 'text' }] },
        { name: 'has space' },
        { name: 'EVENT' },
      ],
      roles: [
        { name: 'agent', hotkey: 'j', from: ['EVENT'], to: ['ACTOR'] },
        { name: 'time', hotkey: 'T', from: ['EVENT'], to: ['TIMEX'], many: 'no' },
        { name: 'place', hotkey: 't', from: [] },
      ],
      version: 2,
    };
    expect(problemsOf(file)).toEqual([
      'version: unknown key',
      'labels[0].extra: unknown key',
      'labels[1].attributes[1].type: must be one of choice, boolean, number, text, date',
      'labels[2].attributes[1].name: missing',
      'roles[1].many: must be true or false, not a string',
      'labels[4].name: "EVENT" is also the name of labels[0]',
      'roles[2].to: missing (a new role needs its labels)',
      'labels[1].hotkey: "1" is also the hotkey of labels[0]',
      'labels[1].attributes[0].default: "veel" is not a valid value: expected a number',
      'labels[1].attributes[2].values[1]: "exact" is also the value of labels[1].attributes[2].values[0]',
      'labels[1].attributes[3].default: "2021-13" is not a valid when: expected a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'labels[2].color: "red": use a color as #rrggbb',
      'labels[2].attributes[0].type: "mod" is a text here and a choice at labels[1].attributes[2]; one attribute name has one type across the scheme',
      'labels[3].name: "has space": use 1-64 letters, digits, _ or -',
      'roles[0].hotkey: "j" is the editor\'s own key (j, k move between annotations)',
      'roles[0].to[0]: no label "ACTOR" in this scheme',
      'roles[1].to[0]: no label "TIMEX" in this scheme',
      'roles[2].hotkey: "t" is also the hotkey of roles[1]',
      'roles[2].from: name at least one label',
    ]);
  });

  it('says what is wrong with a file that is no scheme at all', () => {
    expect(problemsOf('{"labels": [')).toEqual([expect.stringMatching(/^\(file\): not JSON: /)]);
    expect(problemsOf([])).toEqual(['(file): must be an object with "labels" and "roles", not an array']);
    expect(problemsOf({ labels: {}, roles: [1] })).toEqual([
      'labels: must be an array, not an object',
      'roles[0]: must be an object, not a number',
    ]);
  });

  it('takes left-out keys as their defaults', () => {
    const { scheme, problems } = validateSchemeText(
      JSON.stringify({
        labels: [{ name: 'EVENT', attributes: [{ name: 'x', type: 'boolean' }] }],
        roles: [],
      }),
    );
    expect(problems).toEqual([]);
    expect(scheme.labels[0]).toMatchObject({
      hotkey: null,
      description: '',
      attributes: [{ name: 'x', type: 'boolean', values: [], required: false, default: null }],
    });
  });

  it('the bundled news-events scheme is sound and written as export writes it', () => {
    const text = readFileSync(NEWS_EVENTS, 'utf8');
    const { scheme, problems } = validateSchemeText(text);
    expect(problems).toEqual([]);
    expect(schemeFileText(scheme)).toBe(text);
    expect(scheme.labels.map((l) => l.name)).toEqual(['EVENT', 'NUMBER', 'ACTOR', 'TIME', 'PLACE']);
    expect(scheme.labels[3]?.attributes).toEqual([
      { name: 'timex', type: 'text', values: [], required: false, default: null },
      {
        name: 'mod',
        type: 'choice',
        values: ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'],
        required: false,
        default: null,
      },
    ]);
    expect(scheme.roles.map((r) => [r.name, r.from, r.to])).toEqual([
      ['agent', ['EVENT'], ['ACTOR']],
      ['patient', ['EVENT'], ['ACTOR']],
      ['quantity', ['EVENT'], ['NUMBER']],
      ['time', ['EVENT'], ['TIME']],
      ['place', ['EVENT'], ['PLACE']],
    ]);
  });

  it('every bundled scheme is one the app can offer, and sound', () => {
    const files = readdirSync(dirname(NEWS_EVENTS)).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...BUNDLED_SCHEMES].sort());
    for (const f of files)
      expect(validateSchemeText(readFileSync(join(dirname(NEWS_EVENTS), f), 'utf8')).problems).toEqual([]);
  });
});
