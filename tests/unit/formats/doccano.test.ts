import { describe, expect, it } from 'vitest';
import { doccanoReader } from '../../../src-main/formats/doccano/reader.ts';
import { doccanoWriter } from '../../../src-main/formats/doccano/writer.ts';
import type { CorpusRecord, ReadResult, SchemeForFormats } from '../../../src-main/formats/types.ts';
import { NO_SCHEME, record, span, WITH_ROLES } from './json-records.ts';

// An emoji before the spans (two UTF-16 units, one code point) and a line break inside one.
const TEXT = 'Rutte 😀 bezocht\nDen Haag.';

function write(records: CorpusRecord[], scheme: SchemeForFormats) {
  const writer = doccanoWriter();
  const parts = [...writer.begin(scheme)];
  const losses = [];
  for (const r of records) {
    const out = writer.record(r);
    parts.push(...out.outputs);
    losses.push(...out.losses);
  }
  parts.push(...writer.end(scheme));
  return { text: parts.map((p) => p.text).join(''), losses };
}

const read = (text: string): ReadResult[] => [...doccanoReader.read([{ path: 'in.jsonl', text }])];

describe('doccano', () => {
  it('writes label triples in code points, and reads them back', () => {
    const doc = record('d1', TEXT, [span('T1', TEXT, 0, 5, 'PER'), span('T2', TEXT, 8, 24, 'EVENT')]);
    const { text, losses } = write([doc], NO_SCHEME);
    const line = JSON.parse(text) as { label: unknown; text: string };
    expect(line.label).toEqual([
      [0, 5, 'PER'],
      [8, 24, 'EVENT'],
    ]);
    expect(losses).toEqual([]);
    const [back] = read(text);
    expect(
      back?.kind === 'record' && back.record.spans.map((s) => [s.start, s.end, s.label, s.text]),
    ).toEqual([
      [0, 5, 'PER', 'Rutte'],
      [8, 24, 'EVENT', 'bezocht\nDen Haag'],
    ]);
    expect(back?.kind === 'record' && back.record.id).toBe('d1');
  });

  it('writes entities and relations when the scheme has roles', () => {
    const doc = record(
      'd1',
      TEXT,
      [span('E', TEXT, 8, 24, 'EVENT'), span('L', TEXT, 17, 24, 'LOC')],
      [{ head: 'E', child: 'L', label: 'place' }],
    );
    const line = JSON.parse(write([doc], WITH_ROLES).text) as Record<string, unknown>;
    expect(line.entities).toEqual([
      { id: 1, label: 'EVENT', start_offset: 8, end_offset: 24 },
      { id: 2, label: 'LOC', start_offset: 17, end_offset: 24 },
    ]);
    expect(line.relations).toEqual([{ id: 1, from_id: 1, to_id: 2, type: 'place' }]);
    const [back] = read(JSON.stringify(line));
    expect(back?.kind === 'record' && back.record.relations).toEqual([
      { head: '1', child: '2', label: 'place' },
    ]);
  });

  it('reports every thing it cannot hold, one loss each', () => {
    const doc = record(
      'd1',
      TEXT,
      [
        span('T1', TEXT, 0, 5, 'PER', {
          attributes: { role: 'pm', n: 3 },
          annotator: 'ann',
          note: 'n',
          flag: 'f',
        }),
        span('T2', TEXT, 8, 24, 'EVENT', {
          fragments: [
            { start: 8, end: 15, text: 'bezocht' },
            { start: 16, end: 24, text: 'Den Haag' },
          ],
        }),
      ],
      [{ head: 'T2', child: 'T1', label: 'agent' }],
    );
    const { losses } = write([doc], NO_SCHEME);
    expect(losses.map((l) => [l.item, l.kind])).toEqual([
      ['T1', 'attribute'],
      ['T1', 'attribute'],
      ['T1', 'annotator'],
      ['T1', 'note'],
      ['T1', 'flag'],
      ['T2', 'fragments'],
      ['T2→T1', 'relation'],
    ]);
    expect(losses.find((l) => l.kind === 'fragments')?.message).toBe('2 fragments written as one span 8-24');
  });

  it('refuses offsets outside the text and a line without text, at file:line', () => {
    const results = read('{"text": "abc", "label": [[0, 9, "X"]]}\n\n{"label": []}\nnot json\n');
    expect(results.map((r) => (r.kind === 'error' ? `${r.where}: ${r.reason}` : 'record'))).toEqual([
      'in.jsonl:1: label[0] [0, 9] is not inside the text',
      'in.jsonl:3: "text" must be a string',
      "in.jsonl:4: invalid JSON: Unexpected token 'o' at column 2",
    ]);
  });

  it('says a line that is not JSON as our own JSONL does, as data for the window', () => {
    const [first, error] = read('{"text": "abc", "label": []}\n{"text": "abc",\n');
    expect(first?.kind).toBe('record');
    expect(error).toEqual({
      kind: 'error',
      where: 'in.jsonl:2',
      reason: 'invalid JSON: Expected double-quoted property name at column 16, the end of the line',
      text: expect.objectContaining({ id: 'readers.json.invalidAtEnd' }),
    });
  });

  it('keeps keys it does not know in meta.extra', () => {
    const [r] = read('{"text": "abc", "label": [], "meta": {"wikiPageID": 1}, "Comments": []}');
    expect(r?.kind === 'record' && r.record.meta.extra).toEqual({ wikiPageID: 1, Comments: [] });
  });
});
