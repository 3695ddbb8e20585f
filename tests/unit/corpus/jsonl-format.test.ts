import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { exportToFile } from '../../../src-main/corpus/export.ts';
import {
  documentLine,
  documentRecord,
  lineAroundText,
  type DocRow,
  type SpanRow,
} from '../../../src-main/corpus/export-lines.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { META_KEYS, RECORD_KEYS } from '../../../src-main/corpus/record.ts';
import { RELATION_KEYS } from '../../../src-main/corpus/record-relations.ts';
import { SPAN_KEYS } from '../../../src-main/corpus/record-span.ts';
import { SAMPLES_DIR } from '../../helpers/backend.ts';
import { pySlice } from '../../helpers/corpus.ts';
import { writeFramesCorpus } from '../../helpers/frames-corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'src-main', 'cli', 'main.ts');
const SCHEMA = join(ROOT, 'resources', 'export.schema.json');
const SHARED_SEEDS = join(ROOT, '..', 'shared', 'seeds');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The samples, the shared seeds when present, and the frames corpus, exported through the page workers. */
async function exportedCorpus(dir: string): Promise<string> {
  const db = openDatabase(join(dir, 'c.db'));
  const sources = [SAMPLES_DIR, ...(existsSync(SHARED_SEEDS) ? [SHARED_SEEDS] : []), writeFramesCorpus(dir)];
  expect(importPaths(db, sources, { createLabels: true })).toMatchObject({ committed: true, invalid: [] });
  const file = join(dir, 'out.jsonl');
  await exportToFile(db, file);
  closeDatabase(db);
  return readFileSync(file, 'utf8');
}

const lines = (text: string): string[] => text.trimEnd().split('\n');

/** A span row as the export reads it: what `fields` does not give is empty. */
const spanRow = (
  fields: Pick<SpanRow, 'id' | 'uid' | 'start' | 'end' | 'label'> & Partial<SpanRow>,
): SpanRow => ({
  annotator: null,
  attributes: '{}',
  fragments: null,
  origin: null,
  note: null,
  flag: null,
  ...fields,
});

/** Every key path of a record in the order written, with array elements of one kind merged. */
function keyShape(record: Record<string, unknown>): string[] {
  const keys = (v: unknown) => Object.keys(v as object).join(',');
  const shape = [keys(record), `meta:${keys(record.meta)}`];
  for (const span of record.spans as Record<string, unknown>[]) {
    shape.push(`span:${keys(span)}`);
    for (const f of span.fragments as object[]) shape.push(`fragment:${keys(f)}`);
  }
  for (const r of record.relations as object[]) shape.push(`relation:${keys(r)}`);
  return [...new Set(shape)];
}

