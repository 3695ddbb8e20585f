import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conllReader } from '../../../src-main/formats/conll2002/reader.ts';
import { conllWriter } from '../../../src-main/formats/conll2002/writer.ts';
import { newRecord } from '../../../src-main/formats/record-build.ts';
import type { CorpusRecord, ReadResult } from '../../../src-main/formats/types.ts';
import { SCHEME, find, record } from './records.ts';

function write(r: CorpusRecord, scheme = SCHEME) {
  const w = conllWriter();
  w.begin(scheme);
  const { outputs, losses } = w.record(r);
  return { text: outputs.map((o) => o.text).join(''), losses };
}

const read = (text: string, path = 'in.conll'): ReadResult[] => [...conllReader().read([{ path, text }])];

function records(results: ReadResult[]): CorpusRecord[] {
  return results.flatMap((r) => (r.kind === 'record' ? [r.record] : []));
}

const ARTICLE =
  'De VS hebben momenteel 2.500 militairen in het land. Premier al-Kazimi zei ’s avonds dat\nde missie eindigt.';

describe('CoNLL-2002 export', () => {
  it('writes token TAG lines, sentences apart, a -DOCSTART- line first', () => {
    const { text } = write(
      record(ARTICLE, [
        ['al-Kazimi', 'ACTOR'],
        ['2.500', 'NUMBER'],
      ]),
    );
    expect(text).toBe(
      [
        '-DOCSTART- -DOCSTART- O',
        'De O',
        'VS O',
        'hebben O',
        'momenteel O',
        '2.500 B-NUMBER',
        'militairen O',
        'in O',
        'het O',
        'land O',
        '. O',
        '',
        'Premier O',
        'al-Kazimi B-ACTOR',
        'zei O',
        '’s O',
        'avonds O',
        'dat O',
        '',
        'de O',
        'missie O',
        'eindigt O',
        '. O',
        '',
        '',
      ].join('\n'),
    );
  });

  it('keeps the outermost span, breaks ties by the scheme label order, and reports every dropped span', () => {
    const r = record(ARTICLE, [
      ['De VS hebben momenteel 2.500 militairen in het land', 'EVENT'],
      ['De VS', 'ACTOR'],
      ['2.500', 'NUMBER'],
      ['momenteel 2.500 militairen in het land. Premier', 'ACTOR'],
      ['al-Kazimi', 'NUMBER'],
      ['al-Kazimi', 'ACTOR'],
    ]);
    const { text, losses } = write(r);
    expect(text).toContain('De B-EVENT\nVS I-EVENT\nhebben I-EVENT\nmomenteel I-EVENT\n2.500 I-EVENT');
    expect(text).toContain('al-Kazimi B-ACTOR\n');
    const dropped = losses.filter((l) => l.kind === 'nested span' || l.kind === 'overlapping span');
    expect(
      dropped.map((l) => [l.kind, r.spans.find((s) => s.id === l.item)?.text, l.message.split(':')[0]]),
    ).toEqual([
      ['nested span', 'De VS', 'T1 (ACTOR) is nested inside T2 (EVENT)'],
      [
        'overlapping span',
        'momenteel 2.500 militairen in het land. Premier',
        'T3 (ACTOR) overlaps T2 (EVENT)',
      ],
      ['nested span', '2.500', 'T4 (NUMBER) is nested inside T2 (EVENT)'],
      ['nested span', 'al-Kazimi', 'T5 (NUMBER) covers the same tokens as T6 (ACTOR)'],
    ]);
    // Another label order breaks the tie the other way.
    const reversed = write(r, { ...SCHEME, labels: [...SCHEME.labels].reverse() });
    expect(reversed.text).toContain('al-Kazimi B-NUMBER\n');
  });

  it('splits a token where a span edge falls inside it, and never moves a span', () => {
    const text = 'Er waren 2.500 militairen bij al-Kazimi.';
    const { text: out } = write(
      record(text, [
        ['2', 'NUMBER'],
        ['Kazimi', 'ACTOR'],
      ]),
    );
    expect(out).toContain('\n2 B-NUMBER\n. O\n500 O\nmilitairen O\nbij O\nal O\n- O\nKazimi B-ACTOR\n. O\n');
  });

  it('keeps a span across a line break in one sentence, with emoji as tokens', () => {
    const text = 'Zij zei 👍🏽 dat\nhet klopt. Daarna niets.';
    const { text: out } = write(record(text, [['👍🏽 dat\nhet klopt', 'EVENT']]));
    expect(out).toContain('zei O\n👍🏽 B-EVENT\ndat I-EVENT\nhet I-EVENT\nklopt I-EVENT\n. O\n\nDaarna O');
  });

  it('reports relations, attributes, fragments, span fields, ids and white space', () => {
    const r = record(
      ARTICLE,
      [
        ['De VS hebben', 'EVENT'],
        ['al-Kazimi', 'ACTOR'],
        ['  ', 'ACTOR'],
      ].slice(0, 2) as [string, string][],
      [[0, 1, 'agent']],
    );
    const [event, actor] = r.spans;
    if (!event || !actor) throw new Error('spans');
    event.attributes = { polarity: 'positive' };
    event.annotator = 'anna';
    actor.fragments = [
      { start: actor.start, end: actor.start + 2, text: 'al' },
      { start: actor.start + 3, end: actor.end, text: 'Kazimi' },
    ];
    const kinds = write(r).losses.map((l) => l.kind);
    expect(kinds.sort()).toEqual([
      'attribute',
      'document field',
      'fragments',
      'relation',
      'span field',
      'text',
    ]);
  });

  it('reports a span that covers white space only, and writes a span trimmed to its tokens', () => {
    const r = record('Het  land. ', [
      ['Het ', 'ACTOR'],
      [' ', 'EVENT', 2],
    ]);
    const { text, losses } = write(r);
    expect(text).toContain('Het B-ACTOR\nland O');
    expect(losses.filter((l) => l.kind === 'span' || l.kind === 'span edge').map((l) => l.kind)).toEqual([
      'span',
      'span edge',
    ]);
  });

  it('reports a document of white space only, which an import skips', () => {
    const { text, losses } = write(record(' \n ', []));
    expect(text).toBe('-DOCSTART- -DOCSTART- O\n\n');
    expect(records(read(text))).toEqual([]);
    expect(losses.find((l) => l.kind === 'text')?.message).toMatch(/white space only/);
  });

  it('round-trips: export, import, export gives the first export', () => {
    const text =
      'De VS hebben momenteel 2.500 militairen in het land.\n\nDat zei dr. Jansen ’s avonds 👍🏽: "Weg!" Daarna\nvertrok Kramp-Karrenbauer.';
    const r = record(text, [
      ['De VS hebben momenteel 2.500 militairen in het land', 'EVENT'],
      ['VS', 'ACTOR'],
      ['Jansen ’s', 'ACTOR'],
      ['Daarna\nvertrok Kramp', 'EVENT'],
      ['Karrenbauer', 'ACTOR'],
    ]);
    const first = write(r);
    const back = read(first.text);
    expect(back.map((b) => b.kind)).toEqual(['record']);
    const [imported] = records(back);
    if (!imported) throw new Error('no record');
    expect(imported.text).toBe(
      'De VS hebben momenteel 2.500 militairen in het land .\nDat zei dr . Jansen ’s avonds 👍🏽 : " Weg ! "\nDaarna vertrok Kramp - Karrenbauer .',
    );
    expect(imported.spans.map((s) => [s.label, s.text])).toEqual([
      ['EVENT', 'De VS hebben momenteel 2.500 militairen in het land'],
      ['ACTOR', 'Jansen ’s'],
      ['EVENT', 'Daarna vertrok Kramp'],
      ['ACTOR', 'Karrenbauer'],
    ]);
    const second = write(imported);
    expect(second.text).toBe(first.text);
    expect(second.losses.map((l) => l.kind)).toEqual(['document field']);
  });

  it('round-trips any spans, wherever their edges fall', () => {
    const text =
      "De VS hebben 2.500 militairen, 1,5 procent; al-Kazimi in het Midden-Oosten zei ’s avonds 👍🏽 (’s) o.a. 'Weg!'\nDaarna  vertrok mr. Kramp-Karrenbauer.";
    const chars = [...text];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 100; round++) {
      const spans = Array.from({ length: 1 + next(4) }, () => {
        const a = next(chars.length);
        const b = Math.min(chars.length, a + 1 + next(25));
        return { start: a, end: b, label: ['EVENT', 'ACTOR', 'NUMBER'][next(3)] ?? 'EVENT' };
      });
      const built = newRecord(text, spans, [], { id: 'x' });
      const first = write(built);
      const [imported] = records(read(first.text));
      if (!imported) throw new Error('no record');
      expect(write(imported).text).toBe(first.text);
    }
  });
});

