import { describe, expect, it } from 'vitest';
import { BratReader } from '../../../../src-main/formats/brat/read.ts';
import type { CorpusRecord, ReadResult } from '../../../../src-main/formats/types.ts';
import { sha256Hex } from '../../../../src-main/text/hash.ts';
import { fixture, onlyRecords, SCHEME } from './brat-helpers.ts';

const read = (txt: string, ann: string | null, name = 'doc', scheme = SCHEME): ReadResult[] => [
  ...new BratReader(scheme).read([
    { path: `in/${name}.txt`, text: txt },
    ...(ann === null ? [] : [{ path: `in/${name}.ann`, text: ann }]),
  ]),
];

const one = (results: ReadResult[]): { record: CorpusRecord; losses: string[] } => {
  const { records, losses } = onlyRecords(results);
  const [record] = records;
  if (!record || records.length !== 1) throw new Error('expected one record');
  return { record, losses: losses.map((l) => `${l.item ?? '-'} ${l.kind}`) };
};

const brief = (r: CorpusRecord) =>
  r.spans.map(
    (s) =>
      `${s.id} ${s.label} ${s.start}-${s.end}${s.fragments.map((f) => ` [${f.start}-${f.end}]`).join('')} ${s.text}`,
  );

describe('brat reader', () => {
  it('reads offsets as code points, emoji included, and the id from the file name', () => {
    const text = 'Feest 🎉 in Ärnhem: 2.500 mensen.';
    const { record, losses } = one(
      read(text, 'T1\tEVENT 0 7\tFeest 🎉\nT2\tACTOR 11 17\tÄrnhem\n', '%44oc%201'),
    );
    expect(record.id).toBe('Doc 1');
    expect(record.meta).toEqual({
      date: null,
      source: null,
      status: 'todo',
      note: null,
      flag: null,
      title: null,
      sha256: sha256Hex(text),
      extra: {},
    });
    expect(brief(record)).toEqual(['T1 EVENT 0-7 Feest 🎉', 'T2 ACTOR 11-17 Ärnhem']);
    expect(losses).toEqual([]);
  });

  it('joins fragments cut only at line breaks back into one span, and keeps real fragments', () => {
    const text = 'De VS\r\nhebben\n\ntroepen en tanks.';
    // brat counts the text with CR LF read as LF, as Python reads it.
    const ann = 'T1\tEVENT 3 5;6 12;14 21\tVS hebben troepen\nT2\tEVENT 6 12;25 30\thebben tanks\n';
    const { record } = one(read(text, ann));
    expect(record.text).toBe('De VS\nhebben\n\ntroepen en tanks.');
    expect(brief(record)).toEqual([
      'T1 EVENT 3-21 VS\nhebben\n\ntroepen',
      'T2 EVENT 6-30 [6-12] [25-30] hebben\n\ntroepen en tanks',
    ]);
  });

  it('reads relations with Arg1 as the head, attributes typed by the scheme, and notes', () => {
    const text = 'De VS sturen 3 schepen.';
    const ann = [
      'T1\tEVENT 6 12\tsturen',
      'T2\tACTOR 0 5\tDe VS',
      'R1\tagent Arg2:T2 Arg1:T1\t',
      'A1\tcertainty T1 3',
      'A2\tquote T1 3',
      'A3\tconfirmed T1',
      'A4\tgewicht T1 0.5',
      '#1\tAnnotatorNotes T1\tnog eens bekijken',
    ].join('\n');
    const { record, losses } = one(read(text, ann));
    expect(record.relations).toEqual([{ head: 'T1', child: 'T2', label: 'agent' }]);
    const event = record.spans.find((s) => s.id === 'T1');
    expect(event?.attributes).toEqual({ certainty: 3, confirmed: true, gewicht: 0.5, quote: '3' });
    expect(Object.keys(event?.attributes ?? {})).toEqual(['certainty', 'confirmed', 'gewicht', 'quote']);
    expect(event?.note).toBe('nog eens bekijken');
    expect(losses).toEqual([]);
  });

  it('reads a .txt without an .ann as a document without spans', () => {
    const { record } = one(read('Alleen tekst.', null));
    expect(record.spans).toEqual([]);
  });

  it('refuses lines brat would refuse, each as file:line and a reason, and gives no record', () => {
    const results = read(
      'Tien woorden.',
      'T1\tEVENT 0 4\tTien\nT2\tEVENT 5 40\twoorden\nX1\tfoo\nT3\tEVENT 5 12\tWoorden\nT1\tACTOR 0 4\tTien\n',
    );
    expect(results).toMatchObject([
      {
        kind: 'error',
        where: 'in/doc.ann:3',
        reason: 'unknown annotation line "X1" (brat has T, R, E, A, M, N, # and *)',
      },
      {
        kind: 'error',
        where: 'in/doc.ann:5',
        reason: 'T1 is already the id of the annotation at in/doc.ann:1',
      },
      {
        kind: 'error',
        where: 'in/doc.ann:2',
        reason: 'T2: end 40 is past the end of the text (13 characters); brat offsets are code points',
      },
      {
        kind: 'error',
        where: 'in/doc.ann:4',
        reason:
          'T3: text "Woorden" does not match the text at 5 12 ("woorden"); brat offsets are code points',
      },
    ]);
  });

  it('refuses UTF-16 offsets: the text after an emoji does not match', () => {
    const [result] = read('🎉 Feest', 'T1\tEVENT 3 8\tFeest\n');
    expect(result).toMatchObject({ kind: 'error', where: 'in/doc.ann:1' });
  });
});