describe('the JSONL format', () => {
  it('every exported line validates against resources/export.schema.json', async () => {
    const text = await exportedCorpus(tempDir());
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
      JSON.parse(readFileSync(SCHEMA, 'utf8')) as object,
    );
    const all = lines(text);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const line of all) {
      const ok = validate(JSON.parse(line));
      expect(validate.errors ?? [], line.slice(0, 80)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('gives every record the same keys in the same order, documents without spans included', async () => {
    const records = lines(await exportedCorpus(tempDir())).map(
      (l) => JSON.parse(l) as Record<string, unknown>,
    );
    const shapes = new Set(records.flatMap(keyShape));
    // The keys import reads, the keys export writes and the keys the schema requires are one list.
    const expected = [
      RECORD_KEYS.join(','),
      `meta:${META_KEYS.join(',')}`,
      `span:${SPAN_KEYS.join(',')}`,
      'fragment:start,end,text',
      `relation:${RELATION_KEYS.join(',')}`,
    ];
    expect([...shapes].sort()).toEqual([...expected].sort());
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as {
      required: string[];
      properties: { meta: { required: string[] } };
      $defs: Record<'span' | 'fragment' | 'relation', { required: string[] }>;
    };
    expect([
      schema.required.join(','),
      `meta:${schema.properties.meta.required.join(',')}`,
      `span:${schema.$defs.span.required.join(',')}`,
      `fragment:${schema.$defs.fragment.required.join(',')}`,
      `relation:${schema.$defs.relation.required.join(',')}`,
    ]).toEqual(expected);
    const withoutSpans = records.find((r) => r.id === 'empty');
    expect(withoutSpans).toMatchObject({ spans: [], relations: [], meta: { date: null, extra: {} } });
    for (const r of records) {
      const text = r.text as string;
      type Piece = { start: number; end: number; text: string };
      for (const s of r.spans as (Piece & { fragments: Piece[] })[]) {
        expect(pySlice(text, s.start, s.end)).toBe(s.text);
        for (const f of s.fragments) expect(pySlice(text, f.start, f.end)).toBe(f.text);
      }
    }
  });

  it('round-trips byte for byte through the CLI with relations, attributes, fragments, emoji and line breaks', () => {
    const dir = tempDir();
    const source = writeFramesCorpus(dir);
    const first = join(dir, 'first.db');
    expect(cli('import', source, SAMPLES_DIR, '--db', first, '--create-labels')).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'imported 8 documents with 10 spans from 6 files; created role topic (EVENT → EVENT)\n',
    });
    const exported = join(dir, 'first.jsonl');
    expect(cli('export', '--db', first, '--out', exported)).toMatchObject({ code: 0 });
    const bytes = readFileSync(exported);
    // Nothing of the frames record is lost on the way: the same spans, relations and meta.
    type Frames = { meta: Record<string, unknown>; spans: { id: string }[]; relations: object[] };
    const given = JSON.parse(lines(readFileSync(source, 'utf8'))[0] ?? '') as Frames;
    const frames = JSON.parse(
      lines(bytes.toString('utf8')).find((l) => l.startsWith('{"id":"frames"')) ?? '',
    ) as Frames;
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(frames.spans.sort(byId)).toEqual(given.spans.sort(byId));
    expect(new Set(frames.relations.map((r) => JSON.stringify(r)))).toEqual(
      new Set(given.relations.map((r) => JSON.stringify(r))),
    );
    expect({ ...frames.meta, sha256: undefined }).toEqual(given.meta);

    const second = join(dir, 'second.db');
    copyFileSync(exported, join(dir, 'again.jsonl'));
    expect(cli('import', join(dir, 'again.jsonl'), '--db', second, '--create-labels')).toMatchObject({
      code: 0,
    });
    const again = cli('export', '--db', second);
    expect(again.code).toBe(0);
    expect(Buffer.from(again.stdout, 'utf8').equals(bytes)).toBe(true);
  });

  it('writes the same line on the fast path (BMP text spliced as JSON) as in full', () => {
    const text = 'De VS hebben 2.500 militairen in Irak, zegt de regering.';
    const doc: DocRow = {
      id: 1,
      external_id: 'd',
      title: null,
      list_title: 'd',
      published: '2021',
      source: null,
      note: null,
      flag: null,
      text,
      text_length: text.length,
      text_sha256: 'ab',
      meta: '{"2021":1,"z":[2]}',
      status: 'todo',
      annotation_count: 3,
    } as DocRow;
    const span = (
      id: number,
      uid: string,
      start: number,
      end: number,
      label: string,
      more: Partial<SpanRow> = {},
    ) => spanRow({ id, uid, start, end, label, ...more });
    const spans: SpanRow[] = [
      span(7, 'A1', 0, 5, 'ACTOR', { annotator: 'anna', attributes: '{"kind":"country"}' }),
      span(5, 'E1', 0, 29, 'EVENT', {
        fragments: '[[0,5],[13,29]]',
        origin: '{"kind":"manual","rule":null}',
      }),
      span(6, 'N1', 13, 18, 'NUMBER', { note: 'n', flag: 'f' }),
    ];
    const relations = [
      { head_id: 5, child_id: 6, label: 'quantity' },
      { head_id: 5, child_id: 7, label: 'agent' },
    ];
    const { head, tail } = lineAroundText(doc, spans, relations);
    const full = documentLine(doc, spans, relations);
    expect(head + JSON.stringify(text) + tail).toBe(full);
    // Relations follow their head's place in spans, then the child's.
    expect(full).toContain(
      '"relations":[{"head":"E1","child":"A1","label":"agent"},{"head":"E1","child":"N1","label":"quantity"}]',
    );
  });

  it("gives the other formats' writers the record its line reads back as, emoji and line breaks included", () => {
    const texts = [
      'De VS hebben 2.500 militairen in Irak, zegt de regering.',
      '😀 De VS hebben 2.500 militairen\u2028in Irak, "zegt" de regering.\n🎉',
      'De VS hebben 2.500 militairen\u0085in Irak, zegt de regering.',
    ];
    for (const text of texts) {
      const doc = {
        id: 1,
        external_id: 'd😀',
        title: 'titel',
        published: null,
        source: 'nos',
        note: 'n\u2029',
        flag: null,
        text,
        text_sha256: 'ab',
        meta: '{"2021":1,"z":[2],"a":{"b":null}}',
        status: 'done',
      } as DocRow;
      // UTF-16 offsets, as stored: the emoji is two units.
      const at = (s: string) => text.indexOf(s);
      const span = (id: number, uid: string, from: string, to: string, more: Partial<SpanRow> = {}) =>
        spanRow({
          id,
          uid,
          start: at(from),
          end: at(to) + to.length,
          label: 'EVENT',
          attributes: '{"tense":"past","value":2500}',
          ...more,
        });
      const spans: SpanRow[] = [
        span(5, 'E1', 'De', 'militairen', {
          fragments: JSON.stringify([
            [at('De'), at('De') + 2],
            [at('militairen'), at('militairen') + 10],
          ]),
          origin: '{"kind":"manual","rule":null}',
          annotator: 'anna',
        }),
        span(6, 'N1', '2.500', '2.500', { note: 'n', flag: 'f', attributes: '{}' }),
        span(7, 'A1', 'Irak', 'regering', { label: 'ACTOR' }),
      ];
      const relations = [
        { head_id: 5, child_id: 7, label: 'agent' },
        { head_id: 5, child_id: 6, label: 'quantity' },
      ];
      const bmpOnly = [...text].length === text.length;
      const line = documentLine(doc, spans, relations);
      const record = documentRecord(doc, spans, relations, bmpOnly);
      // Equal values, keys in the same order.
      expect(JSON.stringify(record)).toBe(JSON.stringify(JSON.parse(line)));
      expect(record).toStrictEqual(JSON.parse(line));
      if (bmpOnly) expect(record).toStrictEqual(documentRecord(doc, spans, relations, false));
    }
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;
if (!hasPython) console.warn('python3 not found: the README Python example is not run (skipped)');

describe.skipIf(!hasPython)('the README Python example (examples/walk_events.py)', () => {
  it('walks each event with its arguments in a real export', () => {
    const dir = tempDir();
    const db = join(dir, 'c.db');
    expect(cli('import', writeFramesCorpus(dir), '--db', db, '--create-labels').code).toBe(0);
    expect(cli('export', '--db', db, '--out', join(dir, 'corpus.jsonl')).code).toBe(0);
    const run = spawnSync('python3', [join(ROOT, 'examples', 'walk_events.py')], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'frames F1 De VS … militairen {}',
        "frames E1 hebben 2.500 militairen in Irak {'polarity': 'positive', 'tense': 'present'}",
        "    agent ACTOR De VS 🇺🇸 {'kind': 'country'}",
        "    quantity NUMBER 2.500 {'mod': 'exact', 'unit': 'militairen', 'value': 2500}",
        'frames E2 zegt {}',
        "    topic EVENT hebben 2.500 militairen in Irak {'polarity': 'positive', 'tense': 'present'}",
        '    agent ACTOR De regering 😀 van al-Kazimi {}',
        '',
      ].join('\n'),
    );
  });
});
