import type { Db } from './connection.ts';
import { statement } from './statements.ts';
import { foldForSearch } from '../text/search-fold.ts';
import { CharPresence } from './char-presence.ts';

/**
 * The document filter's index: every document's external id and list title,
 * folded (text/search-fold.ts), kept in memory in id order.
 *
 * Why not SQL: the filter runs on every keystroke, and `LIKE '%…%'` over the
 * listing index of 100,000 documents took 13 to 40 ms in SQLite, plus sorting
 * the matches back into id order; scanning these strings takes 1 to 13 ms.
 * It costs ~100 bytes a document (10 MB at 100,000).
 *
 * Why it stays right: both fields never change after import, documents are
 * only ever added by this app, and ids only grow (AUTOINCREMENT). So the index
 * reads ids above the highest it has seen. It never reads rows a transaction
 * has not committed (an import holds one open for its whole run and may roll
 * it back, after which SQLite hands out the same ids again): new rows are only
 * looked for outside a transaction. Commits by another connection (the CLI,
 * other tools) change `data_version`; then the count of what the index holds
 * is checked against the table, and the index is rebuilt if rows went away.
 */

/** Rows read at a time while building in the background: ~10 to 20 ms of the main process each. */
const SLICE = 1000;
/** Ends every field; folding turns control characters into spaces, so no filter text contains it or matches across it. */
const END = '\u0001';

interface Segment {
  /** The folded fields of consecutive documents, each field ending in END. */
  text: string;
  /** Where each document starts in `text`, then `text.length`. */
  starts: Int32Array;
  ids: Int32Array;
  /** Which of the documents contain each character, for one-character filters. */
  chars: CharPresence;
}

interface SearchIndex {
  segments: Segment[];
  size: number;
  /** Every document with an id up to this one is in the index. */
  covered: number;
  /** Ids up to this one are committed: they may be read even while a transaction is open. */
  ceiling: number;
  dataVersion: number;
}

const indexes = new WeakMap<Db, SearchIndex>();

const maxId = (db: Db): number =>
  (statement(db, 'SELECT coalesce(max(id), 0) AS n FROM documents').get() as { n: number }).n;

const dataVersion = (db: Db): number =>
  (statement(db, 'PRAGMA data_version').get() as { data_version: number }).data_version;

/** Reads the next slice up to the ceiling into the index; false once there is nothing left to read. */
function readSlice(db: Db, index: SearchIndex): boolean {
  if (index.covered >= index.ceiling) return false;
  const rows = statement(
    db,
    'SELECT id, external_id, list_title FROM documents WHERE id > ? AND id <= ? ORDER BY id LIMIT ?',
  ).all(index.covered, index.ceiling, SLICE) as { id: number; external_id: string; list_title: string }[];
  if (rows.length > 0) {
    const starts = new Int32Array(rows.length + 1);
    const ids = new Int32Array(rows.length);
    const parts: string[] = [];
    let at = 0;
    rows.forEach((row, i) => {
      const fields = `${foldForSearch(row.external_id)}${END}${foldForSearch(row.list_title)}${END}`;
      starts[i] = at;
      ids[i] = row.id;
      parts.push(fields);
      at += fields.length;
    });
    starts[rows.length] = at;
    const text = parts.join('');
    const chars = new CharPresence(rows.length);
    for (let i = 0; i < rows.length; i++) chars.add(i, text, starts[i] ?? 0, starts[i + 1] ?? 0);
    index.segments.push({ text, starts, ids, chars });
    index.size += rows.length;
  }
  const last = rows.at(-1);
  index.covered = rows.length === SLICE && last ? last.id : index.ceiling;
  return index.covered < index.ceiling;
}

function emptyIndex(db: Db): SearchIndex {
  return { segments: [], size: 0, covered: 0, ceiling: maxId(db), dataVersion: dataVersion(db) };
}