describe('brat reader on brat\u2019s own example files', () => {
  const reader = new BratReader();

  it('reads the news tutorial introduction, reporting its event, normalization and the attribute on the event', () => {
    const { record, losses } = one([...reader.read(fixture('000-introduction'))]);
    expect(record.id).toBe('000-introduction');
    expect(brief(record)).toContain('T4 Person 473-496 Raul Salinas de Gortari');
    expect(record.spans).toHaveLength(7);
    expect(record.relations).toEqual([
      { head: 'T4', child: 'T5', label: 'Family' },
      { head: 'T6', child: 'T7', label: 'Origin' },
    ]);
    expect(record.spans.find((s) => s.id === 'T4')?.attributes).toEqual({
      Individual: true,
      Mention: 'Name',
    });
    expect(record.spans.find((s) => s.id === 'T2')?.note).toBe('100000000 USD');
    expect(losses).toEqual(['E1 event', 'A5 attribute', 'N1 normalization']);
  });

  it('reports an equivalence and notes on events and relations', () => {
    expect(one([...reader.read(fixture('060-relation_annotation'))]).losses).toEqual(['* equivalence']);
    const notes = one([...reader.read(fixture('110-note_annotation'))]);
    expect(notes.losses).toEqual(['E1 event', '#2 note', '#3 note', 'E2 event']);
    expect(notes.record.spans.find((s) => s.id === 'T1')?.note).toBe('Should fictional places be annotated?');
  });

  it('reads the Dutch CoNLL-2002 sample and the Finnish treebank sample in full', () => {
    const ned = one([...reader.read(fixture('ned.train-doc-118'))]);
    expect(ned.losses).toEqual([]);
    expect(brief(ned.record)[0]).toBe('T1 PER 65-83 Douglas De Coninck');
    const tdt = one([...reader.read(fixture('w078'))]);
    expect(tdt.record.spans.length).toBeGreaterThan(150);
    expect(tdt.record.relations.length).toBeGreaterThan(100);
    // Its "Lemma" comments are not brat's AnnotatorNotes: each one is reported.
    expect(new Set(tdt.losses.map((l) => l.split(' ')[1]))).toEqual(new Set(['note']));
    expect(tdt.losses).toHaveLength(158);
  });
});
