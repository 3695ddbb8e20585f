/**
 * One corpus `suggest` run, or its baseline, in a fresh process on its own
 * copy of the database. Prints one JSON line: {seconds, documents, found}.
 *
 * usage: node suggest-child.ts suggest DB | rules DB | scan DB
 *   suggest  the CLI's code path: the rules on worker threads, stored
 *   rules    the rules alone on this thread, nothing stored (where the time goes)
 *   scan     the bare baseline: every text read from the same file and one
 *            regular expression for digits and capitalised words run over it,
 *            its matches collected
 */
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../src-main/db/connection.ts';
import { prepareRun } from '../../src-main/db/suggestions.ts';
import { suggestCorpus } from '../../src-main/suggest/corpus-run.ts';

const [mode, path] = process.argv.slice(2);
if (!path || (mode !== 'suggest' && mode !== 'rules' && mode !== 'scan'))
  throw new Error('usage: suggest-child.ts suggest|rules|scan DB');

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

const started = performance.now();
let result: { documents: number; found: number };
if (mode === 'scan') result = scan(path);
else if (mode === 'rules') result = rulesAlone(path);
else {
  const db = openDatabase(path);
  const run = await suggestCorpus(db);
  closeDatabase(db);
  result = { documents: run.documents, found: run.added };
}
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, ...result }));
