import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { suggestForCorpus } from '../../../src-main/db/suggestions.ts';
import { SAMPLES_DIR } from '../../helpers/backend.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) => s.trimEnd().split('\n');

interface Span {
  id: string;
  label: string;
  text: string;
  annotator: string | null;
  origin: { kind: string; rule: string | null } | null;
}
const spansOf = (jsonl: string): Span[] =>
  lines(jsonl).flatMap((l) => (JSON.parse(l) as { spans: Span[] }).spans);

function samples(): { dir: string; db: string } {
  const dir = tempDir();
  const db = join(dir, 'c.db');
  expect(cli('import', SAMPLES_DIR, '--db', db).code).toBe(0);
  return { dir, db };
}

describe('annotator suggest', () => {
  it('stores suggestions for the corpus and prints one summary line; a label the scheme lacks is left out and said', () => {
    const { db } = samples();
    const r = cli('suggest', '--db', db);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^suggested \d+ spans in 5 documents \(NUMBER \d+, ACTOR [1-9]\d*\) in \d+\.\d s\n$/,
    );
    expect(lines(r.stderr)).toEqual([
      'annotator: TIME left out: the scheme has no label TIME; import resources/schemes/news-events.json or add it',
    ]);
    const stored = new Database(db, { readonly: true });
    const count = stored.prepare("SELECT count(*) FROM suggestions WHERE state = 'open'").pluck().get();
    stored.close();
    expect(r.stdout).toContain(`suggested ${String(count)} spans`);
    // Nothing is suggested twice.
    expect(cli('suggest', '--db', db).stdout).toMatch(/^suggested 0 spans in 5 documents/);
  });

  it('refuses a label the scheme lacks or no rule makes, with exit code 1 and one line', () => {
    const { db } = samples();
    expect(cli('suggest', '--db', db, '--labels', 'NUMBER,TIME')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'annotator: the scheme has no label TIME; import resources/schemes/news-events.json or add it\n',
    });
    expect(cli('suggest', '--db', db, '--labels', 'EVENT')).toMatchObject({
      code: 1,
      stderr: 'annotator: no rules suggest EVENT; rules suggest NUMBER, TIME, ACTOR\n',
    });
    expect(cli('suggest', '--db', db, '--labels', 'ACTOR,')).toMatchObject({ code: 1 });
    expect(cli('suggest', '--db', join(tempDir(), 'none.db')).stderr).toMatch(/does not exist/);
  });

  it('runs only on the documents of --status', () => {
    const { db } = samples();
    expect(cli('suggest', '--db', db, '--status', 'done', '--labels', 'ACTOR').stdout).toMatch(
      /^suggested 0 spans in 0 documents \(ACTOR 0\)/,
    );
  });

  it('exports suggestions only with --suggestions include, as spans of no annotator with their rule', () => {
    const { db } = samples();
    cli('suggest', '--db', db, '--labels', 'ACTOR');
    expect(spansOf(cli('export', '--db', db).stdout)).toEqual([]);
    expect(spansOf(cli('export', '--db', db, '--suggestions', 'exclude').stdout)).toEqual([]);
    const included = spansOf(cli('export', '--db', db, '--suggestions', 'include').stdout);
    expect(included.length).toBeGreaterThan(0);
    for (const s of included) {
      expect(s).toMatchObject({ label: 'ACTOR', annotator: null, origin: { kind: 'suggestion' } });
      expect(s.origin?.rule).toMatch(/^actor\./);
    }
    expect(cli('export', '--db', db, '--suggestions', 'all')).toMatchObject({
      code: 1,
      stderr: 'annotator: --suggestions must be exclude or include, not "all"\n',
    });
  });

  it("says in the loss report that a format without origins loses the suggestions' origin", () => {
    const { dir, db } = samples();
    cli('suggest', '--db', db, '--labels', 'ACTOR');
    const r = cli(
      'export',
      '--db',
      db,
      '--format',
      'doccano',
      '--out',
      join(dir, 'd.jsonl'),
      '--suggestions',
      'include',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/origin suggestion/);
  });

  it('round-trips suggestion spans: import puts them back among the suggestions, not the annotations', () => {
    const { dir, db } = samples();
    cli('suggest', '--db', db, '--labels', 'ACTOR');
    const first = join(dir, 'first.jsonl');
    expect(cli('export', '--db', db, '--suggestions', 'include', '--out', first).code).toBe(0);
    const again = join(dir, 'again.db');
    expect(cli('import', first, '--db', again).code).toBe(0);
    expect(JSON.parse(cli('stats', '--db', again, '--json').stdout)).toMatchObject({
      annotations: { total: 0 },
    });
    const second = join(dir, 'second.jsonl');
    cli('export', '--db', again, '--suggestions', 'include', '--out', second);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    // Suggesting again finds them there: nothing new.
    expect(cli('suggest', '--db', again, '--labels', 'ACTOR').stdout).toMatch(/^suggested 0 spans/);
  });

  it('refuses a suggestion span with an annotator or in a relation, naming the record', () => {
    const dir = tempDir();
    const suggestion = {
      start: 0,
      end: 4,
      label: 'ACTOR',
      origin: { kind: 'suggestion', rule: 'actor.country' },
    };
    const file = writeJsonl(dir, 'bad.jsonl', [
      JSON.stringify({ text: 'Irak zegt nee.', spans: [{ ...suggestion, annotator: 'anna' }] }),
      JSON.stringify({
        text: 'Irak zei ja.',
        spans: [
          { ...suggestion, id: 'S1' },
          { id: 'E1', start: 5, end: 8, label: 'EVENT' },
        ],
        relations: [{ head: 'E1', child: 'S1', label: 'agent' }],
      }),
      JSON.stringify({
        text: 'Irak ook.',
        spans: [{ ...suggestion, origin: { kind: 'suggestion', rule: null } }],
      }),
    ]);
    const r = cli('import', file, '--db', join(dir, 'c.db'));
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `${file}:1: spans[0]: a suggestion belongs to no annotator; its annotator must be null`,
      `${file}:2: relations[0]: spans[0] is a suggestion; relations link annotations only`,
      `${file}:3: spans[0].origin.rule must name the rule that suggested it`,
      'annotator: nothing imported: 3 bad records; fix them or use --skip-invalid',
    ]);
  });

  it('stores on worker threads what it would store on one thread', () => {
    const dir = tempDir();
    const texts = Array.from(
      { length: 450 },
      (_, i) => `Bericht ${i}: premier Mark Rutte sprak met president Joe Biden over Irak en Syrië (${i}).`,
    );
    const file = writeJsonl(
      dir,
      'many.jsonl',
      texts.map((text) => JSON.stringify({ text })),
    );
    const threaded = join(dir, 'threaded.db');
    cli('import', file, '--db', threaded);
    const single = join(dir, 'single.db');
    copyFileSync(threaded, single);
    expect(cli('suggest', '--db', threaded, '--labels', 'ACTOR').stdout).toMatch(
      /^suggested 1800 spans in 450 documents \(ACTOR 1800\)/,
    );
    const handle = openDatabase(single);
    suggestForCorpus(handle, { labels: ['ACTOR'] });
    closeDatabase(handle);
    const exported = (db: string) => cli('export', '--db', db, '--suggestions', 'include').stdout;
    expect(exported(threaded)).toBe(exported(single));
  });
});
