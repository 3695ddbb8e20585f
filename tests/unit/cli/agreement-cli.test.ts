/**
 * `annotator agreement` spawned on a real database: two annotators' layers
 * imported from one JSONL record, their statuses in document_layers.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgreementReport } from '../../../src-main/agreement/report.ts';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const CLI = join(import.meta.dirname, '..', '..', '..', 'src-main', 'cli', 'main.ts');
const TEXT = 'De VS hebben momenteel 2.500 militairen in het land.';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const s = (id: string, start: number, end: number, label: string, annotator: string) => ({
  id,
  start,
  end,
  label,
  annotator,
});

/** anna and bob agree on ACTOR and NUMBER; bob's EVENT leaves out "De VS". */
function corpus(statuses: Record<string, string> = { anna: 'done', bob: 'in_progress' }): string {
  const dir = tempDir();
  const db = join(dir, 'team.db');
  const file = writeJsonl(dir, 'team.jsonl', [
    {
      id: 'd1',
      text: TEXT,
      meta: { status: 'done' },
      spans: [
        s('T1', 0, 5, 'ACTOR', 'anna'),
        s('T2', 0, 51, 'EVENT', 'anna'),
        s('T3', 23, 28, 'NUMBER', 'anna'),
        s('T4', 0, 5, 'ACTOR', 'bob'),
        s('T5', 6, 51, 'EVENT', 'bob'),
        s('T6', 23, 28, 'NUMBER', 'bob'),
        s('T7', 23, 28, 'NUMBER', 'gold'),
      ],
      relations: [{ head: 'T2', child: 'T1', label: 'agent' }],
    },
  ]);
  const imported = cli('import', file, '--db', db);
  expect(imported.stderr).toBe('');
  const handle = openDatabase(db);
  try {
    const insert = handle.prepare(
      `INSERT OR REPLACE INTO document_layers (document_id, layer, status) SELECT id, ?, ? FROM documents`,
    );
    for (const [layer, status] of Object.entries(statuses)) insert.run(layer, status);
  } finally {
    closeDatabase(handle);
  }
  return db;
}

const json = (db: string, ...more: string[]): AgreementReport => {
  const r = cli('agreement', '--db', db, '--json', ...more);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as AgreementReport;
};

describe('annotator agreement --json', () => {
  it('prints the hand-computed figures with their counts, gold left out', () => {
    const report = json(corpus());
    expect(report.annotators).toEqual(['anna', 'bob']);
    expect(report.pairs).toHaveLength(1);
    const pair = report.pairs[0];
    expect(pair?.annotators).toEqual(['anna', 'bob']);
    expect(pair?.documents).toBe(1);
    expect(pair?.overall).toMatchObject({
      exact_f1: 2 / 3,
      overlap_f1: 1,
      spans_a: 3,
      spans_b: 3,
      exact_matches: 2,
    });
    // EVENT: 44 non-white-space characters; anna marks 43, bob 39 of them, all inside anna's.
    // p_o = 40/44, p_e = (43*39 + 1*5)/44^2, kappa = 78/254.
    expect(pair?.labels.EVENT).toMatchObject({
      exact_f1: 0,
      overlap_f1: 1,
      characters: { both: 39, a_only: 4, b_only: 0, neither: 1 },
    });
    expect(pair?.labels.EVENT?.kappa).toBeCloseTo(78 / 254, 12);
    expect(pair?.labels.NUMBER).toMatchObject({ exact_f1: 1, kappa: 1 });
    expect(pair?.relations).toEqual({ f1: 0, relations_a: 1, relations_b: 0, matches: 0 });
    expect(report.alpha_u.NUMBER).toBe(1);
    expect(report.alpha_u_counts.EVENT).toMatchObject({
      documents: 1,
      annotators: 2,
      units: 2,
      characters: 52,
    });
  });

  it('takes gold in when it is named', () => {
    const report = json(
      corpus({ anna: 'done', bob: 'done', gold: 'done' }),
      '--annotators',
      'anna,gold',
      '--labels',
      'NUMBER',
    );
    expect(report.pairs[0]?.annotators).toEqual(['anna', 'gold']);
    expect(report.pairs[0]?.labels.NUMBER?.exact_f1).toBe(1);
    expect(Object.keys(report.pairs[0]?.labels ?? {})).toEqual(['NUMBER']);
  });

  it('leaves out a layer whose status on the document is todo', () => {
    const report = json(corpus({ anna: 'done', bob: 'todo' }));
    expect(report.pairs[0]?.documents).toBe(0);
    expect(report.pairs[0]?.overall.exact_f1).toBeNull();
  });

  it('counts a layer with spans but no status row as having annotated the document', () => {
    const report = json(corpus({}));
    expect(report.pairs[0]?.documents).toBe(1);
  });
});

describe('annotator agreement as a table', () => {
  it('shows each pair, label and alpha_u', () => {
    const r = cli('agreement', '--db', corpus());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('anna / bob: 1 shared document');
    expect(r.stdout).toMatch(/EVENT\s+0\.000\s+1\.000\s+0\.307/);
    expect(r.stdout).toMatch(/overall\s+0\.667\s+1\.000/);
    expect(r.stdout).toMatch(/alpha_u over anna, bob/);
  });
});

describe('annotator agreement refuses', () => {
  it('an unknown annotator, naming the layers there are', () => {
    const r = cli('agreement', '--db', corpus(), '--annotators', 'anna,carl');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('annotator: unknown annotator "carl"; the database has "anna", "bob", "gold"\n');
  });

  it('an unknown label, naming the labels there are', () => {
    const r = cli('agreement', '--db', corpus(), '--labels', 'EVENT,PLACE');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^annotator: unknown label "PLACE"; the database has "EVENT", "NUMBER", "ACTOR"/,
    );
  });

  it('an empty name in a list, and a database that does not exist', () => {
    expect(cli('agreement', '--db', corpus(), '--labels', 'EVENT,').stderr).toMatch(
      /--labels needs names separated by commas/,
    );
    const missing = cli('agreement', '--db', join(tempDir(), 'none.db'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});