describe('CoNLL-2002 import', () => {
  it('reads the shared task Dutch files (word POS TAG) into documents with rebuilt text', () => {
    const results = read(
      readFileSync('tests/fixtures/formats/conll2002/ned-excerpt.conll', 'utf8'),
      'ned-excerpt.conll',
    );
    const docs = records(results);
    expect(docs.map((d) => d.text)).toEqual([
      'De tekst van het arrest is nog niet schriftelijk beschikbaar maar het bericht werd alvast bekendgemaakt door een communicatiebureau dat Floralux inhuurde .',
      'Met tien miljoen komen we , denk ik , al een heel eind .',
    ]);
    const [first] = docs;
    expect(first?.spans.map((s) => [s.label, s.text, s.start])).toEqual([
      ['ORG', 'Floralux', find(first?.text ?? '', 'Floralux').start],
    ]);
    expect(first?.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(first?.meta.source).toBe('ned-excerpt.conll');
    expect(results.flatMap((r) => (r.kind === 'record' ? r.losses.map((l) => l.kind) : []))).toEqual([
      'column',
      'column',
    ]);
  });

  it('reads a file without -DOCSTART- as one document, and I- after O as a new span', () => {
    const [doc] = records(read('Jan I-PER\nJansen I-PER\nging O\n\nnaar O\nDen B-LOC\nHaag I-LOC\n'));
    expect(doc?.text).toBe('Jan Jansen ging\nnaar Den Haag');
    expect(doc?.spans.map((s) => [s.label, s.text])).toEqual([
      ['PER', 'Jan Jansen'],
      ['LOC', 'Den Haag'],
    ]);
  });

  it('refuses a line without a tag, and a tag that is not BIO, naming the line', () => {
    const results = read(
      '-DOCSTART- -DOCSTART- O\nDe O\nVS\nland X-LOC\n\n-DOCSTART- -DOCSTART- O\nGoed O\n',
      'bad.conll',
    );
    expect(results.map((r) => (r.kind === 'error' ? `${r.where}: ${r.reason}` : r.record.text))).toEqual([
      'bad.conll:3: expected "token TAG" (or "token POS TAG")',
      'bad.conll:4: tag "X-LOC" is not O, B-LABEL or I-LABEL',
      'Goed',
    ]);
  });
});
