import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { createAnnotation } from '../../../src-main/db/annotations.ts';
import { changeStatus } from '../../../src-main/db/status.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXT = 'De VS hebben 2.500 militairen in het land.';
const lines = (s: string) => s.trimEnd().split('\n');

function spansIn(db: string) {
  const raw = new Database(db, { readonly: true });
  try {
    return raw
      .prepare(
        `SELECT a.uid, a.annotator, l.name AS label, a.start FROM annotations a JOIN labels l ON l.id = a.label_id
         ORDER BY a.annotator, a.start`,
      )
      .all();
  } finally {
    raw.close();
  }
}

describe('annotator import --annotator', () => {
  it('puts spans without an annotator in the named layer and keeps the others', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    const file = writeJsonl(dir, 'a.jsonl', [
      {
        id: 'd1',
        text: TEXT,
        spans: [
          { id: 'T1', start: 0, end: 5, label: 'ACTOR' },
          { id: 'T2', start: 13, end: 18, label: 'NUMBER', annotator: 'bob' },
        ],
      },
    ]);
    expect(cli('import', file, '--db', db, '--annotator', 'anna')).toMatchObject({
      code: 0,
      stdout: 'imported 1 document with 2 spans from 1 file\n',
      stderr: '',
    });
    expect(spansIn(db)).toEqual([
      { uid: 'T1', annotator: 'anna', label: 'ACTOR', start: 0 },
      { uid: 'T2', annotator: 'bob', label: 'NUMBER', start: 13 },
    ]);
  });

  it('refuses a name that cannot be a layer, before anything is written', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    const file = writeJsonl(dir, 'a.jsonl', [{ text: TEXT }]);
    expect(cli('import', file, '--db', db, '--annotator', 'gold')).toMatchObject({
      code: 1,
      stderr: 'annotator: --annotator: "gold" is reserved ("gold" and "all" name layers, not annotators)\n',
    });
    expect(cli('import', file, '--db', db, '--annotator', ' anna')).toMatchObject({ code: 1 });
    expect(existsSync(db)).toBe(false);
  });
});

describe('annotator import: merging layers', () => {
  it('reports a conflict with exit code 2, applies the rest, and replaces on --replace-layers', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    const anna = writeJsonl(dir, 'anna.jsonl', [
      { id: 'd1', text: TEXT, spans: [{ id: 'T1', start: 0, end: 5, label: 'ACTOR' }] },
    ]);
    cli('import', anna, '--db', db, '--annotator', 'anna');
    const other = writeJsonl(dir, 'other.jsonl', [
      { id: 'd1', text: TEXT, spans: [{ id: 'T1', start: 0, end: 2, label: 'ACTOR', annotator: 'anna' }] },
      { id: 'x', text: TEXT, spans: [{ id: 'T1', start: 6, end: 12, label: 'EVENT', annotator: 'bob' }] },
    ]);
    const r = cli('import', other, '--db', db);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      'imported 0 documents with 1 span from 1 file; merged 1 layer into 1 document already in the corpus\n',
    );
    expect(lines(r.stderr)).toEqual([
      `${other}:2: merged into document "d1": layer "bob" added (1 span); span ids already in use renumbered: T1 → T2`,
      `${other}:1: conflict in document "d1", layer "anna": 1 span(s) only in the file, 1 only in the corpus (label, offsets, fragments or attributes differ); first only in the file: ACTOR 0–2 "De"; not applied`,
      "annotator: 1 conflicting layer not applied (listed above); import again with --replace-layers to take the file's layers",
    ]);
    const again = cli('import', other, '--db', db, '--replace-layers');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      'imported 0 documents with 1 span from 1 file; merged 1 layer into 1 document already in the corpus; 1 document already present, unchanged\n',
    );
    expect(spansIn(db)).toEqual([
      { uid: 'T1', annotator: 'anna', label: 'ACTOR', start: 0 },
      { uid: 'T2', annotator: 'bob', label: 'EVENT', start: 6 },
    ]);
    expect(cli('import', other, '--db', db)).toMatchObject({
      code: 0,
      stdout: 'imported 0 documents with 0 spans from 1 file; 2 documents already present, unchanged\n',
    });
  });
});

describe('annotator export --layer', () => {
  it("writes one layer with that layer's status, and refuses a layer the corpus lacks", () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    cli(
      'import',
      writeJsonl(dir, 'a.jsonl', [
        {
          id: 'd1',
          text: TEXT,
          meta: { status: 'done' },
          spans: [{ start: 0, end: 5, label: 'ACTOR', annotator: 'anna' }],
        },
      ]),
      '--db',
      db,
    );
    cli(
      'import',
      writeJsonl(dir, 'b.jsonl', [
        {
          id: 'd1',
          text: TEXT,
          meta: { status: 'in_progress' },
          spans: [{ start: 6, end: 12, label: 'EVENT', annotator: 'bob' }],
        },
      ]),
      '--db',
      db,
    );
    const bob = cli('export', '--db', db, '--layer', 'bob');
    expect(bob.code).toBe(0);
    const record = JSON.parse(bob.stdout) as { meta: { status: string }; spans: { annotator: string }[] };
    expect(record.meta.status).toBe('in_progress');
    expect(record.spans.map((s) => s.annotator)).toEqual(['bob']);
    expect(cli('export', '--db', db, '--layer', 'bob', '--status', 'done')).toMatchObject({
      code: 0,
      stdout: '',
    });
    const all = JSON.parse(cli('export', '--db', db, '--layer', 'all').stdout) as { spans: unknown[] };
    expect(all.spans).toHaveLength(2);
    const brat = join(dir, 'brat');
    expect(cli('export', '--db', db, '--layer', 'anna', '--format', 'brat', '--out', brat).code).toBe(0);
    expect(readFileSync(join(brat, 'd1.ann'), 'utf8')).toBe('T1\tACTOR 0 5\tDe VS\n');
    expect(cli('export', '--db', db, '--layer', 'carl')).toMatchObject({
      code: 1,
      stderr: 'annotator: the corpus has no layer "carl" (layers: anna, bob, gold, all)\n',
    });
  });
});

