/**
 * What `suggest` stores, as a comparable snapshot: the five sample articles
 * (every row in full) and a generated corpus (a digest per document), each
 * run through both code paths — the corpus run on worker threads and the
 * app's one-document call on the database thread. The corpus is made by
 * tests/bench/smoke-corpus.ts, which is deterministic and needs nothing
 * outside the repository; its ACTOR and NUMBER spans feed the gazetteer and
 * the skip rules. tests/fixtures/suggest-snapshot/make.ts writes the fixture
 * the snapshot test compares against.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../../src-main/db/connection.ts';
import { importPathsAsync } from '../../src-main/corpus/import.ts';
import { importSchemeFile } from '../../src-main/scheme/transfer.ts';
import { suggestForDocument } from '../../src-main/db/suggestions.ts';
import { suggestCorpus } from '../../src-main/suggest/corpus-run.ts';
import { SAMPLES_DIR } from './backend.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEME = join(ROOT, 'resources', 'schemes', 'news-events.json');
const GENERATOR = join(ROOT, 'tests', 'bench', 'smoke-corpus.ts');
export const SNAPSHOT_FIXTURE = join(ROOT, 'tests', 'fixtures', 'suggest-snapshot', 'suggestions.json');

/** Enough documents that the corpus run takes its worker-thread path. */
const GENERATED = { docs: 500, chars: 1500, spans: 6 };

export interface SuggestSnapshot {
  /** Per sample article (external id): every suggestion row as `label start end uid rule attributes state`. */
  samples: Record<string, string[]>;
  /** Per generated document: how many suggestions, and a digest of their rows. */
  generated: Record<string, string>;
}

async function corpusDatabase(dir: string): Promise<string> {
  const jsonl = join(dir, 'generated.jsonl');
  const args = [
    '--docs',
    GENERATED.docs,
    '--chars',
    GENERATED.chars,
    '--spans',
    GENERATED.spans,
    '--seed',
    7,
  ];
  const raw = execFileSync(process.execPath, [GENERATOR, ...args.map(String)], { encoding: 'utf8' });
  // The generator may draw a span twice, which import rightly refuses: each is kept once.
  // Its ACTOR spans fall on any word; only capitalised ones are kept, like names annotators mark.
  const records = raw
    .trimEnd()
    .split('\n')
    .map((line) => {
      const record = JSON.parse(line) as {
        spans: { label: string; start: number; end: number; text: string }[];
      };
      const seen = new Set<string>();
      record.spans = record.spans.filter((sp) => {
        const key = `${sp.label} ${sp.start} ${sp.end}`;
        if (seen.has(key) || (sp.label === 'ACTOR' && !/^\p{Lu}/u.test(sp.text))) return false;
        seen.add(key);
        return true;
      });
      return JSON.stringify(record);
    });
  writeFileSync(jsonl, `${records.join('\n')}\n`);
  const path = join(dir, 'snapshot.db');
  const db = openDatabase(path);
  try {
    importSchemeFile(db, SCHEME);
    const report = await importPathsAsync(db, [SAMPLES_DIR, jsonl]);
    if (report.invalidTotal > 0 || report.imported < 5 + GENERATED.docs / 2)
      throw new Error(`the snapshot corpus did not import: ${JSON.stringify(report.invalid.slice(0, 3))}`);
  } finally {
    closeDatabase(db);
  }
  return path;
}

function rowsByDocument(db: Db): Map<string, string[]> {
  const rows = db
    .prepare(
      `SELECT d.external_id AS doc, l.name AS label, s.start, s."end", s.uid, s.rule, s.attributes, s.state
       FROM suggestions s JOIN documents d ON d.id = s.document_id JOIN labels l ON l.id = s.label_id
       ORDER BY d.external_id, s.start, s."end", l.name`,
    )
    .all() as {
    doc: string;
    label: string;
    start: number;
    end: number;
    uid: string;
    rule: string;
    attributes: string;
    state: string;
  }[];
  const byDoc = new Map<string, string[]>();
  for (const r of rows) {
    const list = byDoc.get(r.doc) ?? [];
    list.push(`${r.label} ${r.start} ${r.end} ${r.uid} ${r.rule} ${r.attributes} ${r.state}`);
    byDoc.set(r.doc, list);
  }
  return byDoc;
}

function snapshotOf(db: Db): SuggestSnapshot {
  const samples: Record<string, string[]> = {};
  const generated: Record<string, string> = {};
  const ids = db.prepare('SELECT external_id FROM documents ORDER BY external_id').pluck().all() as string[];
  const byDoc = rowsByDocument(db);
  for (const id of ids) {
    const rows = byDoc.get(id) ?? [];
    if (id.startsWith('smoke-')) {
      const digest = createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16);
      generated[id] = `${rows.length} ${digest}`;
    } else samples[id] = rows;
  }
  return { samples, generated };
}

/** The snapshot of both paths over the same corpus, each on its own copy of the database. */
export async function suggestSnapshot(
  dir: string,
): Promise<{ corpus: SuggestSnapshot; app: SuggestSnapshot }> {
  const template = await corpusDatabase(dir);
  const corpusCopy = join(dir, 'corpus-run.db');
  copyFileSync(template, corpusCopy);
  const corpusDb = openDatabase(corpusCopy);
  let corpus: SuggestSnapshot;
  try {
    await suggestCorpus(corpusDb, { workers: 2 });
    corpus = snapshotOf(corpusDb);
  } finally {
    closeDatabase(corpusDb);
  }
  const appCopy = join(dir, 'app-run.db');
  copyFileSync(template, appCopy);
  const appDb = openDatabase(appCopy);
  try {
    const ids = appDb.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
    for (const id of ids) suggestForDocument(appDb, id);
    return { corpus, app: snapshotOf(appDb) };
  } finally {
    closeDatabase(appDb);
  }
}
