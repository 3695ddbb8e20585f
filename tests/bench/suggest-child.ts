/**
 * One corpus `suggest` run, or its baseline, in a fresh process on its own
 * copy of the database. Prints one JSON line: {seconds, documents, found}.
 *
 * usage: node suggest-child.ts suggest DB | rules DB | store DB | scan DB
 *   suggest  the CLI's code path: the rules on worker threads, stored
 *   rules    the rules alone on this thread, nothing stored (where the time goes)
 *   store    the storing alone: the rows the run stores (found first, not
 *            timed) written by a bare loop, one prepared single-row INSERT,
 *            a transaction per 200 documents, on this thread. The schema's
 *            per-row work (its trigger, CHECKs and indexes) is all in it, so
 *            it is the floor for any stored run; it stores no more than
 *            `suggest` would on this corpus, which has no annotations.
 *   scan     the bare baseline: every text read from the same file and one
 *            regular expression for digits and capitalised words run over it,
 *            its matches collected. One thread, nothing stored: `suggest`
 *            must also find, filter and store, on as many threads as it likes.
 */
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { prepareRun } from '../../src-main/db/suggestions.ts';
import { readyFinds } from '../../src-main/db/suggestion-store.ts';
import { suggestCorpus } from '../../src-main/suggest/corpus-run.ts';

const [mode, path] = process.argv.slice(2);
if (!path || !['suggest', 'rules', 'store', 'scan'].includes(mode ?? ''))
  throw new Error('usage: suggest-child.ts suggest|rules|store|scan DB');

/** What the rules look at first: numbers and capitalised words. */
const BARE = /\d+(?:[.,]\d+)*|\p{Lu}\p{L}+/gu;

function scan(dbPath: string): { documents: number; found: number } {
  const db = new Database(dbPath, { readonly: true });
  let documents = 0;
  let found = 0;
  for (const row of db.prepare('SELECT id, text, published FROM documents ORDER BY id').iterate()) {
    const { text } = row as { text: string };
    const matches: number[] = [];
    for (const m of text.matchAll(BARE)) matches.push(m.index);
    found += matches.length;
    documents++;
  }
  db.close();
  return { documents, found };
}

function rulesAlone(dbPath: string): { documents: number; found: number } {
  const db = openDatabase(dbPath);
  const run = prepareRun(db);
  let documents = 0;
  let found = 0;
  for (const row of db.prepare('SELECT text, published FROM documents ORDER BY id').iterate()) {
    const { text, published } = row as { text: string; published: string | null };
    found += run.find(text, published).length;
    documents++;
  }
  closeDatabase(db);
  return { documents, found };
}

type Row = [number, number, number, number, string, string, string];

/** The rows a run would store in a corpus without annotations: per label, none overlapping an earlier one. */
function rowsToStore(db: Database.Database): Row[][] {
  const run = prepareRun(db);
  const documents: Row[][] = [];
  for (const row of db.prepare('SELECT id, text, published FROM documents ORDER BY id').iterate()) {
    const { id, text, published } = row as { id: number; text: string; published: string | null };
    const reach = new Map<number, number>();
    const rows: Row[] = [];
    for (const c of readyFinds(run.find(text, published), run.labels.labels, run.filter)) {
      if ((reach.get(c.labelId) ?? -1) > c.start) continue;
      reach.set(c.labelId, c.end);
      rows.push([id, c.labelId, c.start, c.end, `S${rows.length + 1}`, c.rule, c.attributesJson]);
    }
    documents.push(rows);
  }
  return documents;
}

let started = performance.now();
let result: { documents: number; found: number };
if (mode === 'scan') result = scan(path);
else if (mode === 'rules') result = rulesAlone(path);
else if (mode === 'store') {
  const db = openDatabase(path);
  const documents = rowsToStore(db);
  const insert = db.prepare(
    'INSERT INTO suggestions (document_id, label_id, start, "end", uid, rule, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const some = db.transaction((batch: Row[][]) => {
    for (const rows of batch) for (const r of rows) insert.run(r);
  });
  started = performance.now();
  for (let i = 0; i < documents.length; i += 200) some(documents.slice(i, i + 200));
  closeDatabase(db);
  result = { documents: documents.length, found: documents.reduce((n, rows) => n + rows.length, 0) };
} else {
  const db = openDatabase(path);
  const run = await suggestCorpus(db);
  closeDatabase(db);
  result = { documents: run.documents, found: run.added };
}
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, ...result }));
