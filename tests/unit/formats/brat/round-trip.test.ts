import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportCorpus } from '../../../../src-main/corpus/export.ts';
import { importPaths } from '../../../../src-main/corpus/import.ts';
import { openDatabase, type Db } from '../../../../src-main/db/connection.ts';
import { listLabels } from '../../../../src-main/db/labels.ts';
import { listAttributeDefs, listRoles } from '../../../../src-main/db/scheme-read.ts';
import { BratReader } from '../../../../src-main/formats/brat/read.ts';
import { withBratText } from '../../../../src-main/formats/brat/write-text.ts';
import type { CorpusRecord, SchemeForFormats } from '../../../../src-main/formats/types.ts';
import { writeJsonl } from '../../../helpers/corpus.ts';
import { tempDir } from '../../../helpers/tmp.ts';
import { fixture, onlyRecords, readBrat, writeBrat } from './brat-helpers.ts';

async function exported(db: Db): Promise<CorpusRecord[]> {
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
    .map((l) => JSON.parse(l) as CorpusRecord);
}

/** The database's scheme as the formats get it. */
function schemeOf(db: Db): SchemeForFormats {
  const labels = listLabels(db);
  const name = new Map(labels.map((l) => [l.id, l.name]));
  const defs = listAttributeDefs(db);
  return {
    labels: labels.map((l) => ({
      name: l.name,
      attributes: defs
        .filter((d) => d.labelId === l.id)
        .map((d) => ({ name: d.name, type: d.type, values: d.values })),
    })),
    roles: listRoles(db).map((r) => ({
      name: r.name,
      from: r.from.map((id) => name.get(id) ?? ''),
      to: r.to.map((id) => name.get(id) ?? ''),
    })),
  };
}

/** Imports records into a new database, as `import` would from a JSONL file; all of them must go in. */
function importRecords(records: readonly unknown[]): Db {
  const db = openDatabase(':memory:');
  const file = writeJsonl(tempDir(), 'in.jsonl', records);
  const report = importPaths(db, [file], { createLabels: true });
  expect(report.invalid).toEqual([]);
  expect(report.imported).toBe(records.length);
  return db;
}

const T1 = 'Feest 🎉 in Arnhem:\n2.500 mensen 👩‍👩‍👧 vierden\r\nde zege.';
/** Nested and overlapping spans, fragments, relations, attributes, emoji and line breaks inside spans. */
const CORPUS = [
  {
    id: 'Nieuws/2021 🎉',
    text: T1,
    meta: { date: '2021-07', status: 'done', title: 'Feest' },
    spans: [
      {
        id: 'T1',
        start: 0,
        end: 41,
        label: 'EVENT',
        annotator: 'anna',
        attributes: { certainty: 0.5, polarity: 'positive' },
      },
      { id: 'T2', start: 20, end: 25, label: 'NUMBER', annotator: 'anna' },
      { id: 'T3', start: 20, end: 32, label: 'ACTOR', note: 'menigte\nof publiek?' },
      {
        id: 'T4',
        start: 12,
        end: 49,
        label: 'EVENT',
        fragments: [
          { start: 12, end: 18 },
          { start: 35, end: 49 },
        ],
        attributes: { confirmed: true, quote: 'ja' },
      },
      { id: 'x-9', start: 6, end: 7, label: 'ACTOR', attributes: { confirmed: false } },
    ],
    relations: [
      { head: 'T1', child: 'T3', label: 'agent' },
      { head: 'T4', child: 'T2', label: 'quantity' },
    ],
  },
  { id: 'leeg', text: 'Geen annotaties.\n' },
];

describe('brat round trip through our import', () => {
  it('export → import → export gives the same files, and everything else lost is reported', async () => {
    const db1 = importRecords(CORPUS);
    const scheme = schemeOf(db1);
    const records1 = await exported(db1);
    const first = writeBrat(records1, scheme);

    const { records: read, losses: readLosses } = onlyRecords(readBrat(first.files, scheme));
    expect(readLosses).toEqual([]);
    const second = writeBrat(await exported(importRecords(read)), scheme);
    expect(second.files).toEqual(first.files);
    expect(second.losses).toEqual([]);

    expect(first.losses.map((l) => `${l.item ?? '-'} ${l.kind}`)).toEqual([
      '- meta',
      '- meta',
      '- meta',
      '- line endings',
      'T1 annotator',
      'x-9 span id',
      'T2 annotator',
      'x-9 attribute',
      'T3 note',
    ]);

    // record → brat → record: equal but for what the losses name.
    // Compared with the text as brat reads it: CR LF as LF.
    const doc = records1[0] && withBratText(records1[0]).record;
    const [back] = read.filter((r) => r.id === doc?.id);
    expect(back?.text).toBe(T1.replace('\r\n', '\n'));
    expect(back?.spans.map((s) => [s.start, s.end, s.label, s.text, s.fragments.length])).toEqual(
      doc?.spans.map((s) => [s.start, s.end, s.label, s.text, s.fragments.length]),
    );
    expect(back?.spans.find((s) => s.id === 'T1')?.attributes).toEqual({
      certainty: 0.5,
      polarity: 'positive',
    });
    expect(back?.spans.find((s) => s.id === 'T4')?.attributes).toEqual({ confirmed: true, quote: 'ja' });
    expect(back?.spans.find((s) => s.id === 'T3')?.note).toBe('menigte of publiek?');
    expect(back?.relations).toEqual(doc?.relations);
  });

  it("imports brat's example files and writes their text-bound spans back as they were", () => {
    const reader = new BratReader();
    for (const name of [
      '000-introduction',
      '060-relation_annotation',
      '110-note_annotation',
      'ned.train-doc-118',
      'w078',
    ]) {
      const input = fixture(name);
      const { records } = onlyRecords([...reader.read(input)]);
      importRecords(records);
      const written = writeBrat(records, { labels: [], roles: [] }).files.get(`${name}.ann`) ?? '';
      const tLines = (ann: string) =>
        ann
          .split('\n')
          .filter((l) => l.startsWith('T'))
          .sort();
      expect(tLines(written)).toEqual(tLines(input[1]?.text ?? ''));
    }
  });
});