/**
 * The index brought up to date as far as it can be now, not necessarily
 * filled; null when there is none and none can be started (inside a transaction).
 */
function refreshed(db: Db): SearchIndex | null {
  const inTransaction = db.inTransaction;
  let index = indexes.get(db);
  const version = inTransaction ? null : dataVersion(db);
  if (index && version !== null && index.dataVersion !== version) {
    const { n } = statement(db, 'SELECT count(*) AS n FROM documents WHERE id <= ?').get(index.covered) as {
      n: number;
    };
    // Another connection committed: new documents are found below, removed ones only this way.
    if (n === index.size) index.dataVersion = version;
    else index = undefined;
  }
  if (!index) {
    if (inTransaction) return null;
    index = emptyIndex(db);
    indexes.set(db, index);
  }
  if (!inTransaction) index.ceiling = maxId(db);
  return index;
}

/**
 * Fills the index a slice at a time between other work, so that the first
 * filter keystroke does not wait for it. Run when the window opens and after
 * an import; resolves when the index is complete or the connection closed.
 */
export function prepareDocumentSearch(db: Db): Promise<void> {
  return new Promise((resolve) => {
    const step = () => {
      if (!db.open) return resolve();
      const index = refreshed(db);
      // A transaction is open (an import): start once it has ended.
      if (!index) return void setTimeout(step, 100);
      if (readSlice(db, index)) setImmediate(step);
      else resolve();
    };
    setImmediate(step);
  });
}

/**
 * Writes into `into` from `n` on the id of each document of the segment that
 * contains `needle`, stopping once `into` is full; returns the new length.
 */
function collect({ text, starts, ids }: Segment, needle: string, into: Int32Array, n: number): number {
  let doc = 0;
  let from = 0;
  while (n < into.length) {
    const at = text.indexOf(needle, from);
    if (at === -1) return n;
    while ((starts[doc + 1] ?? Infinity) <= at) doc++;
    into[n++] = ids[doc] ?? 0;
    doc++;
    from = starts[doc] ?? text.length;
  }
  return n;
}

/**
 * Id and title matches the filter reads at most. A keystroke that most
 * documents match ("ira") would otherwise scan and copy out every one of a
 * million; the list shows the first ones and says more match.
 */
export const NAME_MATCH_CAP = 2000;

export interface NameMatches {
  ids: Int32Array;
  /** More documents may match past `known`: the matches stopped at their cap. */
  more: boolean;
  /** With `more`, the answer is complete for ids up to this one. */
  known: number;
}

/**
 * Ids, ascending, of the first `cap` documents whose external id or list
 * title contains `text`, ignoring case and accents, and whether more do.
 * Whatever the background build has not read yet is read now, so the answer
 * never depends on timing.
 *
 * A typed array, not a list: tens of thousands of matches are common, and
 * growing a JS array to that size cost more than finding them (4 ms for
 * 41,000 ids, against 0.3 ms written into a typed array).
 */
export function searchDocumentIds(db: Db, text: string, cap = NAME_MATCH_CAP): NameMatches {
  // Without a committed starting point (no index yet, a transaction open) read everything, keep nothing.
  const index = refreshed(db) ?? emptyIndex(db);
  while (readSlice(db, index));
  const needle = foldForSearch(text);
  // One more than the cap: finding it tells that more match.
  const found = new Int32Array(Math.min(index.size, cap + 1));
  let n = 0;
  for (const segment of index.segments) {
    if (n === found.length) break;
    if (needle === '') {
      const taken = segment.ids.subarray(0, found.length - n);
      found.set(taken, n);
      n += taken.length;
    } else if (needle.length === 1) n = segment.chars.collect(needle.charCodeAt(0), segment.ids, found, n);
    else n = collect(segment, needle, found, n);
  }
  if (n > cap) return { ids: found.subarray(0, cap), more: true, known: found[cap - 1] ?? 0 };
  return { ids: found.subarray(0, n), more: false, known: index.covered };
}