describe('annotator export --layer and relations', () => {
  it('lists a relation whose other end is outside the layer instead of dropping it in silence', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    cli(
      'import',
      writeJsonl(dir, 'a.jsonl', [
        {
          id: 'd1',
          text: TEXT,
          spans: [
            { id: 'T1', start: 0, end: 5, label: 'ACTOR' },
            { id: 'T2', start: 6, end: 12, label: 'EVENT', annotator: 'anna' },
            { id: 'T3', start: 13, end: 18, label: 'NUMBER', annotator: 'anna' },
          ],
          relations: [
            { head: 'T2', child: 'T1', label: 'agent' },
            { head: 'T2', child: 'T3', label: 'quantity' },
          ],
        },
      ]),
      '--db',
      db,
    );
    const out = join(dir, 'anna.jsonl');
    const anna = cli('export', '--db', db, '--layer', 'anna', '--out', out);
    expect(anna.code).toBe(0);
    expect(lines(anna.stderr)).toEqual([
      'exported 1 document with 2 spans to ' + out,
      'left out of the export: 1 lost (1 relation outside the layer)',
      "  d1 T2 -agent-> T1: relation outside the layer: its other end is in the unattributed spans, not in anna's",
    ]);
    const record = JSON.parse(readFileSync(out, 'utf8')) as { relations: { label: string }[] };
    expect(record.relations.map((r) => r.label)).toEqual(['quantity']);
    const brat = cli('export', '--db', db, '--layer', 'anna', '--format', 'brat', '--out', join(dir, 'brat'));
    expect(brat.stderr).toContain('1 relation outside the layer');
    // Every layer: nothing is left out.
    expect(cli('export', '--db', db, '--out', join(dir, 'all.jsonl')).stderr).toBe(
      `exported 1 document with 3 spans to ${join(dir, 'all.jsonl')}\n`,
    );
  });
});

describe('annotator package', () => {
  it("hands out a package, and its return brings the annotator's new spans and status", () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    cli(
      'import',
      writeJsonl(dir, 'a.jsonl', [
        { id: 'd1', text: TEXT, spans: [{ id: 'T1', start: 0, end: 5, label: 'ACTOR', annotator: 'anna' }] },
        { id: 'd2', text: 'Een tweede tekst.', spans: [] },
      ]),
      '--db',
      db,
    );
    const ids = join(dir, 'ids.txt');
    writeFileSync(ids, 'd1\n');
    const pkg = join(dir, 'pkg.db');
    expect(cli('package', '--db', db, '--annotator', 'anna', '--ids', ids, '--out', pkg)).toMatchObject({
      code: 0,
      stdout: `packaged 1 document with 1 span for anna to ${pkg}\n`,
    });
    expect(cli('package', '--db', db, '--annotator', 'anna', '--out', pkg)).toMatchObject({
      code: 1,
      stderr: `annotator: ${pkg} already exists; a package is written to a new file\n`,
    });
    writeFileSync(ids, 'd1\nd9\n');
    expect(
      cli('package', '--db', db, '--annotator', 'anna', '--ids', ids, '--out', join(dir, 'p2.db')),
    ).toMatchObject({
      code: 1,
      stderr: 'annotator: 1 id not in the corpus: "d9"; nothing was written\n',
    });

    const work = openDatabase(pkg);
    const labelId = work.prepare("SELECT id FROM labels WHERE name = 'EVENT'").pluck().get() as number;
    createAnnotation(work, { documentId: 1, labelId, start: 6, end: 12, annotator: 'anna' });
    changeStatus(work, 1, 'done', 'anna');
    closeDatabase(work);

    const back = cli('import', pkg, '--db', db);
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(
      'imported 0 documents with 2 spans from 1 file; merged 1 layer into 1 document already in the corpus\n',
    );
    expect(spansIn(db)).toEqual([
      { uid: 'T1', annotator: 'anna', label: 'ACTOR', start: 0 },
      { uid: 'T2', annotator: 'anna', label: 'EVENT', start: 6 },
    ]);
    const exported = JSON.parse(lines(cli('export', '--db', db, '--layer', 'anna').stdout)[0] ?? '') as {
      meta: { status: string };
    };
    expect(exported.meta.status).toBe('done');
  });
});
