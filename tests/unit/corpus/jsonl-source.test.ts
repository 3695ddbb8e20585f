import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inThreadSource, parallelSource, type JsonlSource } from '../../../src-main/corpus/jsonl-source.ts';
import type { ParsedBatch } from '../../../src-main/corpus/jsonl-lines.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

async function drain(source: JsonlSource): Promise<ParsedBatch[]> {
  const batches: ParsedBatch[] = [];
  try {
    for (;;) {
      const next = source.next();
      if (next instanceof Promise) await next;
      else if (next === null) return batches;
      else batches.push(next);
    }
  } finally {
    source.close();
  }
}

function corpus(dir: string): string {
  return writeJsonl(
    dir,
    'c.jsonl',
    Array.from({ length: 23 }, (_, i) =>
      i === 7
        ? '{"text":'
        : { id: `d${i}`, text: `Tekst ${i} 🇳🇱`, spans: [{ start: 0, end: 5, label: 'EVENT' }] },
    ),
  );
}

describe('JSONL sources', () => {
  it('the worker thread yields exactly what parsing on this thread yields, in order', async () => {
    const dir = tempDir();
    const file = corpus(dir);
    const here = await drain(inThreadSource(file, 5));
    const there = await drain(parallelSource(file, 5));
    expect(there).toEqual(here);
    expect(here.map((b) => b.items.length)).toEqual([5, 5, 5, 5, 3]);
    expect(here[1]?.items[2]).toMatchObject({ kind: 'problem', line: 8 });
    expect(here.at(-1)?.bytesRead).toBe(here.at(-1)?.size);
  });

  it('the worker thread hands over span attributes already in their stored form', async () => {
    const dir = tempDir();
    const line =
      '{"id":"a","text":"Het leger viel aan.","spans":[{"start":4,"end":9,"label":"ACTOR",' +
      '"attributes":{"tense":"past","__proto__":"x","count":3,"main":true}}]}';
    const file = writeJsonl(dir, 'a.jsonl', [line]);
    const [batch] = await drain(parallelSource(file, 5));
    const item = batch?.items[0];
    const span = item?.kind === 'record' ? item.draft.spans[0] : undefined;
    expect(span?.attributesText).toBe('{"__proto__":"x","count":3,"main":true,"tense":"past"}');
    expect(Object.keys(span?.attributes ?? {})).toEqual(['tense', '__proto__', 'count', 'main']);
  });

  it('falls back to this thread when the worker cannot start', async () => {
    const dir = tempDir();
    const file = corpus(dir);
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('cannot start');\n");
    expect(await drain(parallelSource(file, 5, broken))).toEqual(await drain(inThreadSource(file, 5)));
  });

  it('reports a worker that fails midway instead of importing half a file', async () => {
    const dir = tempDir();
    const file = corpus(dir);
    const failing = join(dir, 'failing-worker.mjs');
    writeFileSync(
      failing,
      `import { parentPort } from 'node:worker_threads';
       parentPort.postMessage({ kind: 'batch', batch: { items: [], bytesRead: 1, size: 10 } });
       setTimeout(() => { throw new Error('disk went away'); }, 20);\n`,
    );
    await expect(drain(parallelSource(file, 5, failing))).rejects.toThrow(/disk went away/);
  });
});
