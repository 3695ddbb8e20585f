import { describe, expect, it } from 'vitest';
import { labelStudioReader } from '../../../src-main/formats/labelstudio/reader.ts';
import { labelStudioWriter } from '../../../src-main/formats/labelstudio/writer.ts';
import type { CorpusRecord, ReadResult } from '../../../src-main/formats/types.ts';
import { NO_SCHEME, record, span } from './json-records.ts';

const TEXT = 'Rutte 😀 bezocht\nDen Haag.';

function write(records: CorpusRecord[]) {
  const writer = labelStudioWriter();
  const parts = [...writer.begin(NO_SCHEME)];
  const losses = [];
  for (const r of records) {
    const out = writer.record(r);
    parts.push(...out.outputs);
    losses.push(...out.losses);
  }
  parts.push(...writer.end(NO_SCHEME));
  return { text: parts.map((p) => p.text).join(''), losses };
}

const read = (text: string): ReadResult[] => [...labelStudioReader.read([{ path: 'in.json', text }])];
const onlyRecord = (text: string) => {
  const [r] = read(text);
  if (r?.kind !== 'record') throw new Error(`not a record: ${JSON.stringify(r)}`);
  return r;
};

const RICH = record(
  'd1',
  TEXT,
  [
    span('T1', TEXT, 0, 5, 'PER', {
      attributes: { b: true, n: 3, role: 'pm' },
      annotator: 'ann',
      note: 'a note',
      flag: 'check',
      origin: { kind: 'accepted', rule: 'names' },
    }),
    span('T2', TEXT, 8, 24, 'EVENT', {
      fragments: [
        { start: 8, end: 15, text: 'bezocht' },
        { start: 16, end: 24, text: 'Den Haag' },
      ],
    }),
    span('T3', TEXT, 16, 24, 'LOC'),
  ],
  [{ head: 'T2', child: 'T3', label: 'place' }],
);

describe('Label Studio', () => {
  it('writes one JSON array of tasks with labels regions in code points', () => {
    const { text } = write([RICH, record('d2', 'Geen spans.')]);
    const tasks = JSON.parse(text) as {
      data: { text: string };
      annotations: { result: Record<string, unknown>[] }[];
    }[];
    expect(tasks.map((t) => t.data.text)).toEqual([TEXT, 'Geen spans.']);
    const result = tasks[0]?.annotations[0]?.result ?? [];
    expect(result.find((r) => r.id === 'T2' && r.type === 'labels')?.value).toEqual({
      start: 8,
      end: 24,
      text: 'bezocht\nDen Haag',
      labels: ['EVENT'],
    });
    expect(result.find((r) => r.type === 'relation')).toEqual({
      from_id: 'T2',
      to_id: 'T3',
      type: 'relation',
      direction: 'right',
      labels: ['place'],
    });
  });

  it('reads back everything but fragments, which it reports', () => {
    const { text, losses } = write([RICH]);
    expect(losses.map((l) => [l.item, l.kind, l.message])).toEqual([
      ['T2', 'fragments', '2 fragments written as one region 8-24'],
    ]);
    const back = onlyRecord(text).record;
    const noFragments = { ...RICH, spans: RICH.spans.map((s) => ({ ...s, fragments: [] })) };
    expect(back).toEqual(noFragments);
  });

  it('converts offsets an older Label Studio wrote as UTF-16 units', () => {
    // "Den Haag" starts at code point 16, UTF-16 unit 17 (after the emoji's two units).
    const task = {
      data: { text: TEXT },
      annotations: [
        {
          result: [
            { id: 'a', type: 'labels', value: { start: 17, end: 25, text: 'Den Haag', labels: ['LOC'] } },
          ],
        },
      ],
    };
    const [s] = onlyRecord(JSON.stringify([task])).record.spans;
    expect([s?.start, s?.end, s?.text]).toEqual([16, 24, 'Den Haag']);
  });

  it('refuses a region whose offsets do not cover its text', () => {
    const task = {
      data: { text: TEXT },
      annotations: [
        { result: [{ id: 'a', type: 'labels', value: { start: 0, end: 3, text: 'Den', labels: ['LOC'] } }] },
      ],
    };
    expect(read(JSON.stringify(task))).toMatchObject([
      { kind: 'error', where: 'in.json', reason: 'task 1: result[0]: start 0, end 3 do not cover its text' },
    ]);
  });

  it('reports results it has no place for, and keeps task classifications in meta', () => {
    const task = {
      id: 7,
      data: { text: 'abc' },
      annotations: [
        {
          completed_by: { email: 'x@example.org' },
          result: [
            { id: 'r', type: 'labels', value: { start: 0, end: 1, text: 'a', labels: ['X'] } },
            { id: 'c', from_name: 'sentiment', type: 'choices', value: { choices: ['Positive'] } },
            { id: 'k', type: 'rectanglelabels', value: { x: 1 } },
          ],
        },
        { was_cancelled: true, result: [] },
      ],
      predictions: [{ result: [] }],
    };
    const { record: r, losses } = onlyRecord(JSON.stringify(task));
    expect(r.id).toBe('7');
    expect(r.spans[0]?.annotator).toBe('x@example.org');
    expect(r.meta.extra).toEqual({ sentiment: 'Positive' });
    expect(losses.map((l) => l.kind)).toEqual([
      'cancelled annotation',
      'rectanglelabels result',
      'prediction',
    ]);
  });
});
