/**
 * The database side of the document list and of the progress figures, on a
 * corpus of 100,000 documents and 1,000,000 annotations.
 */
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../src-main/db/connection.ts';
import { listDocuments } from '../../src-main/db/documents.ts';
import { prepareDocumentSearch } from '../../src-main/db/document-search.ts';
import { insertImportedDocument } from '../../src-main/db/imported.ts';
import { listLabels } from '../../src-main/db/labels.ts';
import { DOCUMENT_STATUSES } from '../../src-main/db/model.ts';
import { corpusStats } from '../../src-main/db/stats.ts';
import { sha256Hex } from '../../src-main/text/hash.ts';
import type { BenchRow } from './table.ts';
import { timeIt } from './workloads.ts';

export interface QueryBenchOptions {
  dir: string;
  docs: number;
  spansPerDoc: number;
  /** Absolute targets in ms; the smoke run passes none. */
  targets: boolean;
}

const SENTENCES = [
  'De Verenigde Staten zullen hun gevechtsmissie in Irak beëindigen.',
  'Premier Mustafa al-Kazimi werd ontvangen in het Witte Huis.',
  'De VS hebben momenteel 2.500 militairen in het land.',
  'Kramp-Karrenbauer sprak met de ministers over de begroting.',
];

/** Fills a database quickly with plain inserts: this bench measures reading, not importing. */
function fill(db: Db, docs: number, spansPerDoc: number): void {
  const labels = listLabels(db).map((l) => l.id);
  db.transaction(() => {
    for (let i = 0; i < docs; i++) {
      const text = `${i}: ${Array.from({ length: 12 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ')}`;
      // The importer's own storage path, so the counts the list shows are kept as in the app.
      const spans = Array.from({ length: spansPerDoc }, (_, s) => ({
        labelId: labels[s % labels.length] ?? 1,
        start: s * 20,
        end: s * 20 + 12,
        annotator: null,
      }));
      insertImportedDocument(
        db,
        {
          externalId: `bench-${i}`,
          title: null,
          published: '2021-07',
          source: 'bench',
          text,
          textSha256: sha256Hex(text),
          meta: {},
          status: DOCUMENT_STATUSES[i % DOCUMENT_STATUSES.length] ?? 'todo',
        },
        spans,
      );
    }
  })();
}

export async function runQueryBench(options: QueryBenchOptions): Promise<BenchRow[]> {
  const db = openDatabase(join(options.dir, 'queries.db'));
  try {
    fill(db, options.docs, options.spansPerDoc);
    const workload = `${options.docs.toLocaleString('en')} docs, ${(options.docs * options.spansPerDoc).toLocaleString('en')} annotations`;
    const at = (bound: number): BenchRow['target'] =>
      options.targets ? { kind: 'at-most', bound } : { kind: 'none' };
    // The filter's index fills a slice at a time while the window loads (db/document-search.ts).
    const indexStart = performance.now();
    await prepareDocumentSearch(db);
    const indexFill = performance.now() - indexStart;
    const firstPage = timeIt(() => listDocuments(db, { offset: 0, limit: 200 }));
    // A filter keystroke: the list query with the text typed so far, here one that matches a few rows.
    const filterFew = timeIt(() => listDocuments(db, { search: 'bench-9999', offset: 0, limit: 200 }));
    const filterMany = timeIt(() =>
      listDocuments(db, { search: 'Irak', status: 'done', offset: 0, limit: 200 }),
    );
    const stats = timeIt(() => corpusStats(db));
    // The same page with every EVENT checked for an agent and a polarity (db/guidelines.ts): each row's count.
    db.exec(`UPDATE roles SET required = 1 WHERE name = 'agent';
      UPDATE attribute_defs SET required = 1 WHERE name = 'polarity'`);
    const checkedPage = timeIt(() => listDocuments(db, { offset: 0, limit: 200 }));
    return [
      {
        figure: 'document list, first page (query)',
        workload,
        value: firstPage,
        unit: 'ms',
        baseline: null,
        target: at(200),
      },
      {
        figure: 'document list, first page with guideline warnings counted (query)',
        workload: `${workload}; a required role and attribute`,
        value: checkedPage,
        unit: 'ms',
        baseline: { value: firstPage, label: 'the same page, nothing required' },
        target: at(50),
      },
      {
        figure: 'document list, filter index filled in the background',
        workload,
        value: indexFill,
        unit: 'ms',
        baseline: null,
        target: { kind: 'none' },
      },
      {
        figure: 'document list, filter few hits (query)',
        workload,
        value: filterFew,
        unit: 'ms',
        baseline: null,
        target: at(50),
      },
      {
        figure: 'document list, filter many hits (query)',
        workload,
        value: filterMany,
        unit: 'ms',
        baseline: null,
        target: at(50),
      },
      {
        figure: 'corpus stats / progress query',
        workload,
        value: stats,
        unit: 'ms',
        baseline: null,
        target: at(50),
      },
    ];
  } finally {
    closeDatabase(db);
  }
}
