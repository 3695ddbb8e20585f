import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newRecord } from '../../../src-main/formats/record-build.ts';
import { prodigyReader } from '../../../src-main/formats/prodigy/reader.ts';
import { prodigyWriter } from '../../../src-main/formats/prodigy/writer.ts';
import type { CorpusRecord, ReadResult } from '../../../src-main/formats/types.ts';
import { SCHEME, find, record } from './records.ts';

function write(r: CorpusRecord) {
  const w = prodigyWriter();
  w.begin(SCHEME);
  const { outputs, losses } = w.record(r);
  return { text: outputs.map((o) => o.text).join(''), losses };
}

const read = (text: string, path = 'in.jsonl'): ReadResult[] => [...prodigyReader().read([{ path, text }])];
const records = (results: ReadResult[]) => results.flatMap((r) => (r.kind === 'record' ? [r.record] : []));
const lossKinds = (results: ReadResult[]) =>
  results.flatMap((r) => (r.kind === 'record' ? r.losses.map((l) => l.kind) : []));

const ARTICLE = 'De VS hebben momenteel 2.500 militairen 👍🏽 in het land.\nPremier al-Kazimi zei het.';

describe('Prodigy export', () => {
  it('writes tokens, spans with inclusive token_end, relations by their spans, and answer accept', () => {
    const r = record(
      ARTICLE,
      [
        ['De VS hebben momenteel 2.500 militairen 👍🏽 in het land', 'EVENT'],
        ['De VS', 'ACTOR'],
        ['2.500', 'NUMBER'],
        ['al-Kazimi', 'ACTOR'],
      ],
      [[0, 1, 'agent']],
    );
    const { text, losses } = write(r);
    expect(text.endsWith('\n')).toBe(true);
    const task = JSON.parse(text);
    expect(Object.keys(task)).toEqual(['text', 'meta', 'tokens', 'spans', 'relations', 'answer']);
    expect(task.text).toBe(ARTICLE);
    expect(task.meta).toEqual({ id: 'nos-1', date: '2021-07', status: 'done' });
    expect(task.answer).toBe('accept');
    expect(task.tokens.slice(0, 2)).toEqual([
      { text: 'De', start: 0, end: 2, id: 0, ws: true },
      { text: 'VS', start: 3, end: 5, id: 1, ws: true },
    ]);
    // Offsets in code points: the emoji is one character for Python.
    const emoji = task.tokens.find((t: { text: string }) => t.text === '👍🏽');
    expect(emoji).toMatchObject({ start: 40, end: 42 });
    expect(task.spans).toEqual([
      { start: 0, end: 5, token_start: 0, token_end: 1, label: 'ACTOR', text: 'De VS' },
      {
        ...find(ARTICLE, 'De VS hebben momenteel 2.500 militairen 👍🏽 in het land'),
        token_start: 0,
        token_end: 9,
        label: 'EVENT',
        text: 'De VS hebben momenteel 2.500 militairen 👍🏽 in het land',
      },
      { start: 23, end: 28, token_start: 4, token_end: 4, label: 'NUMBER', text: '2.500' },
      { ...find(ARTICLE, 'al-Kazimi'), token_start: 12, token_end: 12, label: 'ACTOR', text: 'al-Kazimi' },
    ]);
    const [event, actor] = [task.spans[1], task.spans[0]];
    expect(task.relations).toEqual([
      { head: 9, child: 1, head_span: event, child_span: actor, label: 'agent' },
    ]);
    expect(losses).toEqual([]);
  });

  it('splits a token where a span edge falls inside it', () => {
    const text = 'Er waren 2.500 militairen bij al-Kazimi.';
    const task = JSON.parse(
      write(
        record(text, [
          ['500', 'NUMBER'],
          ['Kazimi', 'ACTOR'],
        ]),
      ).text,
    );
    expect(task.tokens.map((t: { text: string }) => t.text)).toEqual([
      'Er',
      'waren',
      '2',
      '.',
      '500',
      'militairen',
      'bij',
      'al',
      '-',
      'Kazimi',
      '.',
    ]);
    expect(task.tokens[2]).toMatchObject({ ws: false });
    expect(task.spans.map((s: { text: string; token_start: number }) => [s.text, s.token_start])).toEqual([
      ['500', 4],
      ['Kazimi', 9],
    ]);
  });

  it('reports fragments, attributes, span fields and spans that end up the same', () => {
    // A relation between the two spans that are written as one cannot be held.
    const r = record(
      ARTICLE,
      [
        ['De VS', 'ACTOR'],
        ['al-Kazimi', 'ACTOR'],
        ['De VS ', 'ACTOR'],
      ],
      [[0, 2, 'agent']],
    );
    const [vs, kazimi] = r.spans;
    if (!vs || !kazimi) throw new Error('spans');
    vs.attributes = { role: 'state' };
    vs.annotator = 'anna';
    kazimi.fragments = [
      { start: kazimi.start, end: kazimi.start + 2, text: 'al' },
      { start: kazimi.start + 3, end: kazimi.end, text: 'Kazimi' },
    ];
    const { text, losses } = write(r);
    expect(losses.map((l) => l.kind).sort()).toEqual([
      'attribute',
      'duplicate span',
      'fragments',
      'relation',
      'span edge',
      'span field',
    ]);
    expect(JSON.parse(text).spans).toHaveLength(2);
  });

  it('round-trips: export, import, export gives the first export', () => {
    const text = "Zij zei ’s avonds 👍🏽:\n'Weg uit het Midden-Oosten!'\u2028Klaar.";
    const r = record(
      text,
      [
        ['Zij zei ’s avonds', 'EVENT'],
        ['Zij', 'ACTOR'],
        ["avonds 👍🏽:\n'Weg", 'EVENT'],
        ['Oosten', 'ACTOR'],
      ],
      [
        [0, 1, 'agent'],
        [2, 3, 'agent'],
      ],
    );
    r.meta.extra = { bron: 'NOS', pagina: 3 };
    const first = write(r);
    expect(first.text).toContain('\\u2028');
    const back = read(first.text);
    expect(lossKinds(back)).toEqual([]);
    const [imported] = records(back);
    if (!imported) throw new Error('no record');
    expect(imported.id).toBe('nos-1');
    expect(imported.meta).toMatchObject({
      date: '2021-07',
      status: 'done',
      extra: { bron: 'NOS', pagina: 3 },
    });
    expect(imported.spans.map((s) => s.text)).toEqual(r.spans.map((s) => s.text));
    expect(write(imported).text).toBe(first.text);
  });
  it('round-trips any spans and relations, wherever their edges fall', () => {
    const text =
      "De VS  hebben 2.500 militairen; al-Kazimi zei ’s avonds 👍🏽 (’s)\n\n'Weg!' Kramp-Karrenbauer.";
    const chars = [...text];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 100; round++) {
      const spans = Array.from({ length: 2 + next(4) }, () => {
        const start = next(chars.length);
        return {
          start,
          end: Math.min(chars.length, start + 1 + next(20)),
          label: ['EVENT', 'ACTOR'][next(2)] ?? 'EVENT',
        };
      });
      const first = write(newRecord(text, spans, [{ head: 0, child: 1, label: 'agent' }], { id: 'x' }));
      const [imported] = records(read(first.text));
      if (!imported) throw new Error('no record');
      expect(write(imported).text).toBe(first.text);
    }
  });
});

