import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../../helpers/backend.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const oneLine = (s: string) => s.trimEnd().split('\n');

describe('annotator CLI', () => {
  it('imports the samples, shows stats and exports five documents with their dates', () => {
    const db = join(tempDir(), 'c.db');
    const imported = cli('import', SAMPLES_DIR, '--db', db);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe('imported 5 documents with 0 spans from 5 files\n');

    const stats = cli('stats', '--db', db, '--json');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      documents: { total: 5, todo: 5 },
      annotations: { total: 0 },
    });
    expect(cli('stats', '--db', db).stdout).toMatch(/^documents\s+5$/m);

    const exported = cli('export', '--db', db);
    expect(exported.code).toBe(0);
    const docs = oneLine(exported.stdout).map(
      (l) => JSON.parse(l) as { text: string; meta: { date: string } },
    );
    expect(docs).toHaveLength(5);
    for (const d of docs) {
      expect(d.meta.date).toMatch(/^\d{4}-\d{2}$/);
      expect(d.text).not.toMatch(/^\s*date/);
    }
  });

  it('exports to a file, filters by status, and refuses formats it does not write', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    cli('import', SAMPLES_DIR, '--db', db);
    const out = join(dir, 'out.jsonl');
    const r = cli('export', '--db', db, '--out', out, '--format', 'jsonl');
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(oneLine(readFileSync(out, 'utf8'))).toHaveLength(5);
    expect(cli('export', '--db', db, '--status', 'done')).toMatchObject({ code: 0, stdout: '' });
    const csv = cli('export', '--db', db, '--format', 'csv');
    expect(csv.code).toBe(1);
    expect(oneLine(csv.stderr)).toEqual([
      'annotator: --format must be one of jsonl, brat, conll2002, doccano, labelstudio, prodigy, not "csv"',
    ]);
    expect(oneLine(cli('export', '--db', db, '--status', 'finished').stderr)).toEqual([
      'annotator: --status must be one of todo, in_progress, done',
    ]);
  });

  it('exits 1 and lists every bad record as file:line: reason, writing nothing', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    const bad = writeJsonl(dir, 'bad.jsonl', [
      '{"text":"goed"}',
      '{"text":',
      '{"text":"x","spans":[{"start":0,"end":1,"label":"PLACE"}]}',
    ]);
    const r = cli('import', bad, '--db', db);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^${bad}:2: invalid JSON`)),
      `${bad}:3: unknown label "PLACE" (add it first, or import with the option to create labels)`,
      'annotator: nothing imported: 2 bad records; fix them or use --skip-invalid',
    ]);
    // Nothing imported into a new database: no database either.
    expect(readdirSync(dir)).toEqual(['bad.jsonl']);

    const skipped = cli('import', bad, '--db', db, '--skip-invalid', '--create-labels');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toBe(
      'imported 2 documents with 1 span from 1 file; 1 bad record skipped; created label PLACE\n',
    );
  });

  it('fails with one line for unknown commands, missing options and missing databases', () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [[], /no command given/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['stats'], /stats needs --db PATH/],
      [['stats', '--db', join(dir, 'none.db')], /database .*none\.db does not exist/],
      [['export', '--db', join(dir, 'none.db')], /database .*none\.db does not exist/],
      [['import', '--db', join(dir, 'x.db')], /import needs at least one file or folder/],
      [
        ['import', join(dir, 'missing.txt'), '--db', join(dir, 'x.db')],
        /missing\.txt: no such file or folder/,
      ],
      [['stats', '--db', join(dir, 'x.db'), '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, reason] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      const lines = oneLine(r.stderr);
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(/^annotator: /);
      expect(lines[0]).toMatch(reason);
    }
  });

  it('refuses a database from a newer version or one that is not a database, leaving it untouched', () => {
    const dir = tempDir();
    const newer = join(dir, 'newer.db');
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, it is a note');
    for (const [path, reason] of [
      [newer, /newer version of the annotator/],
      [junk, /not an annotator database/],
    ] as const) {
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
      for (const args of [
        ['stats', '--db', path],
        ['import', SAMPLES_DIR, '--db', path],
      ]) {
        const r = cli(...args);
        expect(r.code).toBe(1);
        expect(oneLine(r.stderr)).toEqual([expect.stringMatching(reason)]);
      }
      expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(digest);
    }
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const db = join(tempDir(), 'c.db');
    cli('import', SAMPLES_DIR, '--db', db);
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" export --db "${db}" | head -c 10`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).toBe('');
  });

  it('reports duplicates on stderr and still succeeds; a failed --out leaves no file', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    cli('import', SAMPLES_DIR, '--db', db);
    const again = cli('import', SAMPLES_DIR, '--db', db);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('imported 0 documents with 0 spans from 5 files; 5 duplicates skipped\n');
    expect(oneLine(again.stderr)).toHaveLength(5);
    expect(oneLine(again.stderr)[0]).toMatch(
      /000_41a87ea6492af2e9\.txt:1: duplicate of document "000_41a87ea6492af2e9"/,
    );

    const failed = cli('export', '--db', db, '--out', join(dir, 'no', 'such', 'dir.jsonl'));
    expect(failed.code).toBe(1);
    expect(oneLine(failed.stderr)).toEqual([
      expect.stringMatching(/^annotator: cannot write .*: folder .* does not exist; nothing was written$/),
    ]);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('says "1 document", "1 span" and "1 file" for one of each', () => {
    const dir = tempDir();
    const one = writeJsonl(dir, 'one.jsonl', [
      { text: 'De VS hebben 2.500 militairen.', spans: [{ start: 0, end: 5, label: 'ACTOR' }] },
    ]);
    const db = join(dir, 'c.db');
    expect(cli('import', one, '--db', db).stdout).toBe('imported 1 document with 1 span from 1 file\n');
    const again = cli('import', one, '--db', db);
    // The same text with the same (unattributed) spans: already present.
    expect(again.stdout).toBe(
      'imported 0 documents with 0 spans from 1 file; 1 document already present, unchanged\n',
    );
    const out = join(dir, 'out.jsonl');
    expect(oneLine(cli('export', '--db', db, '--out', out).stderr)).toEqual([
      `exported 1 document with 1 span to ${out}`,
    ]);
  });

  it('creates no database when an import into a new one imports nothing, and keeps an existing one', () => {
    const dir = tempDir();
    const bad = writeJsonl(dir, 'bad.jsonl', ['{"text":']);
    const db = join(dir, 'new.db');
    const cases: [string[], number][] = [
      [['import', join(dir, 'nonexistent.jsonl'), '--db', db], 1],
      [['import', bad, '--db', db], 1],
      // Every record skipped: a success that imported nothing.
      [['import', bad, '--db', db, '--skip-invalid'], 0],
      [['import', dir, '--db', db, '--report', dir], 1],
    ];
    for (const [args, code] of cases) {
      expect(cli(...args).code, args.join(' ')).toBe(code);
      expect(readdirSync(dir), args.join(' ')).toEqual(['bad.jsonl']);
    }
    // A database that was there stays, empty or not.
    new Database(db).close();
    cli('import', join(dir, 'nonexistent.jsonl'), '--db', db);
    expect(existsSync(db)).toBe(true);
  });

  it('shows the first 20 duplicates and counts the rest; --report lists them all', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    const many = writeJsonl(
      dir,
      'many.jsonl',
      Array.from({ length: 45 }, (_, i) => ({ id: `d${i}`, text: `Artikel ${i}.` })),
    );
    expect(cli('import', many, '--db', db).code).toBe(0);
    const again = cli('import', many, '--db', db);
    expect(again.code).toBe(0);
    const shown = oneLine(again.stderr);
    expect(shown).toHaveLength(21);
    expect(shown[0]).toBe(`${many}:1: duplicate of document "d0" (same text), skipped`);
    expect(shown[20]).toBe('… and 25 more duplicates (--report FILE lists them)');

    const report = join(dir, 'report.txt');
    const reported = cli('import', many, '--db', db, '--report', report);
    expect(oneLine(reported.stderr)[20]).toBe(`… and 25 more duplicates (${report} lists them)`);
    const all = oneLine(readFileSync(report, 'utf8'));
    expect(all).toHaveLength(45);
    expect(all[44]).toBe(`${many}:45: duplicate of document "d44" (same text), skipped`);
  });

  it('counts every bad record past the 1,000 it lists, on stderr and in the report', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text": 1}\n'.repeat(1234));
    const report = join(dir, 'report.txt');
    const run = cli('import', bad, '--db', db, '--report', report);
    expect(run.code).toBe(1);
    const shown = oneLine(run.stderr);
    expect(shown[20]).toBe(`… and 1214 more bad records (${report} lists them)`);
    expect(shown[21]).toBe('annotator: nothing imported: 1234 bad records; fix them or use --skip-invalid');
    const all = oneLine(readFileSync(report, 'utf8'));
    expect(all).toHaveLength(1001);
    expect(all[999]).toMatch(/^.*bad\.jsonl:1000: /);
    expect(all[1000]).toBe('… and 234 more bad records (an import lists the first 1000)');
    const skipped = cli('import', bad, '--db', db, '--skip-invalid');
    expect(oneLine(skipped.stdout)[0]).toContain('1234 bad records skipped');
  });

  it('prints usage with --help', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: annotator <command>/);
  });
});
