import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { databaseDigest } from '../../helpers/digest.ts';
import { tempDir } from '../../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'src-main', 'cli', 'main.ts');
const NEWS_EVENTS = join(ROOT, 'resources', 'schemes', 'news-events.json');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) => s.trimEnd().split('\n');

/** A database with a document and two spans, imported by the CLI as a pipeline would. */
function corpus(dir: string): string {
  const db = join(dir, 'c.db');
  const text = 'De VS hebben 2.500 militairen in Irak.';
  const file = writeJsonl(dir, 'c.jsonl', [
    {
      id: 'a',
      text,
      spans: [
        { start: 0, end: 5, label: 'ACTOR' },
        { start: 13, end: 18, label: 'NUMBER' },
      ],
    },
  ]);
  expect(cli('import', file, '--db', db).code).toBe(0);
  return db;
}

function digestOf(path: string): string {
  const db = openDatabase(path);
  try {
    return databaseDigest(db);
  } finally {
    closeDatabase(db);
  }
}

describe('annotator scheme', () => {
  it('exports the scheme to stdout or to a file', () => {
    const dir = tempDir();
    const db = corpus(dir);
    const shown = cli('scheme', 'export', '--db', db);
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    const file = JSON.parse(shown.stdout) as { labels: { name: string }[]; roles: { name: string }[] };
    expect(file.labels.map((l) => l.name)).toEqual(['EVENT', 'NUMBER', 'ACTOR']);
    expect(file.roles.map((r) => r.name)).toEqual(['agent', 'patient', 'quantity']);
    const out = join(dir, 'scheme.json');
    expect(cli('scheme', 'export', '--db', db, '--out', out)).toEqual({
      code: 0,
      stdout: '',
      stderr: `exported the scheme to ${out}\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe(shown.stdout);
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expect(lines(cli('scheme', 'export', '--db', db, '--out', folder).stderr)).toEqual([
      `annotator: cannot write ${folder}: it is a folder, not a regular file; nothing was written`,
    ]);
  });

  it('imports news-events into a database with annotations: added, kept, and exported back', () => {
    const dir = tempDir();
    const db = corpus(dir);
    const before = JSON.parse(cli('export', '--db', db).stdout) as unknown;
    const r = cli('scheme', 'import', NEWS_EVENTS, '--db', db);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(lines(r.stdout)).toEqual([
      'scheme imported: 2 labels added (TIME, PLACE), 3 updated (EVENT, NUMBER, ACTOR), 0 unchanged; ' +
        '2 attributes added (TIME.timex, TIME.mod), 0 updated, 10 unchanged; ' +
        '2 roles added (time, place), 3 updated (agent, patient, quantity), 0 unchanged; ' +
        'nothing in the database was left out of the file',
    ]);
    expect(JSON.parse(cli('export', '--db', db).stdout)).toEqual(before);
    expect(cli('scheme', 'export', '--db', db).stdout).toBe(readFileSync(NEWS_EVENTS, 'utf8'));
  });

  it('lists every problem as path: reason, exits 1 and changes nothing', () => {
    const dir = tempDir();
    const db = corpus(dir);
    const digest = digestOf(db);
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        labels: [
          {
            name: 'TIME',
            hotkey: '1',
            attributes: [
              { name: 'value', type: 'text' },
              { name: 'x', type: 'list' },
            ],
          },
        ],
        roles: [{ name: 'time', from: ['EVENT'], to: ['TIMEX'], colour: 'red' }],
      }),
    );
    const r = cli('scheme', 'import', bad, '--db', db);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      'labels[0].attributes[1].type: must be one of choice, boolean, number, text, date',
      'roles[0].colour: unknown key',
      'labels[0].hotkey: "1" is also the hotkey of label EVENT',
      'labels[0].attributes[0].type: "value" is a text here and a number at attribute NUMBER.value; one attribute name has one type across the scheme',
      'roles[0].to[0]: no label "TIMEX" in this scheme',
      `annotator: nothing imported: 5 problems in ${bad}`,
    ]);
    expect(digestOf(db)).toBe(digest);
  });

  it('leaves no new database behind when the file is refused', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"labels": [}');
    const r = cli('scheme', 'import', bad, '--db', join(dir, 'new.db'));
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^\(file\): not JSON: /),
      `annotator: nothing imported: 1 problem in ${bad}`,
    ]);
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('fails with one line for what is not a scheme command', () => {
    const dir = tempDir();
    const db = corpus(dir);
    const cases: [string[], string][] = [
      [['scheme', '--db', db], 'annotator: scheme needs export or import; see --help'],
      [['scheme', 'show', '--db', db], 'annotator: scheme needs export or import, not "show"; see --help'],
      [['scheme', 'export'], 'annotator: scheme export needs --db PATH'],
      [
        ['scheme', 'export', '--db', db, '--status', 'done'],
        'annotator: --status is not an option of scheme export',
      ],
      [
        ['scheme', 'import', NEWS_EVENTS, '--db', db, '--out', 'x'],
        'annotator: --out is not an option of scheme import',
      ],
      [['scheme', 'import', '--db', db], 'annotator: scheme import needs the scheme file'],
      [
        ['scheme', 'import', NEWS_EVENTS, NEWS_EVENTS, '--db', db],
        `annotator: unexpected argument "${NEWS_EVENTS}"`,
      ],
      [
        ['scheme', 'export', '--db', join(dir, 'none.db')],
        `annotator: database ${join(dir, 'none.db')} does not exist`,
      ],
      [
        ['scheme', 'import', join(dir, 'none.json'), '--db', db],
        `annotator: ${join(dir, 'none.json')}: no such file`,
      ],
      [['scheme', 'import', dir, '--db', db], `annotator: ${dir} is a folder, not a scheme file`],
    ];
    for (const [args, line] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(lines(r.stderr), args.join(' ')).toEqual([line]);
    }
  });
});