describe('Prodigy import', () => {
  it('reads the documented ner_manual task', () => {
    const results = read(readFileSync('tests/fixtures/formats/prodigy/ner_manual.jsonl', 'utf8'));
    const [doc] = records(results);
    expect(doc?.text).toBe('First look at the new MacBook Pro');
    expect(doc?.spans.map((s) => [s.label, s.text, s.start, s.end])).toEqual([
      ['PRODUCT', 'MacBook Pro', 22, 33],
    ]);
    expect(lossKinds(results)).toEqual([]);
    // And it exports again in the same shape, with our tokens.
    const task = doc && JSON.parse(write(doc).text);
    expect(task.spans).toEqual([
      { start: 22, end: 33, token_start: 5, token_end: 6, label: 'PRODUCT', text: 'MacBook Pro' },
    ]);
  });

  it('reads the forum relations task and reports its token-only relations', () => {
    const results = read(readFileSync('tests/fixtures/formats/prodigy/relations-forum.jsonl', 'utf8'));
    const [doc] = records(results);
    expect(doc?.spans).toHaveLength(9);
    expect(doc?.relations).toEqual([]);
    expect(lossKinds(results)).toEqual(['relation', 'relation']);
  });

  it("reports Prodigy's own keys and a rejected answer, and keeps unknown meta", () => {
    const line = JSON.stringify({
      text: 'Rutte zei het.',
      spans: [{ start: 0, end: 5, label: 'ACTOR', source: 'core_nl', input_hash: 1 }],
      meta: { source: 'NOS', score: 0.5 },
      _input_hash: 1,
      _task_hash: 2,
      _view_id: 'ner_manual',
      answer: 'reject',
    });
    const results = read(line);
    const [doc] = records(results);
    expect(doc?.meta).toMatchObject({ source: 'NOS', extra: { score: 0.5 } });
    const messages = results.flatMap((r) => (r.kind === 'record' ? r.losses.map((l) => l.message) : []));
    expect(messages).toEqual([
      'span keys source, input_hash not kept',
      'task keys _input_hash, _task_hash, _view_id not kept',
      'answer "reject" not kept: imported like an accepted task',
    ]);
  });

  it('refuses bad lines with file:line and a reason', () => {
    const text = [
      '{"text": "Hallo"',
      JSON.stringify({ text: 'Hallo', spans: [{ start: 0, end: 9, label: 'X' }] }),
      JSON.stringify({ text: 'Hallo', spans: [{ start: 0, end: 2, label: 'X', text: 'Hal' }] }),
      JSON.stringify({ text: 'Hallo', meta: { status: 'klaar' } }),
      JSON.stringify({ text: 'Hallo', meta: { bron: 'a', extra: { bron: 'b' } } }),
      JSON.stringify({ text: 'Hallo wereld' }),
    ].join('\n');
    const out = read(text, 'p.jsonl').map((r) =>
      r.kind === 'error' ? `${r.where}: ${r.reason}` : r.record.text,
    );
    expect(out[0]).toMatch(/^p\.jsonl:1: invalid JSON/);
    expect(out.slice(1)).toEqual([
      'p.jsonl:2: spans[0]: 0-9 is not a span of the text (5 code points)',
      'p.jsonl:3: spans[0]: text "Hal" does not match the text at 0-2 ("Ha")',
      'p.jsonl:4: meta.status must be one of todo, in_progress, done',
      'p.jsonl:5: meta.bron is also in meta.extra; give it once',
      'Hallo wereld',
    ]);
  });

  it('builds a record our import takes: span ids, sorted spans, sha256', () => {
    const r = newRecord(
      'b a',
      [
        { start: 2, end: 3, label: 'X' },
        { start: 0, end: 1, label: 'Y' },
      ],
      [{ head: 0, child: 1, label: 'r' }],
    );
    expect(r.spans.map((s) => [s.id, s.text])).toEqual([
      ['T1', 'b'],
      ['T2', 'a'],
    ]);
    expect(r.relations).toEqual([{ head: 'T2', child: 'T1', label: 'r' }]);
    expect(r.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
