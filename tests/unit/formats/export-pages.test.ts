/**
 * A format whose pages are written on the export's worker threads writes
 * exactly what one writer on this thread writes, losses and brat's
 * annotation.conf (built from every page's values) included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection.ts';
import { workerFile } from '../../../src-main/corpus/worker-file.ts';
import { importPaths } from '../../../src-main/corpus/import.ts';
import { exportInFormat } from '../../../src-main/formats/export-format.ts';
import { writeJsonl } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tmp.ts';

const contents = (path: string): string =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .map((f) => `== ${f}\n${readFileSync(join(path, f), 'utf8')}`)
        .join('\n')
    : readFileSync(path, 'utf8');

/** 250 documents over three pages; attribute values that differ by page, nested spans, an emoji. */
function corpus() {
  return Array.from({ length: 250 }, (_, i) => ({
    id: `d${i}`,
    text: `Artikel ${i}: 🇳🇱 de VS hebben ${i}.500 militairen in Utrecht.`,
    spans: [
      { start: 13, end: 15, label: 'ACTOR', attributes: { kind: i < 125 ? 'country' : 'group' } },
      { start: 13, end: 15, label: 'EVENT' },
      { start: 9, end: 12, label: 'NUMBER', attributes: { unit: `u${i % 200}` } },
    ],
  }));
}

describe.each(['conll2002', 'prodigy', 'brat', 'labelstudio', 'doccano'] as const)(
  '%s written a page at a time',
  (format) => {
    it('on worker threads writes what this thread alone writes, with the same losses', async () => {
      const dir = tempDir();
      const db = openDatabase(join(dir, 'c.db'));
      importPaths(db, [writeJsonl(dir, 'in.jsonl', corpus())], { createLabels: true });
      const workersOnly = { file: workerFile('export-worker'), buildHere: false };
      const here = { file: join(dir, 'no-such-worker.js'), buildHere: true };
      const a = join(dir, `workers-${format}`);
      const b = join(dir, `here-${format}`);
      const onWorkers = await exportInFormat(db, format, a, {}, workersOnly);
      const onThisThread = await exportInFormat(db, format, b, {}, here);
      expect(onWorkers.summary.documents).toBe(250);
      expect(contents(a)).toBe(contents(b));
      expect(onWorkers.losses).toEqual(onThisThread.losses);
      if (format === 'brat') expect(contents(a)).toContain('unit\tArg:NUMBER, Value:u0|u1|');
      // One array of tasks across the pages' own writers: a comma between every two.
      if (format === 'labelstudio') expect(JSON.parse(contents(a))).toHaveLength(250);
      closeDatabase(db);
    }, 60_000);
  },
);
