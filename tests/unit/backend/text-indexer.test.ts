import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { indexedThrough } from '../../../src-main/db/text-index.ts';
import type { IndexingProgress } from '../../../src-main/ipc/contract.ts';
import { startWorkerBackend } from '../../helpers/backend.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** Documents whose texts start with their number: "10 de verenigde" is in doc-10, doc-110, doc-210, … */
function corpus(dir: string, documents: number): string {
  const text = 'De Verenigde Staten zullen hun gevechtsmissie in Irak beëindigen. '.repeat(20);
  return writeJsonl(
    dir,
    'big.jsonl',
    Array.from({ length: documents }, (_, i) => ({ id: `doc-${i}`, text: `${i} ${text}` })),
  );
}

const TYPED = '10 de verenigde';

describe('the text indexer on the database thread', () => {
  it('holds still while a filter is typed, answering it as the full index does, then completes', async () => {
    const dir = tempDir();
    const path = join(dir, 'corpus.db');
    const backend = await startWorkerBackend(path, undefined, () => {});
    onTestFinished(() => backend.close());
    backend.dialogAnswers.files = [corpus(dir, 3000)];
    const indexing = () =>
      backend.events.flatMap((e) => (e.event === 'search.indexing' ? [e.payload as IndexingProgress] : []));
    expect(await backend.client.call('corpus.import', { from: 'files' })).toMatchObject({ ok: true });
    while (indexing().length === 0) await new Promise((resolve) => setTimeout(resolve, 1));

    // Typed a letter at a time, each keystroke's list asked for once the last one came.
    const firstPage = async (search: string) => {
      const reply = await backend.client.call('documents.list', { search, limit: 3 });
      if (!reply.ok) throw new Error(reply.error.message);
      return (reply.value as { items: { externalId: string }[] }).items.map((d) => d.externalId);
    };
    const prefixes = Array.from({ length: TYPED.length }, (_, i) => TYPED.slice(0, i + 1));
    const whileTyping = [await firstPage(prefixes[0] ?? '')];
    // A slice under way when the first key came may end; none starts while the keys keep coming.
    const markAtFirstKey = indexedThrough(backend.db);
    for (const search of prefixes.slice(1)) whileTyping.push(await firstPage(search));
    expect(indexedThrough(backend.db)).toBe(markAtFirstKey);
    expect(indexing().at(-1)?.unindexed).toBeGreaterThan(0);

    // Once the typing stops, the index is filled after all, with its progress shown.
    while (indexing().at(-1)?.unindexed !== 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(indexing().at(-1)).toEqual({ unindexed: 0, total: 3000, percent: 100 });
    const indexed = [];
    for (const search of prefixes) indexed.push(await firstPage(search));
    expect(whileTyping).toEqual(indexed);
    expect(indexed.at(-1)).toEqual(['doc-10', 'doc-110', 'doc-210']);
  });
});
