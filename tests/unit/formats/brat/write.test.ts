import { describe, expect, it } from 'vitest';
import { record, SCHEME, span, writeBrat } from './brat-helpers.ts';

const lossList = (w: ReturnType<typeof writeBrat>) => w.losses.map((l) => `${l.item ?? '-'} ${l.kind}`);

describe('brat writer', () => {
  it('writes NAME.txt as it is and T lines with code-point offsets, emoji included', () => {
    const text = 'Feest 🎉 in Ärnhem: 2.500 mensen.';
    const w = writeBrat([
      record('Doc 1', text, [span('T1', text, 0, 7, 'EVENT'), span('T2', text, 11, 17, 'ACTOR')]),
    ]);
    expect(w.files.get('%44oc%201.txt')).toBe(text);
    expect(w.files.get('%44oc%201.ann')).toBe('T1\tEVENT 0 7\tFeest 🎉\nT2\tACTOR 11 17\tÄrnhem\n');
    expect(w.losses).toEqual([]);
  });

  it('cuts a span crossing line breaks into fragments around them', () => {
    const text = 'De VS\nhebben\n\ntroepen.';
    const w = writeBrat([record('a', text, [span('T1', text, 3, 21, 'EVENT')])]);
    expect(w.files.get('a.ann')).toBe('T1\tEVENT 3 5;6 12;14 21\tVS hebben troepen\n');
    expect(w.losses).toEqual([]);
  });

  it('writes CR LF as LF, as brat reads the .txt, with the offsets moved to match', () => {
    const text = 'De VS\r\nhebben\rtroepen.';
    const w = writeBrat([
      record('a', text, [span('T1', text, 3, 21, 'EVENT'), span('T2', text, 14, 22, 'ACTOR')]),
    ]);
    expect(w.files.get('a.txt')).toBe('De VS\nhebben\ntroepen.');
    expect(w.files.get('a.ann')).toBe(
      'T1\tEVENT 3 5;6 12;13 20\tVS hebben troepen\nT2\tACTOR 13 21\ttroepen.\n',
    );
    expect(w.losses.map((l) => l.kind)).toEqual(['line endings']);
  });

  it('writes nested and overlapping spans, fragments, relations, attributes and notes', () => {
    const text = 'De VS sturen morgen 2.500 militairen.';
    const event = {
      ...span('T1', text, 3, 25, 'EVENT'),
      fragments: [
        { start: 3, end: 12, text: 'VS sturen' },
        { start: 20, end: 25, text: '2.500' },
      ],
      attributes: { certainty: 0.8, confirmed: true, polarity: 'positive' },
      note: 'tweede lezing',
    };
    const w = writeBrat([
      record(
        'a',
        text,
        [
          span('T2', text, 0, 5, 'ACTOR'),
          event,
          span('T3', text, 13, 36, 'EVENT'),
          span('T4', text, 20, 25, 'NUMBER'),
        ],
        [
          { head: 'T1', child: 'T2', label: 'agent' },
          { head: 'T1', child: 'T4', label: 'quantity' },
        ],
      ),
    ]);
    expect(w.files.get('a.ann')).toBe(
      [
        'T2\tACTOR 0 5\tDe VS',
        'T1\tEVENT 3 12;20 25\tVS sturen 2.500',
        'T3\tEVENT 13 36\tmorgen 2.500 militairen',
        'T4\tNUMBER 20 25\t2.500',
        'R1\tagent Arg1:T1 Arg2:T2',
        'R2\tquantity Arg1:T1 Arg2:T4',
        'A1\tcertainty T1 0.8',
        'A2\tconfirmed T1',
        'A3\tpolarity T1 positive',
        '#1\tAnnotatorNotes T1\ttweede lezing',
        '',
      ].join('\n'),
    );
    expect(w.losses).toEqual([]);
  });

  it('writes annotation.conf from the scheme, listing the values written for number and text attributes', () => {
    const text = 'Twee doden.';
    const e = { ...span('T1', text, 0, 10, 'EVENT'), attributes: { certainty: 2, quote: 'ja' } };
    // A value with a separator of annotation.conf's lines stays in the .ann but is not listed.
    const f = { ...span('T2', text, 0, 4, 'EVENT'), attributes: { quote: 'ja|nee' } };
    const w = writeBrat([record('a', text, [e, f])]);
    expect(w.files.get('annotation.conf')).toBe(
      [
        '[entities]',
        'EVENT',
        'NUMBER',
        'ACTOR',
        '',
        '[relations]',
        'agent\tArg1:EVENT, Arg2:ACTOR',
        'quantity\tArg1:EVENT, Arg2:ACTOR|NUMBER',
        '',
        '[events]',
        '',
        '[attributes]',
        'polarity\tArg:EVENT, Value:positive|negative',
        'confirmed\tArg:EVENT',
        'certainty\tArg:EVENT, Value:2',
        'quote\tArg:EVENT, Value:ja',
        '',
      ].join('\n'),
    );
    expect(SCHEME.labels).toHaveLength(3);
  });

  it('reports every field brat cannot hold, one loss each', () => {
    const text = 'Een\nlange zin met woorden.';
    const full = {
      ...span('ev-1', text, 0, 9, 'EVENT'),
      annotator: 'anna',
      origin: { kind: 'suggestion' as const, rule: 'r1' },
      flag: 'check',
      note: 'eerste\nregel',
      attributes: { confirmed: false, quote: 'twee woorden' },
    };
    const r = record(
      'a',
      text,
      [full, span('T1', text, 4, 9, 'ACTOR'), span('T2', text, 3, 4, 'NUMBER')],
      [{ head: 'ev-1', child: 'T2', label: 'quantity' }],
    );
    r.meta = { ...r.meta, date: '2021-07', status: 'done', title: 'Titel', extra: { krant: 'NRC' } };
    const w = writeBrat([r]);
    expect(lossList(w)).toEqual([
      '- meta',
      '- meta',
      '- meta',
      '- meta',
      'ev-1 span id',
      'ev-1 annotator',
      'ev-1 origin',
      'ev-1 flag',
      'T2 line break',
      'ev-1 relation',
      'ev-1 attribute',
      'ev-1 attribute',
      'ev-1 note',
    ]);
    expect(w.files.get('a.ann')).toBe(
      'T3\tEVENT 0 3;4 9\tEen lange\nT1\tACTOR 4 9\tlange\n#1\tAnnotatorNotes T3\teerste regel\n',
    );
  });

  it('reports fragments with only a line break between them: they read back as one span', () => {
    const text = 'Een\nzin.';
    const joined = {
      ...span('T1', text, 0, 7, 'EVENT'),
      fragments: [
        { start: 0, end: 3, text: 'Een' },
        { start: 4, end: 7, text: 'zin' },
      ],
    };
    const w = writeBrat([record('a', text, [joined])]);
    expect(w.files.get('a.ann')).toBe('T1\tEVENT 0 3;4 7\tEen zin\n');
    expect(w.losses.map((l) => l.message)).toEqual([
      'fragments 0 3;4 7 are written around line breaks as 0 3;4 7 and read back as 0 7',
    ]);
  });

  it('reports a span that would read back as the same as another, and writes it once', () => {
    const text = 'De VS.';
    const a = { ...span('T1', text, 0, 5, 'ACTOR'), annotator: 'anna' };
    const b = { ...span('T2', text, 0, 5, 'ACTOR'), annotator: 'bob' };
    const w = writeBrat([record('a', text, [a, b])]);
    expect(w.files.get('a.ann')).toBe('T1\tACTOR 0 5\tDe VS\n');
    expect(lossList(w)).toEqual(['T1 annotator', 'T2 duplicate']);
  });

  it('reports a document id too long for a file name', () => {
    const id = 'x'.repeat(300);
    const w = writeBrat([record(id, 'Tekst.', [])]);
    expect(w.losses.map((l) => l.kind)).toEqual(['document id']);
    expect([...w.files.keys()].filter((p) => p.endsWith('.ann'))).toHaveLength(1);
  });
});
